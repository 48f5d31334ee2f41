/**
 * The keychain migration without a keychain: `planMigration` for every dialect (the examples and
 * snippets of our own), `executeMigration`'s rollback on every failure, and `mcp-warden migrate`
 * over an in-memory store with injected failures. The real Secret Service end to end is in
 * test/keychain/migrate.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, lstatSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { dialectById } from '../../../../src/core/dialects/index';
import type { DialectId, McpServer } from '../../../../src/core/dialects/dialect';
import { vscodeInputs } from '../../../../src/core/dialects/vscode-inputs';
import { KeychainUnavailableError, MemorySecretStore, type SecretStore } from '../../../../src/core/keychain/store';
import { executeMigration, isLauncher, MigrationError, planMigration, RESOLVER_COMMAND, type MigrationPlan } from '../../../../src/core/migrate/migration';
import { toPlainValue, type JsonNode } from '../../../../src/core/json/syntax-tree';
import { parseDocument } from '../../../../src/core/json/parse';
import { shimPath } from '../../../../src/node/shim';
import { writeFileAtomic } from '../../../../src/node/atomic-write';
import { migrateCommand, type MigrateDeps } from '../../../../src/cli/commands/migrate';
import { runCli } from '../../../../src/cli/cli';
import { substituteKeychainRefs } from '../../../../src/cli/commands/run';
import { REPO_ROOT } from '../../../fixtures/mcp-server/client';

// Assembled at run time so no scanner flags this test file itself.
const GH = ['ghp', '_', 'Zq3LmN8vB2xR7tW4yK9pD6sF1hJ5gC0aE2uQ'].join('');
const OPENAI = ['sk', '-proj-', 'Q7vX2mB9kL4pR8tW1yZ6nC3dF5gH0jS2aE4uK7iO9'].join('');
const DB_PASSWORD = ['Tk9', 'vQ2mLx7R'].join('');
const JWT = ['eyJhbGciOi', 'JIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'].join('');
const SECRETS = [GH, OPENAI, DB_PASSWORD, JWT];

const LAUNCHER = '/home/u/.mcp-warden/bin/mcp-warden';
const LAUNCHER_DIALECTS: readonly DialectId[] = ['claude-desktop', 'claude-code', 'cursor', 'windsurf', 'cline', 'roo', 'gemini', 'zed', 'copilot-cli'];
/** A path each dialect is recognised by. */
// The dialects migration knows so far (TOML / YAML and the later JSON clients come with their migration).
const PATHS = {
  vscode: '/p/.vscode/mcp.json',
  'claude-desktop': '/home/u/.config/Claude/claude_desktop_config.json',
  'claude-code': '/p/.mcp.json',
  cursor: '/p/.cursor/mcp.json',
  windsurf: '/home/u/.codeium/windsurf/mcp_config.json',
  cline: '/home/u/.cline/data/settings/cline_mcp_settings.json',
  roo: '/p/.roo/mcp.json',
  gemini: '/p/.gemini/settings.json',
  zed: '/p/.zed/settings.json',
  'copilot-cli': '/home/u/.copilot/mcp-config.json',
} as Record<DialectId, string>;

function counterIds(): (server: string, name: string) => string {
  let n = 0;
  return (server, name) => `${server.replace(/[^\w-]/g, '-')}.${name.replace(/[^\w-]/g, '-')}.t${n++}`;
}

function plan(text: string, path: string, dialect?: DialectId): MigrationPlan {
  return planMigration(text, { path, launcherCommand: LAUNCHER, makeId: counterIds(), ...(dialect ? { dialect } : {}) });
}

function serversOf(text: string, dialect: DialectId): McpServer[] {
  const d = dialectById(dialect);
  assert.ok(d);
  return d.servers(parseDocument(text));
}

function str(node: JsonNode | undefined): string {
  assert.equal(node?.type, 'string');
  return (node as { value: string }).value;
}

/** What the server would be started with: [command, ...args] and env, through the launcher resolved. */
function started(server: McpServer, values: ReadonlyMap<string, string>): { argv: string[]; env: Record<string, string> } {
  let argv = [server.command?.value ?? '', ...server.args.map(str)];
  if (isLauncher(server)) {
    assert.deepEqual(argv.slice(1, 3), ['run', '--'], 'the launcher runs "run --"');
    argv = argv.slice(3);
  }
  const env = Object.fromEntries(server.env.map((e) => [e.name, substituteKeychainRefs(str(e.node), values)]));
  return { argv: argv.map((a) => substituteKeychainRefs(a, values)), env };
}

function valuesOf(p: MigrationPlan): Map<string, string> {
  return new Map(p.entries.map((e) => [e.id, e.value]));
}

