import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf } from '../../helpers';

test('MCP072: a server defined twice is reported on its second key', () => {
  const text = '{ "mcpServers": { "db": { "command": "a" }, "db": { "command": "b" } } }';
  const findings = findingsOf('MCP072', text, '.cursor/mcp.json');
  const [finding] = findings;
  assert.equal(findings.length, 1);
  assert.ok(finding);
  assert.equal(coveredText(text, finding), '"db"');
  assert.equal(finding.offset, text.lastIndexOf('"db"'));
  assert.match(finding.message, /^Server "db" is defined twice/);
});

test('MCP072: any key written twice, at any depth; distinct keys are fine', () => {
  const text = '{ "mcpServers": { "x": { "command": "a", "env": { "A": "1", "A": "2" } } } }';
  const [finding] = findingsOf('MCP072', text, '.cursor/mcp.json');
  assert.match(finding?.message ?? '', /^Key "A" appears twice/);
  assert.deepEqual(findingsOf('MCP072', '{ "mcpServers": { "x": { "command": "a", "env": { "A": "1", "B": "1" } } } }', '.cursor/mcp.json'), []);
});
