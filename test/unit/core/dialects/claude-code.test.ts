import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claudeCode } from '../../../../src/core/dialects/claude-code';
import { argValues, assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('claude-code: .mcp.json is recognised by path and shape, conforms, and normalises http/sse/ws/stdio', () => {
  const result = assertRecognised('claude-code', 'claude-code');
  assert.deepEqual(schemaFindings(result), []);
  const { servers } = result;
  const github = serverNamed(servers, 'github');
  assert.equal(github.transport, 'http');
  assert.equal(github.url?.value, 'https://api.githubcopilot.com/mcp/');
  assert.deepEqual(valuesOf(github.headers), { Authorization: 'Bearer ${GITHUB_PAT}' });
  assert.equal(serverNamed(servers, 'sentry').transport, 'sse');
  assert.equal(serverNamed(servers, 'realtime').transport, 'ws');
  const internal = serverNamed(servers, 'internal');
  assert.equal(internal.transport, 'http');
  assert.ok(internal.oauth);
  const postgres = serverNamed(servers, 'postgres');
  assert.equal(postgres.transport, 'stdio');
  assert.deepEqual(argValues(postgres), ['-y', '@modelcontextprotocol/server-postgres', '${DATABASE_URL}']);
  assert.ok(servers.every((s) => s.scope === undefined));
});

test('claude-code: ~/.claude.json — top-level servers and per-project servers (with their scope)', () => {
  const result = assertRecognised('claude-code-user', 'claude-code');
  assert.deepEqual(schemaFindings(result), []);
  assert.deepEqual(
    result.servers.map((s) => [s.name, s.scope ?? null, s.node.pointer]),
    [
      ['brave-search', null, '/mcpServers/brave-search'],
      ['puppeteer', '/home/alice/work/app', '/projects/~1home~1alice~1work~1app/mcpServers/puppeteer'],
    ],
  );
  const brave = serverNamed(result.servers, 'brave-search');
  assert.deepEqual(valuesOf(brave.env), { BRAVE_API_KEY: '${BRAVE_API_KEY}' });
});

test('claude-code: references are ${VAR} and ${VAR:-default}, not ${env:} nor bare $VAR', () => {
  assert.deepEqual(referenceKinds(claudeCode.references('Bearer ${GITHUB_PAT}')), ['var:GITHUB_PAT']);
  assert.deepEqual(referenceKinds(claudeCode.references('${URL:-https://x}/mcp')), ['var:URL']);
  assert.deepEqual(referenceKinds(claudeCode.references('${keychain:k}')), ['keychain:k']);
  assert.deepEqual(claudeCode.references('$GITHUB_PAT'), []);
  assert.deepEqual(claudeCode.references('${env:X}'), []);
  assert.deepEqual(claudeCode.references('${input:x}'), []);
});

test('claude-code: paths — .claude.json and managed-mcp.json are unique, .mcp.json is shared', () => {
  assert.equal(claudeCode.pathScore('/home/a/.claude.json'), 2);
  assert.equal(claudeCode.pathScore('/etc/claude-code/managed-mcp.json'), 2);
  assert.equal(claudeCode.pathScore('/repo/.mcp.json'), 1);
  assert.equal(claudeCode.pathScore('/repo/mcp.json'), 0);
  assert.deepEqual(claudeCode.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.claude.json', '/etc/claude-code/managed-mcp.json']);
  assert.deepEqual(claudeCode.userConfigPaths('darwin', { CLAUDE_CONFIG_DIR: '/cfg' }, '/Users/a'), [
    '/cfg/.claude.json',
    '/Library/Application Support/ClaudeCode/managed-mcp.json',
  ]);
  assert.equal(claudeCode.userConfigPaths('win32', {}, 'C:/Users/a')[0], 'C:/Users/a/.claude.json');
  assert.deepEqual(claudeCode.workspaceConfigPaths, ['.mcp.json']);
});
