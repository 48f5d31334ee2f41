import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, detectDialect, dialectById } from '../../../../src/core/dialects/index';
import { parseDocument } from '../../../../src/core/json/parse';
import { scanText } from '../../../../src/core/engine/scan';
import { FIXTURES, fixtureText, type FixtureName } from './fixtures';

const detect = (path: string | undefined, config: unknown): string | undefined =>
  detectDialect(path, parseDocument(typeof config === 'string' ? config : JSON.stringify(config)))?.id;

test('every dialect is registered once, with its schema and paths', () => {
  const ids = DIALECTS.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), [
    'amazon-q', 'claude-code', 'claude-desktop', 'cline', 'codex', 'continue', 'copilot-cli', 'cursor', 'gemini', 'goose', 'junie', 'kiro',
    'lm-studio', 'opencode', 'roo', 'visual-studio', 'vscode', 'windsurf', 'zed',
  ]);
  for (const dialect of DIALECTS) {
    assert.equal((dialect.schema as { $id?: string }).$id, `https://mcp-warden.dev/schemas/${dialect.id}.schema.json`);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      // Visual Studio runs on Windows only.
      if (dialect.id === 'visual-studio' && platform !== 'win32') continue;
      assert.ok(dialect.userConfigPaths(platform, {}, '/h').length > 0, `${dialect.id} ${platform}`);
    }
    assert.ok(dialect.label.length > 0);
  }
  assert.equal(dialectById('zed')?.id, 'zed');
  assert.equal(dialectById('nope'), undefined);
});

test('each fixture is recognised from its file content alone, under a neutral name too', () => {
  // The JSON clients told apart by content; the later ones are told apart by path (or syntax), below.
  const expected: Partial<Record<FixtureName, string>> = {
    vscode: 'vscode',
    'claude-desktop': 'claude-desktop',
    'claude-code': 'claude-code',
    'claude-code-user': 'claude-code',
    cursor: 'cursor',
    windsurf: 'windsurf',
    cline: 'cline',
    roo: 'roo',
    gemini: 'gemini',
    zed: 'zed',
    'copilot-cli': 'copilot-cli',
  };
  for (const name of Object.keys(expected) as FixtureName[]) {
    assert.equal(detect(undefined, fixtureText(name)), expected[name], name);
    assert.equal(detect('/tmp/some-config.json', fixtureText(name)), expected[name], `${name} under a neutral name`);
  }
});

test('a unique file name decides, even against the shape and for an empty file', () => {
  assert.equal(detect('/repo/.vscode/mcp.json', { mcpServers: {} }), 'vscode');
  assert.equal(detect('/a/claude_desktop_config.json', '{}'), 'claude-desktop');
  assert.equal(detect('/repo/.cursor/mcp.json', ''), 'cursor');
  assert.equal(detect('/home/a/.codeium/windsurf/mcp_config.json', { mcpServers: { x: { autoApprove: ['a'] } } }), 'windsurf');
  assert.equal(detect('C:\\Users\\a\\.copilot\\mcp-config.json', { mcpServers: {} }), 'copilot-cli');
  assert.equal(detect('/home/a/.gemini/settings.json', { theme: 'x' }), 'gemini');
  assert.equal(detect('/home/a/.config/zed/settings.json', { theme: 'x' }), 'zed');
  assert.equal(detect('/home/a/.claude.json', { numStartups: 1 }), 'claude-code');
});

test('generic names need the shape: mcp.json, .mcp.json, settings.json, mcp_config.json', () => {
  assert.equal(detect('/repo/mcp.json', { servers: { a: { command: 'x' } } }), 'vscode');
  assert.equal(detect('/repo/mcp.json', { mcpServers: { a: { command: 'x' } } }), 'claude-code');
  assert.equal(detect('/repo/.mcp.json', { mcpServers: { a: { command: 'x' } } }), 'claude-code');
  // `.mcp.json` with `servers` is Visual Studio's solution file; VS Code's portable `.mcp.json` uses `mcpServers`.
  assert.equal(detect('/repo/.mcp.json', { servers: { a: { command: 'x' } } }), 'visual-studio');
  assert.equal(detect('/repo/.mcp.json', { mcpServers: { a: { type: 'local', command: 'x', tools: ['*'] } } }), 'copilot-cli');
  assert.equal(detect('/repo/.mcp.json', {}), undefined);
  assert.equal(detect('/repo/settings.json', { context_servers: {} }), 'zed');
  assert.equal(detect('/repo/.vscode/settings.json', { 'editor.fontSize': 12 }), undefined);
  assert.equal(detect('/repo/settings.json', { mcpServers: { a: { httpUrl: 'https://x' } } }), 'gemini');
  assert.equal(detect('/tmp/mcp_config.json', { mcpServers: { a: { serverUrl: 'https://x' } } }), 'windsurf');
});

