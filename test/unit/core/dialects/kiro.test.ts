/** Kiro: `.kiro/settings/mcp.json` (workspace and user). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kiro } from '../../../../src/core/dialects/kiro';
import { referenceKinds, scanFixture, schemaFindings, serverNamed } from './fixtures';

test('kiro: recognised, conforms, autoApprove and ${VAR}', () => {
  const result = scanFixture('kiro');
  assert.equal(result.dialect?.id, 'kiro');
  assert.deepEqual(schemaFindings(result), []);
  const github = serverNamed(result.servers, 'github');
  assert.deepEqual(github.autoApprove?.tools.map((t) => t.value), ['list_issues']);
  assert.ok(result.findings.every((f) => f.ruleId === 'MCP050'), 'only the auto-approved tool');
  assert.deepEqual(referenceKinds(kiro.references('Bearer ${API_TOKEN}')), ['var:API_TOKEN']);
  assert.deepEqual(kiro.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.kiro/settings/mcp.json']);
  assert.deepEqual(kiro.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.kiro/settings/mcp.json']);
});
