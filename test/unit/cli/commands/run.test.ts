/** The launcher's logic without a keychain or a server: substitution, lookups, masking, Windows spawning. */
import { captureOutput } from '../../../capture';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeychainUnavailableError, MemorySecretStore, type SecretStore } from '../../../../src/core/keychain/store';
import { maskSecrets, SecretMasker } from '../../../../src/node/secret-mask';
import { runCli } from '../../../../src/cli/cli';
import { LaunchError, resolveLaunch, RUN_EXIT, runCommand, substituteKeychainRefs } from '../../../../src/cli/commands/run';
import { escapeCmdArgument, resolveOnWindowsPath, windowsSpawnTarget } from '../../../../src/node/spawn-command';

// Assembled at run time so no scanner flags this test file itself.
const TOKEN = ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('');
const KEY = ['sk', '-', 'proj-', 'Zz9Yy8Xx7Ww6Vv5Uu4'].join('');

class CountingStore extends MemorySecretStore {
  readonly reads: string[] = [];
  override async get(id: string): Promise<string | undefined> {
    this.reads.push(id);
    return super.get(id);
  }
}

const ref = (id: string) => `\${keychain:${id}}`;

test('substituteKeychainRefs replaces every reference, inside longer strings too', () => {
  const values = new Map([
    ['a.B.x1', TOKEN],
    ['k.K.y2', KEY],
  ]);
  assert.equal(substituteKeychainRefs(ref('a.B.x1'), values), TOKEN);
  assert.equal(substituteKeychainRefs(`Bearer ${ref('a.B.x1')}`, values), `Bearer ${TOKEN}`);
  assert.equal(substituteKeychainRefs(`https://u:${ref('k.K.y2')}@h/p?t=${ref('a.B.x1')}`, values), `https://u:${KEY}@h/p?t=${TOKEN}`);
  assert.equal(substituteKeychainRefs('${env:HOME} ${input:x} $keychain:a.B.x1 plain', values), '${env:HOME} ${input:x} $keychain:a.B.x1 plain');
  assert.equal(substituteKeychainRefs(ref('unknown.id.zz'), values), ref('unknown.id.zz'), 'ids without a value stay as they are');
});

test('resolveLaunch fills env values and args, looks each distinct id up once, keeps the command literal', async () => {
  const store = new CountingStore({ 'gh.TOKEN.abc': TOKEN, 'oa.KEY.def': KEY });
  const plan = await resolveLaunch(
    'npx',
    ['-y', 'server', `--key=${ref('oa.KEY.def')}`, ref('gh.TOKEN.abc')],
    { GITHUB_TOKEN: ref('gh.TOKEN.abc'), AUTH: `Bearer ${ref('gh.TOKEN.abc')}`, PATH: '/usr/bin', UNSET: undefined },
    () => store,
  );
  assert.equal(plan.command, 'npx');
  assert.deepEqual(plan.args, ['-y', 'server', `--key=${KEY}`, TOKEN]);
  assert.deepEqual(plan.env, { GITHUB_TOKEN: TOKEN, AUTH: `Bearer ${TOKEN}`, PATH: '/usr/bin' });
  assert.deepEqual(store.reads.sort(), ['gh.TOKEN.abc', 'oa.KEY.def']);
  assert.deepEqual(plan.secrets.sort(), [KEY, TOKEN].sort());
});

test('without references the store is never opened (no native module on a plain launch)', async () => {
  const plan = await resolveLaunch('node', ['server.js'], { A: '1' }, () => assert.fail('store opened'));
  assert.deepEqual(plan, { command: 'node', args: ['server.js'], env: { A: '1' }, secrets: [] });
});

test('a missing or empty secret is a LaunchError 120 naming the id and the fix', async () => {
  const store = new MemorySecretStore({ 'e.EMPTY.zz': '' });
  await assert.rejects(resolveLaunch('srv', [], { T: ref('no.SUCH.id') }, () => store), (error: unknown) => {
    assert.ok(error instanceof LaunchError);
    assert.equal(error.exitCode, RUN_EXIT.secretMissing);
    assert.equal(error.message, 'secret "no.SUCH.id" is not in the keychain — set it with: mcp-warden secret set no.SUCH.id');
    return true;
  });
  await assert.rejects(resolveLaunch('srv', [ref('e.EMPTY.zz')], {}, () => store), /secret "e.EMPTY.zz" is empty in the keychain/);
});