/** The common invariants of every plan: no moved value left, still parses, idempotent. */
function assertSoundPlan(original: string, p: MigrationPlan, path: string): void {
  for (const entry of p.entries) assert.ok(!p.newText.includes(entry.value), `${path}: a moved value is still in the new text`);
  // No secret (not even transformed: upper-cased, "-" → "_") in any id or label shown to the user.
  const squash = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  for (const entry of [...p.entries, ...p.skipped]) {
    for (const secret of [...SECRETS, ...p.entries.map((e) => e.value)]) {
      const fragment = squash(secret).slice(-12);
      assert.ok(!squash(entry.label).includes(fragment), `a secret in the label ${entry.label.slice(0, 20)}…`);
      if ('id' in entry) assert.ok(!squash(entry.id).includes(fragment), 'a secret in an id');
    }
  }
  assert.deepEqual(parseDocument(p.newText).syntaxErrors, [], `${path}: the new text parses`);
  if (p.entries.length === 0) assert.equal(p.newText, original);
  else assert.ok(p.edit, 'an edit is given when the text changes');
  const again = planMigration(p.newText, { path, launcherCommand: LAUNCHER, dialect: p.dialect });
  assert.equal(again.entries.length, 0, `${path}: migrating twice moves nothing`);
  assert.equal(again.newText, p.newText, `${path}: migrating twice changes nothing`);
  assert.equal(again.edit, undefined);
}

// ---------------------------------------------------------------------------------------------
// planMigration: the examples

const EXAMPLES = join(REPO_ROOT, 'examples', 'insecure');
const EXPECTED_EXAMPLES: Record<string, { dialect: DialectId; moved: number; skipped: number }> = {
  'claude-desktop/claude_desktop_config.json': { dialect: 'claude-desktop', moved: 2, skipped: 0 },
  'cline/cline_mcp_settings.json': { dialect: 'cline', moved: 0, skipped: 0 },
  'copilot-cli/.copilot/mcp-config.json': { dialect: 'copilot-cli', moved: 0, skipped: 0 },
  'cursor/.cursor/mcp.json': { dialect: 'cursor', moved: 1, skipped: 0 },
  'gemini/.gemini/settings.json': { dialect: 'gemini', moved: 0, skipped: 0 },
  'roo/.roo/mcp.json': { dialect: 'roo', moved: 0, skipped: 0 },
  'vscode/.vscode/mcp.json': { dialect: 'vscode', moved: 2, skipped: 0 },
  'windsurf/.codeium/windsurf/mcp_config.json': { dialect: 'windsurf', moved: 0, skipped: 1 },
  'zed/.zed/settings.json': { dialect: 'zed', moved: 1, skipped: 0 },
};

