/** Visual Studio: `.vs/mcp.json` and a solution-root `.mcp.json` with `servers`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visualStudio } from '../../../../src/core/dialects/visual-studio';
import { scanText } from '../../../../src/core/engine/scan';
import { referenceKinds, scanFixture, serverNamed, valuesOf } from './fixtures';

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
