/**
 * `mcp-warden migrate` end to end against a real Secret Service, the bundled CLI, the launcher
 * shim and the fixture MCP server — per client — plus the crash test, the bad paths and a leak
 * check over everything the suite produced.
 * Run: node esbuild.mjs && bash scripts/with-keychain.sh node scripts/run-test.mjs test/keychain/migrate.test.ts
 */
import { captureOutput } from '../capture';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { after } from 'node:test';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { DialectId } from '../../src/core/dialects/dialect';
import type { SecretStore } from '../../src/core/keychain/store';
import { KEYCHAIN_SERVICE, OsSecretStore } from '../../src/node/os-keychain';
import { shimPath } from '../../src/node/shim';
import { migrateCommand, type MigrateDeps } from '../../src/cli/commands/migrate';
import { assertNoSecretIn, callTool, captured, CLI, cli, FIXTURE_SERVER, keychainTest, REPO_ROOT, run, withoutDbus, type Run } from './helpers';

// Fresh values each run (assembled at run time: nothing in this file looks like a secret).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
const TOKEN = ['ghp', '_', random(36)].join('');
const API_KEY = ['sk', '-proj-', random(40)].join('');
const SECRETS = [TOKEN, API_KEY];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const HOME = process.env.HOME ?? '/nonexistent';
let work = '';
/** Files that keep the inline secret on purpose (a refused or crashed migration); every other file must not hold one. */
const keptOnPurpose = new Set<string>();
/** Everything in-process runs printed. */
const inProcessOutput: string[] = [];
let initialIds: string[] | undefined;

function workDir(name: string): string {
  if (!work) {
    // Inside the wrapper's throwaway HOME, so the leak check below can walk all of it.
    mkdirSync(HOME, { recursive: true });
    work = mkdtempSync(join(HOME, 'migrate-e2e-'));
  }
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function rememberInitialIds(): Promise<void> {
  initialIds ??= await new OsSecretStore().list();
}

after(async () => {
  if (process.env.MCP_WARDEN_TEST_KEYCHAIN === '1' && initialIds) {
    const store = new OsSecretStore();
    for (const id of await store.list().catch(() => [])) if (!initialIds.includes(id)) await store.delete(id).catch(() => false);
  }
});

// ---------------------------------------------------------------------------------------------
// Per client: migrate, then start the server exactly as that client would

interface ClientCase {
  dialect: DialectId;
  /** Where the file goes: a user-level path of the client, or a project file. */
  file: (project: string) => string;
  flags?: string[];
  userLevel: boolean;
  /** How the client expands variables in command / args / env, as far as the launcher reference needs. */
  expand: (text: string, env: Record<string, string | undefined>) => string;
  /** The launcher as the file should name it. */
  launcher: string;
  jsonc?: boolean;
}

const noExpansion = (text: string) => text;
/** Claude Code (and Copilot CLI): `${VAR}` and `${VAR:-default}`; unknown names stay as written. */
const braced = (text: string, env: Record<string, string | undefined>) =>
  text.replace(/\$\{([^}]+)\}/g, (match, inner: string) => {
    const [name = '', fallback] = inner.split(':-');
    return env[name] ?? fallback ?? match;
  });
/** Gemini CLI: `$VAR` and `${VAR}` in every string of settings.json; unknown names stay. */
const gemini = (text: string, env: Record<string, string | undefined>) => text.replace(/\$(?:(\w+)|\{([^}]+)\})/g, (match, a?: string, b?: string) => env[a ?? b ?? ''] ?? match);
/** Cursor: `${userHome}`, `${env:NAME}`. */
const cursor = (text: string, env: Record<string, string | undefined>) =>
  text.replace(/\$\{userHome\}/g, env.HOME ?? '').replace(/\$\{env:([^}]+)\}/g, (match, name: string) => env[name] ?? match);