test('examples/insecure: every file plans as expected; nothing moved stays in the text; servers still start with the same values', () => {
  const files = readdirSync(EXAMPLES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(EXAMPLES.length + 1).replace(/\\/g, '/'))
    .sort();
  assert.deepEqual(files, Object.keys(EXPECTED_EXAMPLES).sort(), 'a new example needs an expectation here');
  for (const [file, expected] of Object.entries(EXPECTED_EXAMPLES)) {
    const path = join(EXAMPLES, file);
    const text = readFileSync(path, 'utf8');
    const p = plan(text, path);
    assert.equal(p.dialect, expected.dialect, file);
    assert.equal(p.entries.length, expected.moved, `${file}: moved`);
    assert.equal(p.skipped.length, expected.skipped, `${file}: skipped`);
    assertSoundPlan(text, p, path);
    if (expected.dialect === 'vscode') continue;
    const before = serversOf(text, expected.dialect);
    const after = serversOf(p.newText, expected.dialect);
    const values = valuesOf(p);
    assert.equal(after.length, before.length);
    for (const [i, server] of after.entries()) {
      const original = before[i];
      assert.ok(original);
      if (original.transport !== 'stdio') continue;
      assert.deepEqual(started(server, values), started(original, values), `${file}: ${server.name} starts with the same command, args and env`);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// planMigration: snippets for every dialect

/** A stdio server with an env token, a `Bearer` env value, a URL password and `--api-key=` in args. */
function stdioServer(): Record<string, unknown> {
  return {
    command: 'node',
    args: ['server.mjs', `--api-key=${OPENAI}`, `postgres://app:${DB_PASSWORD}@db.internal:5432/app`],
    env: { GITHUB_TOKEN: GH, AUTHORIZATION: `Bearer ${JWT}`, PLAIN: 'unchanged' },
  };
}

function configFor(dialect: DialectId, servers: Record<string, unknown>): string {
  const key = dialect === 'vscode' ? 'servers' : dialect === 'zed' ? 'context_servers' : 'mcpServers';
  return `${JSON.stringify({ [key]: servers }, null, 2)}\n`;
}

for (const dialect of LAUNCHER_DIALECTS) {
  test(`${dialect}: the server is wrapped in the launcher, each secret becomes \${keychain:id} (also inside longer strings)`, () => {
    const text = configFor(dialect, { app: stdioServer() });
    const p = plan(text, PATHS[dialect]);
    assert.equal(p.dialect, dialect);
    assert.equal(p.entries.length, 4);
    assert.deepEqual(p.skipped, []);
    assertSoundPlan(text, p, PATHS[dialect]);
    const [server] = serversOf(p.newText, dialect);
    assert.ok(server);
    assert.equal(server.command?.value, LAUNCHER);
    const id = (value: string) => p.entries.find((e) => e.value === value)?.id ?? assert.fail('no entry');
    assert.deepEqual(server.args.map(str), [
      'run',
      '--',
      'node',
      'server.mjs',
      `--api-key=\${keychain:${id(OPENAI)}}`,
      `postgres://app:\${keychain:${id(DB_PASSWORD)}}@db.internal:5432/app`,
    ]);
    const env = Object.fromEntries(server.env.map((e) => [e.name, str(e.node)]));
    assert.deepEqual(env, { GITHUB_TOKEN: `\${keychain:${id(GH)}}`, AUTHORIZATION: `Bearer \${keychain:${id(JWT)}}`, PLAIN: 'unchanged' });
    // Resolved as the launcher would: exactly what the file said before.
    const [original] = serversOf(text, dialect);
    assert.ok(original);
    assert.deepEqual(started(server, valuesOf(p)), started(original, valuesOf(p)));
    // Ids and labels: readable, no value.
    assert.deepEqual(p.entries.map((e) => e.id.replace(/\.t\d+$/, '')).sort(), ['app.API_KEY', 'app.ARG2', 'app.AUTHORIZATION', 'app.GITHUB_TOKEN']);
    assert.match(p.entries.find((e) => e.value === GH)?.label ?? '', /^GITHUB_TOKEN · GitHub token · 40 chars$/);
  });
}

test('vscode: ${input:…} in place of each secret (inside longer strings too) and a command input per secret', () => {
  const text = configFor('vscode', {
    app: stdioServer(),
    remote: { type: 'http', url: `https://app:${DB_PASSWORD}@mcp.example.com/mcp`, headers: { Authorization: `Bearer ${JWT}` } },
  });
  const p = plan(text, PATHS.vscode);
  assert.equal(p.dialect, 'vscode');
  assert.equal(p.entries.length, 4, 'the URL password and the JWT are pasted twice each: stored once');
  assertSoundPlan(text, p, PATHS.vscode);
  const document = parseDocument(p.newText);
  const inputs = vscodeInputs(document);
  assert.equal(inputs.length, 4);
  const inputFor = (value: string) => {
    const entry = p.entries.find((e) => e.value === value) ?? assert.fail('no entry');
    const input = inputs.find((i) => (toPlainValue(i.node) as { args?: { id?: string } }).args?.id === entry.id) ?? assert.fail('no input');
    assert.deepEqual(toPlainValue(input.node), { id: input.id, type: 'command', command: RESOLVER_COMMAND, args: { id: entry.id } });
    return `\${input:${input.id}}`;
  };
  const root = toPlainValue(document.root ?? assert.fail()) as { servers: Record<string, { command?: string; args?: string[]; env?: Record<string, string>; url?: string; headers?: Record<string, string> }> };
  assert.equal(root.servers.app?.command, 'node', 'VS Code servers are not wrapped');
  assert.deepEqual(root.servers.app?.args, ['server.mjs', `--api-key=${inputFor(OPENAI)}`, `postgres://app:${inputFor(DB_PASSWORD)}@db.internal:5432/app`]);
  assert.deepEqual(root.servers.app?.env, { GITHUB_TOKEN: inputFor(GH), AUTHORIZATION: `Bearer ${inputFor(JWT)}`, PLAIN: 'unchanged' });
  assert.equal(root.servers.remote?.url, `https://app:${inputFor(DB_PASSWORD)}@mcp.example.com/mcp`);
  assert.deepEqual(root.servers.remote?.headers, { Authorization: `Bearer ${inputFor(JWT)}` });
});

test('vscode JSONC: comments, trailing commas and untouched lines are kept; inputs go into the existing array; input ids do not collide', () => {
  const text = [
    '{',
    '  // Team servers. Keep this comment.',
    '  "inputs": [',
    '    /* an input someone wrote by hand */',
    '    { "id": "gh.GITHUB_TOKEN", "type": "promptString", "password": true },',
    '  ],',
    '  "servers": {',
    '    "gh": {',
    '      "command": "npx", // trailing comment',
    '      "args": ["-y", "@modelcontextprotocol/server-github"],',
    `      "env": { "GITHUB_TOKEN": "${GH}" },`,
    '    },',
    '  },',
    '}',
    '',
  ].join('\n');
  const p = plan(text, PATHS.vscode);
  assert.equal(p.entries.length, 1);
  assertSoundPlan(text, p, PATHS.vscode);
  for (const line of text.split('\n').filter((l) => !l.includes(GH) && !/^\s*\],?$/.test(l))) assert.ok(p.newText.includes(line), `kept: ${line}`);
  const inputs = vscodeInputs(parseDocument(p.newText));
  assert.deepEqual(
    inputs.map((i) => i.id),
    ['gh.GITHUB_TOKEN', 'gh.GITHUB_TOKEN-2'],
  );
  assert.ok(p.newText.includes('"GITHUB_TOKEN": "${input:gh.GITHUB_TOKEN-2}"'));
});

test('zed JSONC: comments and an inline args array keep their layout; the older command-object form is wrapped inside it', () => {
  const text = [
    '{',
    '  // Zed settings',
    '  "theme": "One Dark",',
    '  "context_servers": {',
    '    "sentry": {',
    `      "command": "npx", "args": ["-y", "@sentry/mcp-server", "--access-token=${GH}"], // inline`,
    '    },',
    '    "old": {',
    `      "command": { "path": "node", "args": ["s.mjs"], "env": { "API_KEY": "${OPENAI}" } }`,
    '    }',
    '  }',
    '}',
  ].join('\n');
  const p = plan(text, PATHS.zed);
  assert.equal(p.entries.length, 2);
  assert.deepEqual(p.skipped, []);
  assertSoundPlan(text, p, PATHS.zed);
  const lines = p.newText.split('\n');
  assert.equal(lines.length, text.split('\n').length, 'no line added or removed');
  assert.equal(lines[1], '  // Zed settings');
  assert.match(lines[5] ?? '', /^ {6}"command": "\/home\/u\/\.mcp-warden\/bin\/mcp-warden", "args": \["run", "--", "npx", "-y", "@sentry\/mcp-server", "--access-token=\$\{keychain:sentry\.ACCESS_TOKEN\.t\d\}"\], \/\/ inline$/);
  const old = serversOf(p.newText, 'zed').find((s) => s.name === 'old');
  assert.ok(old && isLauncher(old));
  assert.equal(old.command?.pointer, '/context_servers/old/command/path');
  assert.deepEqual(old.args.map(str), ['run', '--', 'node', 's.mjs']);
  assert.match(str(old.env[0]?.node), /^\$\{keychain:old\.API_KEY\.t\d\}$/);
});

test('multi-line args get one item per line at the same indent; a server without args gets them beside the command', () => {
  const text = `{\n  "mcpServers": {\n    "a": {\n      "command": "node",\n      "args": [\n        "server.mjs"\n      ],\n      "env": { "GITHUB_TOKEN": "${GH}" }\n    },\n    "b": {\n      "command": "node",\n      "env": { "API_KEY": "${OPENAI}" }\n    }\n  }\n}\n`;
  const p = plan(text, PATHS['claude-code']);
  assert.equal(
    p.newText.replace(/t\d/g, 'tN'),
    `{\n  "mcpServers": {\n    "a": {\n      "command": "${LAUNCHER}",\n      "args": [\n        "run",\n        "--",\n        "node",\n        "server.mjs"\n      ],\n      "env": { "GITHUB_TOKEN": "\${keychain:a.GITHUB_TOKEN.tN}" }\n    },\n    "b": {\n      "command": "${LAUNCHER}",\n      "args": ["run", "--", "node"],\n      "env": { "API_KEY": "\${keychain:b.API_KEY.tN}" }\n    }\n  }\n}\n`,
  );
});

test('a token pasted twice (two servers, env and args) is stored once and referenced in both places', () => {
  const text = configFor('cursor', { a: { command: 'node', env: { GITHUB_TOKEN: GH } }, b: { command: 'node', args: ['--token', GH] } });
  const p = plan(text, PATHS.cursor);
  assert.equal(p.entries.length, 1);
  assert.equal(p.entries[0]?.pointers.length, 2);
  const ref = `\${keychain:${p.entries[0]?.id}}`;
  assert.equal(p.newText.split(ref).length - 1, 2);
  assertSoundPlan(text, p, PATHS.cursor);
});

test('remote servers of clients without a variable mechanism are skipped with a reason, never broken', () => {
  const cases: Array<[DialectId, Record<string, unknown>]> = [
    ['windsurf', { r: { serverUrl: `https://mcp.example.com/mcp?api_key=${OPENAI}` } }],
    ['cursor', { r: { url: 'https://mcp.example.com/mcp', headers: { Authorization: `Bearer ${JWT}` } } }],
    ['claude-code', { r: { type: 'http', url: 'https://mcp.example.com/mcp', headers: { 'X-Api-Key': OPENAI } } }],
    ['gemini', { r: { httpUrl: 'https://mcp.example.com/mcp', headers: { Authorization: `Bearer ${JWT}` } } }],
    ['claude-desktop', { r: { command: 'node', args: ['s.mjs'], env: { GITHUB_TOKEN: GH } }, remote: { url: `https://app:${DB_PASSWORD}@mcp.example.com/sse` } }],
  ];
  for (const [dialect, servers] of cases) {
    const text = configFor(dialect, servers);
    const p = plan(text, PATHS[dialect]);
    assert.ok(p.skipped.length >= 1, `${dialect}: skipped`);
    for (const skipped of p.skipped) {
      assert.match(skipped.reason, /cannot hand a keychain secret to a remote server yet/);
      assert.ok(skipped.pointer.includes('/r') || skipped.pointer.includes('/remote'));
      for (const secret of SECRETS) assert.ok(!skipped.label.includes(secret) && !skipped.reason.includes(secret));
    }
    const remote = serversOf(p.newText, dialect).find((s) => s.name !== 'r' || dialect !== 'claude-desktop');
    assert.ok(remote && !isLauncher(remote), `${dialect}: the remote server is left as it was`);
    assertSoundPlan(text, p, PATHS[dialect]);
  }
});

test('a server already started through the launcher is not wrapped twice; a new inline secret in it still moves', () => {
  const text = configFor('claude-desktop', {
    a: { command: LAUNCHER, args: ['run', '--', 'node', 's.mjs'], env: { OLD: '${keychain:a.OLD.abc12345}', GITHUB_TOKEN: GH } },
  });
  const p = plan(text, PATHS['claude-desktop']);
  assert.equal(p.entries.length, 1);
  const [server] = serversOf(p.newText, 'claude-desktop');
  assert.ok(server);
  assert.deepEqual(server.args.map(str), ['run', '--', 'node', 's.mjs']);
  assert.equal(server.command?.value, LAUNCHER);
  assertSoundPlan(text, p, PATHS['claude-desktop']);
});

test('project files reference the launcher through the client home variable when a launcher command says so', () => {
  const text = configFor('cursor', { a: { command: 'node', env: { GITHUB_TOKEN: GH } } });
  const p = planMigration(text, { path: PATHS.cursor, launcherCommand: '${userHome}/.mcp-warden/bin/mcp-warden', makeId: counterIds() });
  const [server] = serversOf(p.newText, 'cursor');
  assert.equal(server?.command?.value, '${userHome}/.mcp-warden/bin/mcp-warden');
  assert.ok(server && isLauncher(server));
  assertSoundPlan(text, p, PATHS.cursor);
});

test('malformed JSON and files that are no MCP config are refused with a MigrationError', () => {
  assert.throws(() => plan(`{ "mcpServers": { "a": { "command": "node", "env": { "GITHUB_TOKEN": "${GH}" } }`, PATHS['claude-code']), (error: unknown) => {
    assert.ok(error instanceof MigrationError);
    assert.match(error.message, /syntax errors/);
    assert.ok(!error.message.includes(GH));
    return true;
  });
  assert.throws(() => plan('{ "name": "not a config" }', '/p/package.json'), MigrationError);
});

// ---------------------------------------------------------------------------------------------
// executeMigration: order and rollback

class RecordingStore extends MemorySecretStore {
  readonly calls: string[] = [];
  override async get(id: string): Promise<string | undefined> {
    this.calls.push(`get ${id}`);
    return super.get(id);
  }
  override async set(id: string, value: string): Promise<void> {
    this.calls.push(`set ${id}`);
    return super.set(id, value);
  }
  override async delete(id: string): Promise<boolean> {
    this.calls.push(`delete ${id}`);
    return super.delete(id);
  }
}

function twoSecretPlan(): MigrationPlan {
  const p = plan(configFor('claude-code', { a: { command: 'node', env: { GITHUB_TOKEN: GH, API_KEY: OPENAI } } }), PATHS['claude-code']);
  assert.equal(p.entries.length, 2);
  return p;
}

const UNRELATED = { 'other.TOKEN.zzz': 'unrelated-value' };

test('executeMigration: write, read back, then the file — in that order', async () => {
  const p = twoSecretPlan();
  const store = new RecordingStore(UNRELATED);
  const events: string[] = [];
  const [first, second] = p.entries.map((e) => e.id);
  await executeMigration(
    p,
    store,
    async (newText) => {
      events.push('write');
      assert.equal(newText, p.newText);
    },
    { step: (name, id) => void events.push(id ? `${name} ${id}` : name) },
  );
  assert.deepEqual(events, [`stored ${first}`, `verified ${first}`, `stored ${second}`, `verified ${second}`, 'write', 'file-written']);
  assert.deepEqual(store.calls, [`get ${first}`, `set ${first}`, `get ${first}`, `get ${second}`, `set ${second}`, `get ${second}`]);
  for (const entry of p.entries) assert.equal(await store.get(entry.id), entry.value);
  assert.equal(await store.get('other.TOKEN.zzz'), 'unrelated-value');
});

async function assertRolledBack(store: SecretStore, p: MigrationPlan): Promise<void> {
  for (const entry of p.entries) assert.equal(await store.get(entry.id), undefined, `${entry.id} was deleted again`);
  assert.deepEqual(await store.list(), Object.keys(UNRELATED), 'nothing else touched');
  assert.equal(await store.get('other.TOKEN.zzz'), 'unrelated-value');
}

test('executeMigration: set() throwing on the second secret deletes the first; the file is never written', async () => {
  const p = twoSecretPlan();
  const failing = new (class extends MemorySecretStore {
    sets = 0;
    override async set(id: string, value: string): Promise<void> {
      if (++this.sets === 2) throw new KeychainUnavailableError('locked', 'linux');
      return super.set(id, value);
    }
  })(UNRELATED);
  let wrote = false;
  await assert.rejects(executeMigration(p, failing, async () => void (wrote = true)), KeychainUnavailableError);
  assert.equal(wrote, false);
  await assertRolledBack(failing, p);
});

test('executeMigration: a set() that fails after writing (half-done) is cleaned up too', async () => {
  const p = twoSecretPlan();
  const halfDone = new (class extends MemorySecretStore {
    override async set(id: string, value: string): Promise<void> {
      await super.set(id, value);
      throw new Error('connection reset after the write');
    }
  })(UNRELATED);
  await assert.rejects(executeMigration(p, halfDone, async () => assert.fail('no write')), /connection reset/);
  await assertRolledBack(halfDone, p);
});

test('executeMigration: a read-back mismatch is refused and rolled back', async () => {
  const p = twoSecretPlan();
  const lying = new (class extends MemorySecretStore {
    override async get(id: string): Promise<string | undefined> {
      const value = await super.get(id);
      return value === undefined ? undefined : `${value.slice(0, -1)}#`; // truncated / mangled by the keychain
    }
  })(UNRELATED);
  await assert.rejects(executeMigration(p, lying, async () => assert.fail('no write')), (error: unknown) => {
    assert.ok(error instanceof MigrationError);
    assert.match(error.message, /returned something else/);
    for (const secret of SECRETS) assert.ok(!error.message.includes(secret));
    return true;
  });
  for (const entry of p.entries) assert.equal(await new MemorySecretStore().get(entry.id), undefined);
  assert.deepEqual(await lying.list(), Object.keys(UNRELATED));
});

test('executeMigration: writeFile throwing (read-only file) deletes every entry created and rethrows the same error', async () => {
  const p = twoSecretPlan();
  const store = new MemorySecretStore(UNRELATED);
  const eacces = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  await assert.rejects(
    executeMigration(p, store, async () => {
      throw eacces;
    }),
    (error: unknown) => error === eacces,
  );
  await assertRolledBack(store, p);
});

test('executeMigration: an id that already exists is refused; the existing value is untouched and nothing is created', async () => {
  const p = twoSecretPlan();
  const [, second] = p.entries;
  assert.ok(second);
  const store = new MemorySecretStore({ ...UNRELATED, [second.id]: 'someone elses value' });
  await assert.rejects(executeMigration(p, store, async () => assert.fail('no write')), (error: unknown) => {
    assert.ok(error instanceof MigrationError);
    assert.match(error.message, new RegExp(`entry named ${second.id.replace(/\./g, '\\.')} already exists`));
    return true;
  });
  assert.equal(await store.get(second.id), 'someone elses value');
  assert.deepEqual(await store.list(), [...Object.keys(UNRELATED), second.id].sort());
});

test('executeMigration: rollback still runs when a delete fails, and the original error wins', async () => {
  const p = twoSecretPlan();
  const store = new (class extends MemorySecretStore {
    override async delete(): Promise<boolean> {
      throw new Error('delete failed');
    }
  })();
  await assert.rejects(
    executeMigration(p, store, async () => {
      throw new Error('disk full');
    }),
    /disk full/,
  );
});

// ---------------------------------------------------------------------------------------------
// mcp-warden migrate (in memory, injected failures)

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const outputs: string[] = [];

function sink(append: (text: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      append(chunk.toString());
      callback();
    },
  });
}

async function migrate(argv: string[], cwd: string, deps: MigrateDeps = {}, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), cwd, env };
  const stdin = new PassThrough();
  stdin.end();
  const code = await migrateCommand(argv, io, { stdin, cliPath: '/opt/mcp-warden/dist/cli.js', ...deps });
  outputs.push(stdout, stderr);
  return { code, stdout, stderr };
}

