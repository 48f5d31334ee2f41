import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, scan } from '../../helpers';

test('MCP071: a broken file is reported where it breaks, and a file no client claims is still checked', () => {
  const text = '{ "mcpServers": { "github": { "command": "npx" } }';
  const [finding] = findingsOf('MCP071', text, '.cursor/mcp.json');
  assert.ok(finding);
  assert.match(finding.message, /closing \} is missing/);
  assert.ok(scan('{ "a": ', 'notes.json').findings.some((f) => f.ruleId === 'MCP071'));
});

test('MCP071: comments and trailing commas break plain-JSON clients only', () => {
  const text = '{\n  // tools\n  "mcpServers": { "a": { "command": "x" }, },\n}';
  const cursor = findingsOf('MCP071', text, '.cursor/mcp.json');
  assert.deepEqual(cursor.map((f) => coveredText(text, f)), ['// tools', ',', ',']);
  assert.match(cursor[0]?.message ?? '', /^Cursor reads plain JSON: a comment/);
  const vscodeText = '{\n  // tools\n  "servers": { "a": { "command": "x" }, },\n}';
  assert.deepEqual(findingsOf('MCP071', vscodeText, '.vscode/mcp.json'), []);
});

test('MCP071: a binary-like file yields at most ten findings, the last saying how many follow', () => {
  const findings = findingsOf('MCP071', '{'.repeat(30) + '@'.repeat(30), '.cursor/mcp.json');
  assert.ok(findings.length <= 10);
});