const SHIM = shimPath(HOME);
const CASES: ClientCase[] = [
  { dialect: 'claude-desktop', file: () => join(HOME, '.config', 'Claude', 'claude_desktop_config.json'), userLevel: true, expand: noExpansion, launcher: SHIM },
  { dialect: 'claude-code', file: (p) => join(p, '.mcp.json'), userLevel: false, expand: braced, launcher: '${HOME}/.mcp-warden/bin/mcp-warden' },
  { dialect: 'cursor', file: (p) => join(p, '.cursor', 'mcp.json'), userLevel: false, expand: cursor, launcher: '${userHome}/.mcp-warden/bin/mcp-warden' },
  { dialect: 'windsurf', file: () => join(HOME, '.codeium', 'windsurf', 'mcp_config.json'), userLevel: true, expand: noExpansion, launcher: SHIM },
  { dialect: 'cline', file: () => join(HOME, '.cline', 'data', 'settings', 'cline_mcp_settings.json'), userLevel: true, expand: noExpansion, launcher: SHIM },
  { dialect: 'roo', file: (p) => join(p, '.roo', 'mcp.json'), userLevel: false, expand: noExpansion, launcher: SHIM },
  { dialect: 'gemini', file: (p) => join(p, '.gemini', 'settings.json'), userLevel: false, expand: gemini, launcher: '${HOME}/.mcp-warden/bin/mcp-warden' },
  { dialect: 'zed', file: (p) => join(p, '.zed', 'settings.json'), userLevel: false, expand: noExpansion, launcher: SHIM, jsonc: true },
  { dialect: 'copilot-cli', file: (p) => join(p, '.mcp.json'), flags: ['--dialect', 'copilot-cli'], userLevel: false, expand: braced, launcher: '${HOME}/.mcp-warden/bin/mcp-warden' },
];

function serversKey(dialect: DialectId): string {
  return dialect === 'zed' ? 'context_servers' : dialect === 'vscode' ? 'servers' : 'mcpServers';
}

/** A config with the fixture server: a token in env, an API key in args. */
function configText(dialect: DialectId): string {
  const server: Record<string, unknown> = { command: 'node', args: [FIXTURE_SERVER, `--api-key=${API_KEY}`], env: { GITHUB_TOKEN: TOKEN, PLAIN: 'kept' } };
  if (dialect === 'copilot-cli') Object.assign(server, { type: 'local', tools: ['*'] });
  const text = `${JSON.stringify({ [serversKey(dialect)]: { fixture: server } }, null, 2)}\n`;
  return dialect === 'zed' ? `// Zed settings (JSONC): this comment stays\n${text}` : text;
}

function writeConfig(path: string, text: string): Buffer {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  keptOnPurpose.add(path);
  return Buffer.from(text);
}

function referencedIds(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{keychain:([^}]+)\}/g)].map((m) => m[1] ?? ''))];
}