function sandbox(): { root: string; home: string; project: string; file: string; text: string } {
  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-migrate-unit-'));
  const home = join(root, 'home');
  const project = join(root, 'project');
  const file = join(project, '.cursor', 'mcp.json');
  mkdirSync(dirname(file), { recursive: true });
  mkdirSync(home, { recursive: true });
  const text = configFor('cursor', { app: { command: 'node', args: ['server.mjs', `--api-key=${OPENAI}`], env: { GITHUB_TOKEN: GH } } });
  writeFileSync(file, text, { mode: 0o600 });
  return { root, home, project, file, text };
}

test('migrate --dry-run: prints the plan masked (labels and ids), changes nothing, exit 0', async () => {
  const s = sandbox();
  const store = new MemorySecretStore();
  const result = await migrate([s.file, '--dry-run'], s.project, { openStore: () => store, home: s.home, makeId: counterIds() });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^\.cursor\/mcp\.json \(Cursor, project config\):$/m);
  assert.match(result.stdout, /^ {4}API_KEY · OpenAI API key · 49 chars → app\.API_KEY\.t\d$/m);
  assert.match(result.stdout, /^ {4}GITHUB_TOKEN · GitHub token · 40 chars → app\.GITHUB_TOKEN\.t\d$/m);
  assert.match(result.stdout, /started through the launcher \(\$\{userHome\}\/\.mcp-warden\/bin\/mcp-warden run -- …\): app/);
  assert.match(result.stdout, /^Dry run: nothing was changed\.$/m);
  assert.equal(readFileSync(s.file, 'utf8'), s.text);
  assert.deepEqual(await store.list(), []);
  assert.throws(() => statSync(shimPath(s.home)), 'no shim on a dry run');
  rmSync(s.root, { recursive: true, force: true });
});

