/** Kiro, Amazon Q, Visual Studio, LM Studio and Junie: JSON clients told apart by their paths. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amazonQ } from '../../../src/core/dialects/amazon-q';
import { junie } from '../../../src/core/dialects/junie';
import { kiro } from '../../../src/core/dialects/kiro';
import { lmStudio } from '../../../src/core/dialects/lm-studio';
import { visualStudio } from '../../../src/core/dialects/visual-studio';
import { scanText } from '../../../src/core/engine';
import { fixturePath, fixtureText, referenceKinds, scanFixture, schemaFindings, serverNamed, valuesOf } from './fixtures';

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

test('amazon-q: recognised in the workspace and for the user, conforms', () => {
  const result = scanFixture('amazon-q');
  assert.equal(result.dialect?.id, 'amazon-q');
  assert.deepEqual(result.findings, []);
  assert.equal(serverNamed(result.servers, 'remote').transport, 'http');
  assert.equal(scanText(fixtureText('amazon-q'), { path: '/home/a/.aws/amazonq/mcp.json' }).dialect?.id, 'amazon-q');
  assert.deepEqual(amazonQ.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.aws/amazonq/mcp.json']);
  assert.deepEqual(amazonQ.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.aws/amazonq/mcp.json']);
});

test('visual-studio: .vs/mcp.json and a .mcp.json with servers; inputs resolved, MCP061 applies', () => {
  const result = scanFixture('visual-studio');
  assert.equal(result.dialect?.id, 'visual-studio');
  assert.deepEqual(result.findings, []);
  assert.deepEqual(valuesOf(serverNamed(result.servers, 'github').env), { GITHUB_PERSONAL_ACCESS_TOKEN: '${input:github_pat}' });
  const solution = scanText('{ "inputs": [{ "type": "promptString", "id": "api_token", "description": "API token" }], "servers": { "a": { "command": "x", "env": { "T": "${input:api_token}" } } } }', { path: 'C:/src/app/.mcp.json' });
  assert.equal(solution.dialect?.id, 'visual-studio');
  assert.deepEqual(solution.findings.map((f) => f.ruleId), ['MCP061']);
  assert.equal(scanText('{ "mcpServers": { "a": { "command": "x" } } }', { path: 'C:/src/app/.mcp.json' }).dialect?.id, 'claude-code');
  assert.deepEqual(visualStudio.userConfigPaths('win32', { USERPROFILE: 'C:/Users/a' }, 'C:/Users/a'), ['C:/Users/a/.mcp.json']);
  assert.deepEqual(visualStudio.userConfigPaths('linux', {}, '/home/a'), []);
  assert.deepEqual(referenceKinds(visualStudio.references('${input:x} ${env:Y}')), ['input:x', 'env:Y']);
});

test('lm-studio: recognised, a <YOUR_TOKEN> placeholder never fires', () => {
  const result = scanFixture('lm-studio');
  assert.equal(result.dialect?.id, 'lm-studio');
  assert.deepEqual(result.findings, []);
  assert.deepEqual(lmStudio.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.lmstudio/mcp.json']);
  assert.deepEqual(lmStudio.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.lmstudio/mcp.json']);
});

test('junie: recognised in the project and for the user', () => {
  const result = scanFixture('junie');
  assert.equal(result.dialect?.id, 'junie');
  assert.deepEqual(result.findings, []);
  assert.equal(scanText(fixtureText('junie'), { path: '/home/a/.junie/mcp/mcp.json' }).dialect?.id, 'junie');
  assert.deepEqual(junie.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.junie/mcp/mcp.json']);
  assert.ok(fixturePath('junie').endsWith('.junie/mcp/mcp.json'));
});