/** Asserts the file holds no secret and every id it references is in the keychain with one of the original values. */
async function assertMigrated(path: string): Promise<string[]> {
  const text = readFileSync(path, 'utf8');
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${path} still holds a secret`);
  const ids = referencedIds(text);
  assert.equal(ids.length, 2, 'two keychain references');
  const store = new OsSecretStore();
  const values = await Promise.all(ids.map((id) => store.get(id)));
  assert.deepEqual([...values].sort(), [...SECRETS].sort(), 'the keychain holds both values under the referenced ids');
  keptOnPurpose.delete(path);
  captured.push(text);
  return ids;
}

interface ServerSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** The server as the client reads it from the file (JSON / JSONC), its variables expanded. */
function serverAsClientSees(c: ClientCase, path: string, env: Record<string, string | undefined>): ServerSpec {
  const errors: ParseError[] = [];
  const root = parseJsonc(readFileSync(path, 'utf8'), errors, { allowTrailingComma: true, disallowComments: !c.jsonc }) as Record<string, Record<string, { command: string; args?: string[]; env?: Record<string, string> }>>;
  assert.deepEqual(errors, [], 'the migrated file parses as the client parses it');
  const server = root[serversKey(c.dialect)]?.fixture;
  assert.ok(server, 'the server is still there');
  return {
    command: c.expand(server.command, env),
    args: (server.args ?? []).map((arg) => c.expand(arg, env)),
    env: Object.fromEntries(Object.entries(server.env ?? {}).map(([name, value]) => [name, c.expand(value, env)])),
  };
}

/** Starts the server like the client (its env on top of the client's own) and checks both hashes. */
async function assertServerGetsSecrets(spec: ServerSpec): Promise<void> {
  const env = { ...process.env, ...spec.env };
  const token = await callTool({ command: spec.command, args: spec.args, env, tool: 'env_hash', arguments: { name: 'GITHUB_TOKEN' } });
  captured.push(token.text, token.stderr);
  assert.equal(token.isError, false, token.stderr);
  assert.equal(token.text, sha256(TOKEN), 'the server got the token in its env');
  const plain = await callTool({ command: spec.command, args: spec.args, env, tool: 'env_hash', arguments: { name: 'PLAIN' } });
  assert.equal(plain.text, sha256('kept'));
  const args = await callTool({ command: spec.command, args: spec.args, env, tool: 'args_hash' });
  captured.push(args.text, args.stderr);
  assert.equal(args.text, sha256(`--api-key=${API_KEY}`), 'the server got the API key in its args');
}

for (const c of CASES) {
  keychainTest(`${c.dialect}: migrate --yes → no secret in the file, both in the keychain → the server starts as ${c.dialect} starts it and gets both`, async () => {
    await rememberInitialIds();
    const project = workDir(`project-${c.dialect}`);
    const path = c.file(project);
    writeConfig(path, configText(c.dialect));

    const result = await cli(['migrate', path, '--yes', ...(c.flags ?? [])]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, new RegExp(`\\(.*, ${c.userLevel ? 'user-level' : 'project'} config\\):`));
    assert.match(result.stdout, /^Moved 2 secrets to the Secret Service and rewrote /m);
    const ids = await assertMigrated(path);

    const spec = serverAsClientSees(c, path, process.env);
    const raw = serverAsClientSees({ ...c, expand: noExpansion }, path, {});
    assert.equal(raw.command, c.launcher, 'the launcher is named as this kind of file should name it');
    assert.deepEqual(raw.args.slice(0, 4), ['run', '--', 'node', FIXTURE_SERVER]);
    assert.equal(spec.command, SHIM);
    if (c.jsonc) assert.match(readFileSync(path, 'utf8'), /^\/\/ Zed settings \(JSONC\): this comment stays$/m);

    // The shim is in the (temporary) HOME and runs this repository's dist/cli.js.
    const shim = readFileSync(SHIM, 'utf8');
    assert.ok(shim.includes(`cli='${realpathSync(CLI)}'`), 'the shim runs node dist/cli.js');
    assert.ok(statSync(SHIM).mode & 0o100, 'the shim is executable');

    await assertServerGetsSecrets(spec);

    // The secret CLI sees the entries (masked), and a second migrate has nothing to do.
    const get = await cli(['secret', 'get', ids[0] ?? '']);
    assert.equal(get.code, 0);
    const again = await cli(['migrate', path, '--yes', ...(c.flags ?? [])]);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /Nothing to move/);
  });
}

keychainTest('claude-code: the user file ~/.claude.json (servers under projects.<path>) names the shim by absolute path', async () => {
  await rememberInitialIds();
  const path = join(HOME, '.claude.json');
  const server = { command: 'node', args: [FIXTURE_SERVER, `--api-key=${API_KEY}`], env: { GITHUB_TOKEN: TOKEN, PLAIN: 'kept' } };
  writeConfig(path, `${JSON.stringify({ numStartups: 3, projects: { [workDir('p-user')]: { mcpServers: { fixture: server } } } }, null, 2)}\n`);
  const result = await cli(['migrate', path, '--yes']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /Claude Code, user-level config/);
  await assertMigrated(path);
  const root = JSON.parse(readFileSync(path, 'utf8')) as { projects: Record<string, { mcpServers: { fixture: ServerSpec } }> };
  const fixture = Object.values(root.projects)[0]?.mcpServers.fixture;
  assert.ok(fixture);
  assert.equal(fixture.command, SHIM);
  await assertServerGetsSecrets(fixture);
  rmSync(path);
});

// ---------------------------------------------------------------------------------------------
// Crash test: SIGKILL at each step, nothing lost

for (const step of ['stored', 'verified', 'file-written'] as const) {
  keychainTest(`crash (SIGKILL) at "${step}": nothing is lost — the file is untouched or migrated with every value in the keychain`, async () => {
    await rememberInitialIds();
    const store = new OsSecretStore();
    const before = await store.list();
    const dir = workDir(`crash-${step}`);
    const path = join(dir, '.mcp.json');
    const original = writeConfig(path, configText('claude-code'));

    const result = await cli(['migrate', path, '--yes'], { env: { ...process.env, MCP_WARDEN_TEST_CRASH_AT: step } });
    assert.equal(result.signal, 'SIGKILL', `the process died at ${step}: ${result.stderr}`);

    const now = readFileSync(path);
    const leftovers = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    assert.deepEqual(leftovers, [], 'no temporary file left beside the config');
    if (now.equals(original)) {
      // Untouched: the secret is still in the file; anything written to the keychain is only an extra copy.
      assert.notEqual(step, 'file-written', 'after the file was written it must be migrated');
    } else {
      assert.equal(step, 'file-written', 'the file changes only after every entry was stored and verified');
      await assertMigrated(path);
      await assertServerGetsSecrets(serverAsClientSees(CASES[1] as ClientCase, path, process.env));
    }
    const created = (await store.list()).filter((id) => !before.includes(id));
    const expected = { stored: 1, verified: 1, 'file-written': 2 }[step];
    assert.equal(created.length, expected, 'entries written before the crash');

    if (now.equals(original)) {
      // The user simply runs it again: it completes.
      const again = await cli(['migrate', path, '--yes']);
      assert.equal(again.code, 0, again.stderr);
      await assertMigrated(path);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Bad paths: one clear line, exit 1, the file byte-identical, the keychain as before

/** Exit 1, exactly one stderr line matching `message`, file byte-identical, no new keychain entry. */
async function assertRefused(result: Run, path: string, original: Buffer, before: readonly string[], message: RegExp): Promise<void> {
  assert.equal(result.code, 1, result.stdout + result.stderr);
  const lines = result.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line: ${result.stderr}`);
  assert.match(lines[0] ?? '', message);
  assert.ok(readFileSync(path).equals(original), 'the file is byte-identical');
  assert.deepEqual(await new OsSecretStore().list(), before, 'the keychain is as before');
}