test('migrate --yes: the store holds the values, the file references them, mode kept, shim installed before the file changed', async () => {
  const s = sandbox();
  const store = new MemorySecretStore();
  let shimAtWrite = false;
  const result = await migrate([s.file, '--yes'], s.project, {
    openStore: () => store,
    home: s.home,
    replaceFile: async (path, text) => {
      shimAtWrite = statSync(shimPath(s.home)).isFile();
      await writeFileAtomic(path, text);
    },
  });
  assert.equal(result.code, 0, result.stderr);
  assert.ok(shimAtWrite, 'the shim existed before the file referenced it');
  const text = readFileSync(s.file, 'utf8');
  assert.ok(!text.includes(GH) && !text.includes(OPENAI));
  assert.equal(statSync(s.file).mode & 0o777, 0o600, 'file mode kept');
  const ids = await store.list();
  assert.equal(ids.length, 2);
  for (const id of ids) assert.ok(text.includes(`\${keychain:${id}}`));
  assert.match(text, /"command": "\$\{userHome\}\/\.mcp-warden\/bin\/mcp-warden"/);
  const shim = readFileSync(shimPath(s.home), 'utf8');
  assert.match(shim, /cli='\/opt\/mcp-warden\/dist\/cli\.js'/);
  assert.match(result.stdout, /^Moved 2 secrets to the memory and rewrote \.cursor\/mcp\.json\.$/m);
  // Again: nothing to move, exit 0, file unchanged.
  const again = await migrate([s.file, '--yes'], s.project, { openStore: () => store, home: s.home });
  assert.equal(again.code, 0);
  assert.match(again.stdout, /Nothing to move/);
  assert.equal(readFileSync(s.file, 'utf8'), text);
  rmSync(s.root, { recursive: true, force: true });
});

