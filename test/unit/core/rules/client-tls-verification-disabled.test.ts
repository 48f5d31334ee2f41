import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine/scan';
import { fixAll } from '../../../../src/core/engine/fix-all';
import { ruleById } from '../../../../src/core/rules/index';

const PATH = '/repo/.continue/mcpServers/internal.yaml';
const ids = (text: string) => scanText(text, { path: PATH }).findings.map((f) => `${f.ruleId} ${f.pointer}`);

test('MCP041: Continue verifySsl: false fires at the value; true, a CA bundle, other clients do not', () => {
  const rule = ruleById('MCP041');
  assert.ok(rule);
  assert.deepEqual(ids(rule.docs.bad), ['MCP041 /mcpServers/0/requestOptions/verifySsl']);
  assert.deepEqual(ids(rule.docs.good), []);
  assert.deepEqual(ids(rule.docs.bad.replace('false', 'true')), []);
  assert.deepEqual(scanText('{ "mcpServers": { "a": { "url": "https://x.example", "verifySsl": false } } }', { path: '/p/.cursor/mcp.json' }).findings.filter((f) => f.ruleId === 'MCP041'), []);
});

test('MCP041: the fix removes the setting, comments stay', () => {
  const text = 'mcpServers:\n  - name: a # internal\n    url: https://x.example/mcp\n    requestOptions:\n      verifySsl: false # debugging\n      timeout: 30\n';
  assert.equal(fixAll(text, { path: PATH }).text, 'mcpServers:\n  - name: a # internal\n    url: https://x.example/mcp\n    requestOptions:\n      timeout: 30\n');
});