keychainTest('keychain absent (no D-Bus session): exit 1, the advice on one line, file byte-identical, nothing in the kernel keyring', async () => {
  await rememberInitialIds();
  const before = await new OsSecretStore().list();
  const path = join(workDir('no-dbus'), '.mcp.json');
  const original = writeConfig(path, configText('claude-code'));
  const result = await cli(['migrate', path, '--yes'], { env: withoutDbus() });
  await assertRefused(result, path, original, before, /^mcp-warden: keychain unavailable: no Secret Service is reachable on the D-Bus session bus .*; nothing was changed$/);
  // The ids of the plan never landed in the kernel keyring either (no silent fallback).
  const ids = [...result.stdout.matchAll(/→ (\S+)$/gm)].map((m) => m[1] ?? '');
  assert.equal(ids.length, 2);
  for (const id of ids) {
    const keyutils = spawnSync(
      process.execPath,
      ['-e', `const { Entry } = require('@napi-rs/keyring'); process.stdout.write(String(new Entry(${JSON.stringify(KEYCHAIN_SERVICE)}, ${JSON.stringify(id)}, { linux: { store: 'keyutils' } }).getPassword()))`],
      { cwd: REPO_ROOT, env: withoutDbus(), encoding: 'utf8' },
    );
    if (keyutils.status === 0) assert.equal(keyutils.stdout, 'null');
  }
});