test('migrate: user-level files use the absolute shim path; --project / --user-level override', async () => {
  const s = sandbox();
  const userFile = join(s.home, '.cursor', 'mcp.json');
  mkdirSync(dirname(userFile), { recursive: true });
  writeFileSync(userFile, s.text);
  const dry = (file: string, ...flags: string[]) => migrate([file, '--dry-run', ...flags], s.project, { openStore: () => new MemorySecretStore(), home: s.home });
  assert.match((await dry(userFile)).stdout, new RegExp(`user-level config[^]*\\(${shimPath(s.home).replace(/[.]/g, '\\.')} run -- …\\)`));
  assert.match((await dry(userFile, '--project')).stdout, /project config[^]*\(\$\{userHome\}\/\.mcp-warden/);
  assert.match((await dry(s.file, '--user-level')).stdout, new RegExp(`user-level config[^]*\\(${shimPath(s.home).replace(/[.]/g, '\\.')} run`));
  await assert.rejects(dry(s.file, '--user-level', '--project'), /--user-level and --project exclude each other/);
  rmSync(s.root, { recursive: true, force: true });
});

test('migrate: without --yes, a terminal is asked (y/N); without a terminal it refuses (exit 2)', async () => {
  const s = sandbox();
  const store = new MemorySecretStore();
  const tty = (answer: string) => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end(answer);
    return stdin;
  };
  const refused = await migrate([s.file], s.project, { openStore: () => store, home: s.home });
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /standard input is not a terminal: run again with --yes/);
  const no = await migrate([s.file], s.project, { openStore: () => store, home: s.home, stdin: tty('\n') });
  assert.equal(no.code, 1);
  assert.match(no.stderr, /Move 2 secrets to the memory and rewrite \.cursor\/mcp\.json\? \[y\/N\] mcp-warden: not confirmed; nothing was changed/);
  assert.equal(readFileSync(s.file, 'utf8'), s.text);
  assert.deepEqual(await store.list(), []);
  const yes = await migrate([s.file], s.project, { openStore: () => store, home: s.home, stdin: tty('y\n') });
  assert.equal(yes.code, 0, yes.stderr);
  assert.equal((await store.list()).length, 2);
  rmSync(s.root, { recursive: true, force: true });
});