test('an unavailable keychain is a LaunchError 121 carrying the advice', async () => {
  const locked: SecretStore = {
    kind: 'Secret Service',
    get: async () => {
      throw new KeychainUnavailableError('locked', 'linux');
    },
    set: async () => undefined,
    delete: async () => false,
    list: async () => [],
  };
  await assert.rejects(resolveLaunch('srv', [], { T: ref('a.B.c') }, () => locked), (error: unknown) => {
    assert.ok(error instanceof LaunchError);
    assert.equal(error.exitCode, RUN_EXIT.keychainUnavailable);
    assert.match(error.message, /^cannot read secret "a\.B\.c": the Secret Service keyring is locked\. Unlock it/);
    assert.ok(!error.message.includes('\n'), 'one line');
    return true;
  });
});

test('an invalid id in a reference is a LaunchError 122 that says where, without the rest of the value', async () => {
  await assert.rejects(resolveLaunch('srv', ['ok', `x${ref('bad$id')}`], {}, () => new MemorySecretStore()), (error: unknown) => {
    assert.ok(error instanceof LaunchError);
    assert.equal(error.exitCode, RUN_EXIT.badReference);
    assert.match(error.message, /"\$\{keychain:bad\$id\}" in argument 2/);
    return true;
  });
});

test('run: usage errors exit 2; --help prints the exit codes; a missing secret prints one line', async () => {
  const out = capture();
  assert.equal(await runCli(['run'], out.io), 2);
  assert.equal(await runCli(['run', 'node', 'x'], out.io), 2);
  assert.equal(await runCli(['run', '--'], out.io), 2);
  assert.equal(await runCli(['run', '--help'], out.io), 0);
  assert.match(out.stdout(), /120 {2}a referenced secret is not in the keychain/);
  const missing = capture({ TOKEN: ref('gone.TOKEN.x') });
  const code = await runCommand(['--', 'node', '-e', '0'], missing.io, { openStore: () => new MemorySecretStore() });
  assert.equal(code, 120);
  assert.equal(missing.stderr(), 'mcp-warden: secret "gone.TOKEN.x" is not in the keychain — set it with: mcp-warden secret set gone.TOKEN.x\n');
});

// ---------------------------------------------------------------------------------------------
// Masking