keychainTest('keychain locked (the login collection locked over D-Bus, no prompt possible): exit 1, one line, file byte-identical', async () => {
  // In a second, private keyring session: a locked keyring cannot be unlocked again without its
  // throwaway password, so the suite's own keyring is never locked.
  const dir = workDir('locked');
  const path = join(dir, '.mcp.json');
  const original = writeConfig(path, configText('claude-code'));
  const script = [
    'dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 90',
    `"$NODE" "$CLI" migrate "$TARGET" --yes >"$OUT/stdout" 2>"$OUT/stderr"; echo $? >"$OUT/code"`,
    `"$NODE" "$CLI" secret ls >"$OUT/ls" 2>/dev/null; echo $? >"$OUT/ls-code"`,
  ].join('\n');
  const nested = await run('bash', ['scripts/with-keychain.sh', 'bash', '-c', script], {
    env: { ...process.env, NODE: process.execPath, CLI, TARGET: path, OUT: dir, DISPLAY: undefined, WAYLAND_DISPLAY: undefined },
    timeoutMs: 60_000,
  });
  assert.equal(nested.code, 0, nested.stderr);
  const stderr = readFileSync(join(dir, 'stderr'), 'utf8');
  captured.push(stderr, readFileSync(join(dir, 'stdout'), 'utf8'));
  assert.equal(readFileSync(join(dir, 'code'), 'utf8').trim(), '1', stderr);
  assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
  assert.match(stderr, /^mcp-warden: keychain unavailable: the (?:Secret Service )?keyring is locked.*; nothing was changed$/m);
  assert.ok(readFileSync(path).equals(original), 'the file is byte-identical');
  // Listing works on a locked collection (it is a search by attribute): no entry was written.
  assert.equal(readFileSync(join(dir, 'ls'), 'utf8'), '', 'no keychain entry was created');
});

keychainTest('read-only file and folder: exit 1, the entries created are deleted again, file byte-identical', async (t) => {
  await rememberInitialIds();
  const before = await new OsSecretStore().list();
  const dir = workDir('read-only');
  const path = join(dir, '.mcp.json');
  const original = writeConfig(path, configText('claude-code'));
  const root = process.getuid?.() === 0;
  let undo: () => void;
  if (!root) {
    spawnSync('chmod', ['444', path]);
    spawnSync('chmod', ['555', dir]);
    undo = () => spawnSync('chmod', ['755', dir]);
  } else if (spawnSync('chattr', ['+i', dir]).status === 0) {
    // Root ignores file modes: an immutable folder (no new file, no rename in it) stops root too.
    undo = () => spawnSync('chattr', ['-i', dir]);
  } else {
    t.skip('running as root without chattr +i support: covered by the injected-EACCES unit test (test/unit/core/migrate/migration.test.ts)');
    return;
  }
  try {
    const result = await cli(['migrate', path, '--yes']);
    await assertRefused(result, path, original, before, /^mcp-warden: cannot write .*\.mcp\.json \((?:EACCES|EPERM): permission denied\); the keychain entries created were deleted again and the file is unchanged$/);
    assert.match(result.stdout, /→ /, 'the plan was shown before');
  } finally {
    undo();
  }
});

keychainTest('malformed JSON: exit 1, one line naming the problem, file byte-identical, keychain untouched', async () => {
  await rememberInitialIds();
  const before = await new OsSecretStore().list();
  const path = join(workDir('malformed'), '.mcp.json');
  const original = writeConfig(path, configText('claude-code').replace(/\}\s*$/, ''));
  const result = await cli(['migrate', path, '--yes']);
  await assertRefused(result, path, original, before, /^mcp-warden: .*\.mcp\.json: The file has syntax errors \(MCP071\); fix them first\. Nothing was changed\.$/);
});

async function inProcess(argv: string[], deps: MigrateDeps): Promise<Run> {
  const output = captureOutput();
  const code = await migrateCommand(argv, { stdout: output.stdout, stderr: output.stderr, cwd: REPO_ROOT, env: process.env }, { cliPath: CLI, ...deps });
  const { stdout, stderr } = output.text();
  inProcessOutput.push(stdout, stderr);
  return { code, signal: null, stdout, stderr };
}