test('migrate: a symlinked config keeps its link; the target is rewritten', async () => {
  const s = sandbox();
  const cursorLink = join(s.project, '.cursor', 'mcp.json');
  const real = join(s.root, 'dotfiles-mcp.json');
  writeFileSync(real, s.text);
  rmSync(cursorLink);
  symlinkSync(real, cursorLink);
  const result = await migrate([cursorLink, '--yes'], s.project, { openStore: () => new MemorySecretStore(), home: s.home });
  assert.equal(result.code, 0, result.stderr);
  assert.ok(lstatSync(cursorLink).isSymbolicLink());
  assert.ok(!readFileSync(real, 'utf8').includes(GH));
  rmSync(s.root, { recursive: true, force: true });
});

/** Runs migrate --yes where something fails; asserts exit 1, one line, file byte-identical, store as before. */
async function failingMigrate(deps: MigrateDeps, expected: RegExp, initial: Record<string, string> = {}): Promise<CliRun> {
  const s = sandbox();
  const before = readFileSync(s.file);
  const store = deps.openStore?.() ?? new MemorySecretStore(initial);
  const result = await migrate([s.file, '--yes'], s.project, { home: s.home, ...deps, openStore: () => store });
  assert.equal(result.code, 1, result.stdout + result.stderr);
  assert.equal(result.stderr.split('\n').filter(Boolean).length, 1, `one line: ${result.stderr}`);
  assert.match(result.stderr, expected);
  assert.ok(readFileSync(s.file).equals(before), 'the file is byte-identical');
  if (!deps.openStore) assert.deepEqual(await store.list(), Object.keys(initial).sort(), 'the store is as before');
  rmSync(s.root, { recursive: true, force: true });
  return result;
}

test('migrate: read-only file (EACCES on write) → exit 1, entries deleted again, file unchanged', async () => {
  await failingMigrate(
    {
      replaceFile: async () => {
        throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
      },
    },
    /^mcp-warden: cannot write \.cursor\/mcp\.json \(EACCES: permission denied\); the keychain entries created were deleted again and the file is unchanged\n$/,
    UNRELATED,
  );
});

test('migrate: keychain unavailable → exit 1 with the advice, nothing changed', async () => {
  const unavailable: SecretStore = {
    kind: 'Secret Service',
    get: async () => {
      throw new KeychainUnavailableError('no-service', 'linux');
    },
    set: async () => assert.fail('no set'),
    delete: async () => false,
    list: async () => [],
  };
  await failingMigrate({ openStore: () => unavailable }, /^mcp-warden: keychain unavailable: no Secret Service is reachable .*; nothing was changed\n$/);
});

