import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP012';

test('VS Code type "sse" is info with an unsafe fix to "http"', () => {
  const text = '{\n  "servers": {\n    // legacy\n    "r": { "type": "sse", "url": "https://mcp.example.com/sse" }\n  }\n}';
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.severity, 'info');
  assert.equal(coveredText(text, finding), '"sse"');
  assert.equal(finding.fix.safe, false);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.match(fixed, /"type": "http"/);
  assert.match(fixed, /\/\/ legacy/);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('streamable HTTP and stdio do not fire', () => {
  assert.deepEqual(findingsOf(RULE, vscodeServer({ type: 'http', url: 'https://mcp.example.com/mcp' })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ url: 'https://mcp.example.com/mcp' })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'npx', args: ['x@1.0.0'] })), []);
});

test('Cline: a url without type is SSE; the fix adds "type": "streamableHttp"', () => {
  const text = JSON.stringify(mcpServers({ url: 'https://mcp.example.com/sse', autoApprove: [] }), null, 2);
  const path = 'cline_mcp_settings.json';
  const [finding] = findingsOf(RULE, text, path);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/mcpServers/srv/url');
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.match(fixed, /"type": "streamableHttp"/);
  assert.deepEqual(findingsOf(RULE, fixed, path), []);
});

test('Gemini: url is SSE; the fix renames it to httpUrl', () => {
  const text = JSON.stringify(mcpServers({ url: 'https://mcp.example.com/sse' }), null, 2);
  const path = '.gemini/settings.json';
  const [finding] = findingsOf(RULE, text, path);
  assert.ok(finding?.fix);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.match(fixed, /"httpUrl": "https:\/\/mcp\.example\.com\/sse"/);
  assert.deepEqual(findingsOf(RULE, fixed, path), []);
  assert.deepEqual(findingsOf(RULE, mcpServers({ httpUrl: 'https://mcp.example.com/mcp' }), path), []);
});

test('Claude Code type "sse" fires; Claude Desktop stdio does not', () => {
  assert.equal(findingsOf(RULE, mcpServers({ type: 'sse', url: 'https://x.example.com/sse' }), '.mcp.json').length, 1);
  assert.deepEqual(findingsOf(RULE, mcpServers({ command: 'npx', args: ['x@1.0.0'] }), 'claude_desktop_config.json'), []);
});
