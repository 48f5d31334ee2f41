import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, mcpServers } from '../../helpers';

const RULE = 'MCP050';
const STDIO = { command: 'npx', args: ['-y', 'pkg@1.0.0'] };

test('Cline autoApprove list: warning on the field, naming the count', () => {
  const text = JSON.stringify(mcpServers({ ...STDIO, autoApprove: ['read_file', 'write_file', 'delete_file', 'move_file'] }), null, 2);
  const [finding, ...rest] = findingsOf(RULE, text, 'cline_mcp_settings.json');
  assert.equal(rest.length, 0);
  assert.ok(finding);
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.pointer, '/mcpServers/srv/autoApprove');
  assert.ok(coveredText(text, finding).startsWith('['));
  assert.match(finding.message, /4 tools \(read_file, write_file, delete_file and 1 more\)/);
  assert.equal(finding.fix, undefined);
});

test('Roo alwaysAllow, Gemini trust: true, Copilot tools ["*"] approve everything', () => {
  assert.match(findingsOf(RULE, mcpServers({ ...STDIO, alwaysAllow: ['get_issue'] }), '.roo/mcp.json')[0]?.message ?? '', /1 tool \(get_issue\)/);
  const [trust] = findingsOf(RULE, mcpServers({ ...STDIO, trust: true }), '.gemini/settings.json');
  assert.ok(trust);
  assert.equal(trust.pointer, '/mcpServers/srv/trust');
  assert.match(trust.message, /every tool/);
  const [star] = findingsOf(RULE, mcpServers({ type: 'local', ...STDIO, tools: ['*'] }), '.copilot/mcp-config.json');
  assert.match(star?.message ?? '', /every tool/);
});

test('empty lists, trust: false and configs without the field do not fire', () => {
  assert.deepEqual(findingsOf(RULE, mcpServers({ ...STDIO, autoApprove: [] }), 'cline_mcp_settings.json'), []);
  assert.deepEqual(findingsOf(RULE, mcpServers({ ...STDIO, trust: false }), '.gemini/settings.json'), []);
  assert.deepEqual(findingsOf(RULE, mcpServers(STDIO), 'claude_desktop_config.json'), []);
});
