import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gemini } from '../../../../src/core/dialects/gemini';
import { scanText } from '../../../../src/core/engine/scan';
import { assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('gemini: recognised by path and by shape, conforms (other settings are allowed)', () => {
  const result = assertRecognised('gemini', 'gemini');
  assert.deepEqual(schemaFindings(result), []);
  assert.equal(result.dialect?.format, 'jsonc');
});

test('gemini: httpUrl is Streamable HTTP, url is SSE, trust approves everything', () => {
  const { servers } = assertRecognised('gemini', 'gemini');
  const github = serverNamed(servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.deepEqual(valuesOf(github.env), { GITHUB_PERSONAL_ACCESS_TOKEN: '$GITHUB_TOKEN' });
  assert.equal(github.autoApprove, undefined, 'includeTools filters, it does not approve');
  const docs = serverNamed(servers, 'docs');
  assert.equal(docs.transport, 'http');
  assert.equal(docs.url?.value, 'https://docs.example.com/mcp');
  assert.ok(docs.oauth);
  assert.equal(serverNamed(servers, 'events').transport, 'sse');
  const local = serverNamed(servers, 'local');
  assert.equal(local.autoApprove?.all, true);
  assert.equal(local.autoApprove?.node.pointer, '/mcpServers/local/trust');
  assert.equal(local.cwd?.value, './mcp');
});

test('gemini: a url with "type": "http" is Streamable HTTP; tcp is a WebSocket', () => {
  const result = scanText(
    JSON.stringify({ mcpServers: { a: { url: 'https://a/mcp', type: 'http' }, b: { tcp: 'ws://127.0.0.1:9000' } } }),
    { path: '.gemini/settings.json' },
  );
  assert.deepEqual(result.servers.map((s) => s.transport), ['http', 'ws']);
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'MCP070'), []);
});

test('gemini: references are $VAR, ${VAR} and %VAR%', () => {
  assert.deepEqual(referenceKinds(gemini.references('$GITHUB_TOKEN')), ['var:GITHUB_TOKEN']);
  assert.deepEqual(referenceKinds(gemini.references('Bearer ${DOCS_TOKEN}')), ['var:DOCS_TOKEN']);
  assert.deepEqual(referenceKinds(gemini.references('%APPDATA%\\x')), ['var:APPDATA']);
  assert.deepEqual(gemini.references('${env:X}'), []);
});

test('gemini: paths — user, project, system', () => {
  assert.equal(gemini.pathScore('/home/a/.gemini/settings.json'), 2);
  assert.equal(gemini.pathScore('/etc/gemini-cli/settings.json'), 2);
  assert.equal(gemini.pathScore('/repo/.vscode/settings.json'), 1);
  assert.deepEqual(gemini.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.gemini/settings.json', '/etc/gemini-cli/settings.json']);
  assert.deepEqual(gemini.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.gemini/settings.json', '/Library/Application Support/GeminiCli/settings.json']);
  assert.deepEqual(gemini.userConfigPaths('win32', { ProgramData: 'D:/PD' }, 'C:/Users/a'), ['C:/Users/a/.gemini/settings.json', 'D:/PD/gemini-cli/settings.json']);
  assert.deepEqual(gemini.workspaceConfigPaths, ['.gemini/settings.json']);
});