function maskStream(secrets: string[], chunks: Array<string | Buffer>): string {
  const masker = new SecretMasker(secrets);
  const parts = chunks.map((chunk) => masker.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  parts.push(masker.end());
  return Buffer.concat(parts).toString('utf8');
}

test('masker: whole secrets in one chunk, several per line, several secrets', () => {
  assert.equal(maskStream([TOKEN], [`token=${TOKEN}\n`]), 'token=***\n');
  assert.equal(maskStream([TOKEN, KEY], [`${TOKEN}:${KEY}:${TOKEN}\n`]), '***:***:***\n');
  assert.equal(maskStream([], ['nothing to hide\n']), 'nothing to hide\n');
  assert.equal(maskStream([TOKEN], ['no secret here\n', 'ghp_ but not all\n']), 'no secret here\nghp_ but not all\n');
});

test('masker: a secret split at every possible chunk boundary is still masked', () => {
  const text = `start ${TOKEN} middle ${KEY} end\n`;
  for (let cut = 0; cut <= text.length; cut++) {
    assert.equal(maskStream([TOKEN, KEY], [text.slice(0, cut), text.slice(cut)]), 'start *** middle *** end\n', `cut at ${cut}`);
  }
  // One byte at a time, multi-byte characters split inside their UTF-8 encoding too.
  const unicode = 'pässwörd-🔑';
  const bytes = Buffer.from(`[${unicode}]`);
  assert.equal(maskStream([unicode], [...bytes].map((byte) => Buffer.from([byte]))), '[***]');
});

test('masker: releases text as soon as it cannot be part of a secret (no waiting for a newline)', () => {
  const masker = new SecretMasker([TOKEN]);
  assert.equal(masker.push(Buffer.from('listening on stdio')).toString(), 'listening on stdio');
  assert.equal(masker.push(Buffer.from('auth: ghp_A1')).toString(), 'auth: ', 'a possible secret prefix is held back');
  assert.equal(masker.push(Buffer.from('X')).toString(), 'ghp_A1X', 'and released once it cannot be one');
  assert.equal(masker.push(Buffer.from(`${TOKEN.slice(0, 10)}`)).toString(), '');
  assert.equal(masker.end().toString(), TOKEN.slice(0, 10), 'at the end, a partial prefix (not the secret) goes out');
});

test('masker: overlapping and nested secrets — the longest at the leftmost position wins', () => {
  assert.equal(maskStream(['abc', 'abcdef'], ['xxabcdefyy']), 'xx***yy');
  assert.equal(maskStream(['aa'], ['aaaaa']), '******a');
  assert.equal(maskSecrets(`a ${TOKEN} b ${KEY}`, [KEY, TOKEN]), 'a *** b ***');
});

// ---------------------------------------------------------------------------------------------
// Windows: .cmd shims through cmd.exe, escaped

test('windows: PATH and PATHEXT resolve npx to npx.cmd, run through cmd.exe with every word quoted', () => {
  const files = new Set(['C:\\Program Files\\nodejs\\npx.cmd', 'C:\\Tools\\server.exe']);
  const env = { Path: 'C:\\Windows;"C:\\Program Files\\nodejs";C:\\Tools', PATHEXT: '.COM;.EXE;.BAT;.CMD', ComSpec: 'C:\\Windows\\system32\\cmd.exe' };
  assert.equal(resolveOnWindowsPath('npx', env, (p) => files.has(p)), 'C:\\Program Files\\nodejs\\npx.cmd');
  const target = windowsSpawnTarget('npx', ['-y', '@scope/server', `--token=${TOKEN}`, 'a&b|c "q"'], env, (p) => files.has(p));
  assert.equal(target.file, 'C:\\Windows\\system32\\cmd.exe');
  assert.equal(target.windowsVerbatimArguments, true);
  assert.deepEqual(target.args.slice(0, 3), ['/d', '/s', '/c']);
  assert.equal(
    target.args[3],
    `"C:\\Program^ Files\\nodejs\\npx.cmd ^"-y^" ^"@scope/server^" ^"--token=${TOKEN}^" ^"a^&b^|c^ \\^"q\\^"^""`,
  );
  const exe = windowsSpawnTarget('server', ['x y'], env, (p) => files.has(p));
  assert.deepEqual(exe, { file: 'C:\\Tools\\server.exe', args: ['x y'], windowsVerbatimArguments: false });
  assert.equal(windowsSpawnTarget('missing', [], env, () => false).file, 'missing', 'unresolved: spawn reports ENOENT');
});

test('windows: npm .bin shims get their metacharacters escaped twice; backslashes before quotes doubled', () => {
  assert.equal(escapeCmdArgument('a"b', false), '^"a\\^"b^"');
  assert.equal(escapeCmdArgument('dir\\', false), '^"dir\\\\^"');
  assert.equal(escapeCmdArgument('x&y', true), '^^^"x^^^&y^^^"');
  const target = windowsSpawnTarget('C:\\p\\node_modules\\.bin\\srv', ['a&b'], { PATHEXT: '.CMD' }, (p) => p.endsWith('srv.cmd'));
  assert.match(target.args[3] ?? '', /\^\^\^&/);
});

function capture(env: Record<string, string> = {}) {
  const output = captureOutput();
  return {
    io: { stdout: output.stdout, stderr: output.stderr, cwd: process.cwd(), env },
    stdout: () => output.text().stdout,
    stderr: () => output.text().stderr,
  };
}
