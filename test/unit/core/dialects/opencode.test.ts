import { test } from 'node:test';
import assert from 'node:assert/strict';
import { opencode } from '../../../../src/core/dialects/opencode';
import { scanText } from '../../../../src/core/engine/scan';
import { argValues, assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('opencode: recognised by path and by shape, conforms, command array split into program and args', () => {
  const result = assertRecognised('opencode', 'opencode');
  assert.deepEqual(result.findings, []);
  const github = serverNamed(result.servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.command?.value, 'npx');
  assert.deepEqual(argValues(github), ['-y', '@modelcontextprotocol/server-github@2025.4.8']);
  assert.equal(github.argsNode, undefined, 'no args array of its own: fixes do not remove by index');
  assert.deepEqual(valuesOf(github.env), { GITHUB_PERSONAL_ACCESS_TOKEN: '{env:GITHUB_PAT}' });
  const context7 = serverNamed(result.servers, 'context7');
  assert.equal(context7.transport, 'http');
  assert.equal(context7.disabled, true);
});

test('opencode: v2 keeps servers under mcp.servers; disabled: true', () => {
  const text = JSON.stringify({ $schema: 'https://opencode.ai/config.json', mcp: { servers: { a: { type: 'local', command: ['uvx', 'mcp-server-fetch==2025.4.7'], disabled: true } } } });
  const result = scanText(text, { path: '/repo/opencode.json' });
  assert.deepEqual(result.servers.map((s) => `${s.name}:${s.transport}:${s.disabled}`), ['a:stdio:true']);
  assert.deepEqual(schemaFindings(result), []);
});

test('opencode: {env:X} and {file:p} are references, never secrets; a literal token is', () => {
  const token = ['sk-proj-', '4Fq8Xr2LmN9vB7cT1pZ3yK6wH0dJ5gS2aE8uQ4iO'].join('');
  const text = JSON.stringify({ mcp: { r: { type: 'remote', url: 'https://x.example/mcp', headers: { Authorization: 'Bearer {env:API_TOKEN}', 'X-Key': '{file:~/.keys/x}', 'X-Other': token } } } });
  const result = scanText(text, { path: '/repo/opencode.json' });
  assert.deepEqual(result.findings.filter((f) => f.category === 'secret').map((f) => f.pointer), ['/mcp/r/headers/X-Other']);
  assert.deepEqual(referenceKinds(opencode.references('Bearer {env:API_TOKEN}')), ['env:API_TOKEN']);
  assert.deepEqual(referenceKinds(opencode.references('{file:~/.keys/x}')), ['file:~/.keys/x']);
});

test('opencode: paths on Linux, macOS and Windows', () => {
  assert.equal(opencode.pathScore('/repo/opencode.json'), 2);
  assert.equal(opencode.pathScore('/repo/.opencode/opencode.jsonc'), 2);
  assert.ok(opencode.userConfigPaths('linux', {}, '/home/a').includes('/home/a/.config/opencode/opencode.json'));
  assert.ok(opencode.userConfigPaths('darwin', {}, '/Users/a').includes('/Users/a/.config/opencode/opencode.json'));
  assert.ok(opencode.userConfigPaths('darwin', {}, '/Users/a').includes('/Library/Application Support/opencode/opencode.json'));
  const windows = opencode.userConfigPaths('win32', { ProgramData: 'C:/ProgramData' }, 'C:/Users/a');
  assert.ok(windows.includes('C:/Users/a/.config/opencode/opencode.jsonc'));
  assert.ok(windows.includes('C:/ProgramData/opencode/opencode.json'));
  assert.equal(opencode.userConfigPaths('linux', { OPENCODE_CONFIG: '/x/custom.json' }, '/home/a')[0], '/x/custom.json');
});
