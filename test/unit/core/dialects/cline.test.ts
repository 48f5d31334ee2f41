import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cline } from '../../../../src/core/dialects/cline';
import { scanText } from '../../../../src/core/engine/scan';
import { assertRecognised, schemaFindings, serverNamed } from './fixtures';

test('cline: recognised by path and by shape, conforms; a url without type is SSE', () => {
  const result = assertRecognised('cline', 'cline');
  assert.deepEqual(schemaFindings(result), []);
  const brave = serverNamed(result.servers, 'github.com/modelcontextprotocol/servers/tree/main/src/brave-search');
  assert.equal(brave.transport, 'stdio');
  assert.deepEqual(brave.autoApprove?.tools.map((t) => t.value), ['brave_web_search', 'brave_local_search']);
  assert.equal(brave.autoApprove?.all, false);
  assert.equal(brave.disabled, false);
  const legacy = serverNamed(result.servers, 'legacy-remote');
  assert.equal(legacy.transport, 'sse');
  assert.equal(legacy.autoApprove, undefined, 'an empty autoApprove approves nothing');
  assert.equal(serverNamed(result.servers, 'remote-http').transport, 'http');
  const old = serverNamed(result.servers, 'old-style');
  assert.equal(old.transport, 'stdio', 'legacy transportType');
  assert.equal(old.cwd?.value, '/home/alice/mcp/weather');
});

test('cline: autoApprove with "*" approves everything', () => {
  const scanned = scanText(JSON.stringify({ mcpServers: { x: { command: 'x', autoApprove: ['*'] } } }), { path: 'cline_mcp_settings.json' });
  assert.equal(scanned.servers[0]?.autoApprove?.all, true);
});

test('cline: no variable substitution; paths in every VS Code edition', () => {
  assert.deepEqual(cline.references('${env:X} ${X} $X'), []);
  assert.equal(cline.references('${keychain:a}').length, 1);
  const paths = cline.userConfigPaths('linux', {}, '/home/a');
  assert.ok(paths.includes('/home/a/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'));
  assert.ok(paths.includes('/home/a/.config/Cursor/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'));
  const mac = cline.userConfigPaths('darwin', {}, '/Users/a');
  assert.ok(mac.includes('/Users/a/Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'));
  const win = cline.userConfigPaths('win32', { APPDATA: 'C:/R' }, 'C:/Users/a');
  assert.ok(win.includes('C:/R/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'));
});