keychainTest('the file changed on disk between the plan and the write: exit 1, the other writer’s text kept, the real entries deleted', async () => {
  await rememberInitialIds();
  const before = await new OsSecretStore().list();
  const path = join(workDir('changed'), '.mcp.json');
  writeConfig(path, configText('claude-code'));
  const edited = configText('claude-code').replace('"PLAIN": "kept"', '"PLAIN": "edited meanwhile"');
  let stored = 0;
  const result = await inProcess([path, '--yes'], {
    hooks: {
      step: async (name) => {
        if (name === 'stored') stored++;
        if (name === 'verified' && stored === 2) writeFileSync(path, edited); // after both entries are in the real keychain
      },
    },
  });
  await assertRefused(result, path, Buffer.from(edited), before, /^mcp-warden: .*\.mcp\.json changed on disk since the plan was made .*run mcp-warden migrate again$/);
});

keychainTest('duplicate id (an entry with the planned id already exists): exit 1, the existing entry untouched, file byte-identical', async () => {
  await rememberInitialIds();
  const store = new OsSecretStore();
  const existing = `fixture.GITHUB_TOKEN.dup${random(6).toLowerCase()}`;
  await store.set(existing, 'the value someone stored before');
  const before = await store.list();
  const path = join(workDir('duplicate'), '.mcp.json');
  const original = writeConfig(path, configText('claude-code'));
  // The API key's id is fresh and is written first; the token's id collides.
  const result = await inProcess([path, '--yes'], { makeId: (server, name) => (name === 'GITHUB_TOKEN' ? existing : `${server}.${name}.${random(8).toLowerCase()}`) });
  await assertRefused(result, path, original, before, new RegExp(`^mcp-warden: A keychain entry named ${existing.replace(/\./g, '\\.')} already exists; nothing was changed\\.$`));
  assert.equal(await store.get(existing), 'the value someone stored before');
  await store.delete(existing);
});

keychainTest('read-back mismatch (the keychain returns something else): exit 1, the real entries deleted again, file byte-identical', async () => {
  await rememberInitialIds();
  const real = new OsSecretStore();
  const before = await real.list();
  const written = new Set<string>();
  const mangling: SecretStore = {
    kind: real.kind,
    get: async (id) => {
      const value = await real.get(id);
      return value !== undefined && written.has(id) ? `${value}\n` : value; // e.g. a newline added by a broken backend
    },
    set: async (id, value) => {
      await real.set(id, value);
      written.add(id);
    },
    delete: (id) => real.delete(id),
    list: () => real.list(),
  };
  const path = join(workDir('mismatch'), '.mcp.json');
  const original = writeConfig(path, configText('claude-code'));
  const result = await inProcess([path, '--yes'], { openStore: () => mangling });
  await assertRefused(result, path, original, before, /^mcp-warden: The keychain returned something else for \S+ than was written; nothing was changed\.$/);
  assert.equal(written.size, 1, 'it stopped at the first mismatch');
});

// ---------------------------------------------------------------------------------------------
// No leak: every output of the suite, every migrated file, every file under the temporary HOME

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

keychainTest('no secret value appears in any output, log or file the migrate/run/secret runs produced', async () => {
  assert.ok(captured.length > 20, 'the suite captured its outputs');
  assertNoSecretIn([...captured, ...inProcessOutput], SECRETS);
  // Every file under the throwaway HOME (migrated configs, the shim, temporary files, logs, the
  // keyring's own encrypted file) except the configs that keep their secret on purpose.
  const files = filesUnder(HOME).filter((file) => !keptOnPurpose.has(file) && statSync(file).size < 16 * 1024 * 1024);
  assert.ok(files.length > 0);
  const leaking = files.filter((file) => {
    const bytes = readFileSync(file);
    return SECRETS.some((secret) => bytes.includes(Buffer.from(secret, 'utf8')));
  });
  assert.deepEqual(leaking, [], 'files holding a secret value');
  // The check can see a secret: the configs kept on purpose do hold one.
  assert.ok([...keptOnPurpose].some((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(TOKEN))), 'the leak check sees the secrets it looks for');
});
