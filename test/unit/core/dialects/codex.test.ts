import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codex } from '../../../../src/core/dialects/codex';
import { scanText } from '../../../../src/core/engine/scan';
import { describeServer } from '../../../../src/core/analysis/scopes';
import { argValues, assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('codex: recognised by path and by shape (TOML), conforms, servers normalised', () => {
  const result = assertRecognised('codex', 'codex');
  assert.equal(result.document.format, 'toml');
  assert.deepEqual(schemaFindings(result), []);
  assert.deepEqual(result.findings.map((f) => `${f.ruleId} ${f.pointer}`), ['MCP050 /mcp_servers/docs/tools/fetch/approval_mode'], 'only the approved tool');
  const github = serverNamed(result.servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.command?.value, 'npx');
  assert.deepEqual(argValues(github), ['-y', '@modelcontextprotocol/server-github@2025.4.8']);
  assert.deepEqual(valuesOf(github.env), { LOG_LEVEL: 'info' });
  assert.equal(github.env[0]?.node.pointer, '/mcp_servers/github/env/LOG_LEVEL');
  const figma = serverNamed(result.servers, 'figma');
  assert.equal(figma.transport, 'http');
  assert.equal(figma.url?.value, 'https://mcp.figma.com/mcp');
  assert.deepEqual(valuesOf(figma.headers), { 'X-Client': 'codex' });
  assert.equal(figma.oauth?.pointer, '/mcp_servers/figma/oauth');
  const docs = serverNamed(result.servers, 'docs');
  assert.equal(docs.disabled, true);
  assert.deepEqual(docs.autoApprove?.tools.map((t) => t.value), ['fetch'], 'a tool with approval_mode = "approve"');
});

test('codex: names of variables are not secrets, and the tree lists them as references', () => {
  const text = [
    '[mcp_servers.api]',
    'url = "https://api.example.com/mcp"',
    'bearer_token_env_var = "API_SECRET_TOKEN_FOR_PRODUCTION_USE"',
    'env_http_headers = { "Authorization" = "API_AUTHORIZATION_HEADER_VALUE" }',
    '[mcp_servers.tool]',
    'command = "node"',
    'env_vars = ["DATABASE_PASSWORD", { name = "OPENAI_API_KEY", source = "local" }]',
  ].join('\n');
  const result = scanText(text, { path: '/p/.codex/config.toml' });
  assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  const api = describeServer(serverNamed(result.servers, 'api'), result.findings);
  assert.deepEqual(api.items.filter((i) => i.group === 'secrets').map((i) => `${i.label}: ${i.detail}`), [
    'Authorization (bearer token): reference · API_SECRET_TOKEN_FOR_PRODUCTION_USE (environment)',
    'Authorization (header): reference · API_AUTHORIZATION_HEADER_VALUE (environment)',
  ]);
  const tool = describeServer(serverNamed(result.servers, 'tool'), result.findings);
  assert.deepEqual(tool.items.filter((i) => i.group === 'secrets').map((i) => i.label), ['DATABASE_PASSWORD', 'OPENAI_API_KEY']);
});

test('codex: an inline token is a secret at its exact place; default_tools_approval_mode = "approve" auto-approves all', () => {
  const token = ['ghp_', 'R8x2Lq9ZtV4mN7cK1pW3yH6sD0fJ5gB2aE8u'].join('');
  const text = `[mcp_servers.gh]\ncommand = "npx"\ndefault_tools_approval_mode = "approve"\n\n[mcp_servers.gh.env]\nGITHUB_TOKEN = "${token}" # pasted\n`;
  const result = scanText(text, { path: '/home/u/.codex/config.toml' });
  const secret = result.findings.find((f) => f.ruleId === 'MCP001');
  assert.ok(secret?.secret);
  assert.equal(text.substr(secret.secret.offset, secret.secret.valueLength), token);
  assert.equal(secret.pointer, '/mcp_servers/gh/env/GITHUB_TOKEN');
  assert.deepEqual(secret.range.start, { line: 5, character: 15 });
  assert.ok(!secret.message.includes(token));
  assert.ok(result.findings.some((f) => f.ruleId === 'MCP050' && f.pointer === '/mcp_servers/gh/default_tools_approval_mode'));
  assert.ok(result.findings.some((f) => f.ruleId === 'MCP001' && f.pointer === '/mcp_servers/gh/env/GITHUB_TOKEN'));
});

test('codex: schema: unknown keys, a url on a stdio server, the refused inline bearer_token', () => {
  const result = scanText('[mcp_servers.a]\ncomand = "npx"\n[mcp_servers.b]\ncommand = "x"\nurl = "https://x.example"\n', { path: '/p/.codex/config.toml' });
  const messages = schemaFindings(result).map((f) => f.message);
  assert.ok(messages.some((m) => m.includes('Unknown property "comand"') && m.includes('"command"')), messages.join('\n'));
  assert.ok(messages.some((m) => m.includes('"url" is not allowed')), messages.join('\n'));
});

test('codex: a syntax error is MCP071 at its place, the file is still Codex\'s', () => {
  const result = scanText('[mcp_servers.a]\ncommand = "npx\nargs = []\n', { path: '/p/.codex/config.toml' });
  assert.equal(result.dialect?.id, 'codex');
  const syntax = result.findings.filter((f) => f.ruleId === 'MCP071');
  assert.equal(syntax.length, 1);
  assert.equal(syntax[0]?.range.start.line, 1);
  assert.match(syntax[0]?.message ?? '', /Invalid TOML/);
});

test('codex: references: none expanded but the launcher\'s', () => {
  assert.deepEqual(referenceKinds(codex.references('${keychain:a.b}')), ['keychain:a.b']);
  assert.deepEqual(codex.references('${GITHUB_TOKEN}'), []);
});

test('codex: paths on Linux, macOS and Windows, CODEX_HOME', () => {
  assert.equal(codex.pathScore('/home/a/.codex/config.toml'), 2);
  assert.equal(codex.pathScore('C:\\Users\\a\\.codex\\config.toml'.replace(/\\/g, '/')), 2);
  assert.equal(codex.pathScore('/x/config.toml'), 1);
  assert.deepEqual(codex.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.codex/config.toml']);
  assert.deepEqual(codex.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.codex/config.toml']);
  assert.deepEqual(codex.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.codex/config.toml']);
  assert.deepEqual(codex.userConfigPaths('linux', { CODEX_HOME: '/srv/codex' }, '/home/a'), ['/srv/codex/config.toml']);
  assert.deepEqual(codex.workspaceConfigPaths, ['.codex/config.toml']);
});