test('migrate: read-back mismatch → exit 1, nothing changed', async () => {
  const lying = new (class extends MemorySecretStore {
    override async get(id: string): Promise<string | undefined> {
      const value = await super.get(id);
      return value === undefined ? undefined : 'something else';
    }
  })();
  await failingMigrate({ openStore: () => lying }, /^mcp-warden: The keychain returned something else for app\.\w+\.\w+ than was written; nothing was changed\.\n$/);
  assert.deepEqual(await lying.list(), []);
});

test('migrate: the file changed on disk between plan and write → exit 1, the other writer’s content kept, entries deleted', async () => {
  const s = sandbox();
  const store = new MemorySecretStore(UNRELATED);
  const edited = s.text.replace('"app"', '"app-renamed-by-the-editor"');
  const result = await migrate([s.file, '--yes'], s.project, {
    openStore: () => store,
    home: s.home,
    hooks: { step: (name) => void (name === 'verified' ? writeFileSync(s.file, edited) : undefined) },
  });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^mcp-warden: \.cursor\/mcp\.json changed on disk since the plan was made .*run mcp-warden migrate again\n$/);
  assert.equal(readFileSync(s.file, 'utf8'), edited);
  assert.deepEqual(await store.list(), Object.keys(UNRELATED));
  rmSync(s.root, { recursive: true, force: true });
});

test('migrate: an id that already exists → exit 1 "already exists", the existing entry keeps its value', async () => {
  const store = new MemorySecretStore({ 'app.API_KEY.same': 'existing value' });
  await failingMigrate({ openStore: () => store, makeId: (server, name) => `${server}.${name}.same` }, /^mcp-warden: A keychain entry named app\.\w+\.same already exists; nothing was changed\.\n$/);
  assert.deepEqual(await store.list(), ['app.API_KEY.same']);
  assert.equal(await store.get('app.API_KEY.same'), 'existing value');
});

test('migrate: a rollback delete that fails is reported with the ids left behind', async () => {
  const stubborn = new (class extends MemorySecretStore {
    override async delete(): Promise<boolean> {
      throw new KeychainUnavailableError('locked', 'linux');
    }
  })();
  await failingMigrate(
    {
      openStore: () => stubborn,
      replaceFile: async () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
    },
    /\(EROFS: read-only file system\).* — 2 keychain entries created could not be removed: app\.\w+\.\w+, app\.\w+\.\w+ \(remove with: mcp-warden secret rm <id>\)\n$/,
  );
});

test('migrate: malformed JSON, a missing file, usage errors', async () => {
  const s = sandbox();
  writeFileSync(s.file, `{ "mcpServers": { "a": { "command": "node", "env": { "GITHUB_TOKEN": "${GH}" } } `);
  const before = readFileSync(s.file);
  const store = new MemorySecretStore();
  const broken = await migrate([s.file, '--yes'], s.project, { openStore: () => store, home: s.home });
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /^mcp-warden: \.cursor\/mcp\.json: The file has syntax errors \(MCP071\); fix them first\. Nothing was changed\.\n$/);
  assert.ok(readFileSync(s.file).equals(before));
  const missing = await migrate([join(s.project, 'nope.json'), '--yes'], s.project, { openStore: () => store, home: s.home });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read nope\.json: no such file; nothing was changed/);
  const io = { stdout: sink((t) => outputs.push(t)), stderr: sink((t) => outputs.push(t)), cwd: s.project, env: {} };
  assert.equal(await runCli(['migrate'], io), 2);
  assert.equal(await runCli(['migrate', 'a.json', 'b.json'], io), 2);
  assert.equal(await runCli(['migrate', 'a.json', '--force'], io), 2);
  assert.equal(await runCli(['migrate', 'a.json', '--dialect', 'nope'], io), 2);
  assert.equal(await runCli(['migrate', '--help'], io), 0);
  assert.equal(await runCli(['help', 'migrate'], io), 0);
  assert.deepEqual(await store.list(), []);
  rmSync(s.root, { recursive: true, force: true });
});

test('migrate: --dialect forces the client (a .mcp.json as Copilot CLI)', async () => {
  const s = sandbox();
  const file = join(s.project, '.mcp.json');
  writeFileSync(file, configFor('copilot-cli', { app: { type: 'local', command: 'node', env: { GITHUB_TOKEN: GH }, tools: ['*'] } }));
  const result = await migrate([file, '--dry-run', '--dialect', 'copilot-cli'], s.project, { openStore: () => new MemorySecretStore(), home: s.home });
  assert.equal(result.code, 0);
  assert.match(result.stdout, /^\.mcp\.json \(Copilot CLI, project config\):/m);
  assert.match(result.stdout, /\(\$\{HOME\}\/\.mcp-warden\/bin\/mcp-warden run -- …\)/);
  rmSync(s.root, { recursive: true, force: true });
});

test('no secret value in any output of this file', () => {
  assert.ok(outputs.length > 10);
  for (const secret of SECRETS) assert.equal(outputs.filter((o) => o.includes(secret)).length, 0, 'a secret value was printed');
});