test('shape alone: each client\'s own fields win over the plain mcpServers format', () => {
  const one = (server: Record<string, unknown>): unknown => ({ mcpServers: { s: server } });
  assert.equal(detect(undefined, one({ command: 'npx', args: ['x'] })), 'claude-code');
  assert.equal(detect(undefined, one({ serverUrl: 'https://x' })), 'windsurf');
  assert.equal(detect(undefined, one({ command: 'x', autoApprove: ['a'] })), 'cline');
  assert.equal(detect(undefined, one({ url: 'https://x', type: 'streamableHttp' })), 'cline');
  assert.equal(detect(undefined, one({ command: 'x', alwaysAllow: ['a'] })), 'roo');
  assert.equal(detect(undefined, one({ url: 'https://x', type: 'streamable-http' })), 'roo');
  assert.equal(detect(undefined, one({ command: 'x', trust: true })), 'gemini');
  assert.equal(detect(undefined, one({ command: 'x', tools: ['*'] })), 'copilot-cli');
  assert.equal(detect(undefined, one({ url: 'https://x', auth: { CLIENT_ID: 'c' } })), 'cursor');
  assert.equal(detect(undefined, one({ type: 'ws', url: 'wss://x' })), 'claude-code');
  assert.equal(detect(undefined, { mcpServers: { s: { command: 'x' } }, preferences: {} }), 'claude-desktop');
  assert.equal(detect(undefined, { projects: { '/p': { mcpServers: { s: { command: 'x' } } } } }), 'claude-code');
  assert.equal(detect(undefined, { something: 'else' }), undefined);
  assert.equal(detect(undefined, '[]'), undefined);
});

test('a forced dialect wins over everything', () => {
  const document = parseDocument(fixtureText('vscode'));
  assert.equal(detectDialect('/repo/.vscode/mcp.json', document, 'cline')?.id, 'cline');
});

test('the later clients are recognised by their paths; TOML and YAML only by dialects that read them', () => {
  const later: Partial<Record<FixtureName, string>> = {
    codex: 'codex', continue: 'continue', goose: 'goose', opencode: 'opencode', kiro: 'kiro',
    'amazon-q': 'amazon-q', 'visual-studio': 'visual-studio', 'lm-studio': 'lm-studio', junie: 'junie',
  };
  for (const [name, id] of Object.entries(later) as Array<[FixtureName, string]>) {
    assert.equal(scanText(fixtureText(name), { path: `/home/u/${FIXTURES[name]}` }).dialect?.id, id, name);
  }
  // A JSON `mcpServers` file named like no client is Claude Code's, never Kiro's or Junie's.
  assert.equal(detect('/tmp/x.json', { mcpServers: { a: { command: 'x' } } }), 'claude-code');
  // A YAML file with `mcpServers` is Continue's, a TOML one with `mcp_servers` Codex's: JSON dialects never claim them.
  assert.equal(scanText('mcpServers:\n  - name: a\n    command: x\n', { path: '/tmp/blocks.yaml' }).dialect?.id, 'continue');
  assert.equal(scanText('extensions:\n  a:\n    type: stdio\n    cmd: x\n', { path: '/tmp/c.yaml' }).dialect?.id, 'goose');
  assert.equal(scanText('[mcp_servers.a]\ncommand = "x"\n', { path: '/tmp/c.toml' }).dialect?.id, 'codex');
  assert.equal(scanText('mcpServers: {}\n', { path: '/tmp/other.yaml' }).dialect, undefined);
  assert.equal(scanText('a = 1\n', { path: '/tmp/c.toml' }).dialect, undefined);
});
