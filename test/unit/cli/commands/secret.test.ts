/** `mcp-warden secret …` over an in-memory store (the real keychain is in test/keychain). */
import { captureOutput } from '../../../capture';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { KeychainUnavailableError, MemorySecretStore, type SecretStore } from '../../../../src/core/keychain/store';
import { secretCommand } from '../../../../src/cli/commands/secret';
import { runCli } from '../../../../src/cli/cli';

// Assembled at run time so no scanner flags this test file itself.
const VALUE = ['glpat', '-', 'Xy7Zq2Wv9Ks4Lm8Np3Rt'].join('');

async function secret(argv: string[], store: SecretStore, input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const output = captureOutput();
  const stdin = Readable.from([Buffer.from(input)]) as unknown as NodeJS.ReadStream; // piped (not a TTY)
  const io = { stdout: output.stdout, stderr: output.stderr, cwd: process.cwd(), env: {} };
  const code = await secretCommand(argv, io, { openStore: () => store, stdin });
  return { code, ...output.text() };
}

test('secret set stores piped stdin (one trailing newline removed) and reads it back', async () => {
  const store = new MemorySecretStore();
  const result = await secret(['set', 'gl.TOKEN.abc'], store, `${VALUE}\r\n`);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, `stored secret "gl.TOKEN.abc" in the memory (${VALUE.length} chars)\n`);
  assert.equal(await store.get('gl.TOKEN.abc'), VALUE);
  assert.ok(!result.stdout.includes(VALUE) && !result.stderr.includes(VALUE));
  assert.match((await secret(['set', 'gl.TOKEN.abc'], store, 'v2')).stdout, /^updated secret/);
});

test('secret get masks unless --reveal; ls lists ids only; rm deletes', async () => {
  const store = new MemorySecretStore({ 'gl.TOKEN.abc': VALUE, 'a.B.c': 'x' });
  const masked = await secret(['get', 'gl.TOKEN.abc'], store);
  assert.equal(masked.stdout, `gl.TOKEN.abc: set (${VALUE.length} chars) — add --reveal to print the value\n`);
  assert.equal((await secret(['get', 'gl.TOKEN.abc', '--reveal'], store)).stdout, `${VALUE}\n`);
  const listed = await secret(['ls'], store);
  assert.equal(listed.stdout, 'a.B.c\ngl.TOKEN.abc\n');
  assert.equal((await secret(['rm', 'a.B.c'], store)).code, 0);
  assert.equal((await secret(['rm', 'a.B.c'], store)).code, 1);
  assert.equal((await secret(['get', 'a.B.c'], store)).code, 1);
});

test('secret: usage errors exit 2 and never echo a value given on the command line', async () => {
  const store = new MemorySecretStore();
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: new Writable({ write: (c: Buffer, _e, cb) => ((out.stdout += c.toString()), cb()) }),
    stderr: new Writable({ write: (c: Buffer, _e, cb) => ((out.stderr += c.toString()), cb()) }),
    cwd: process.cwd(),
    env: {},
  };
  assert.equal(await runCli(['secret', 'set', 'a.B.c', VALUE], io), 2);
  assert.match(out.stderr, /never from the command line/);
  assert.ok(!out.stderr.includes(VALUE));
  assert.equal(await runCli(['secret', 'get'], io), 2);
  assert.equal(await runCli(['secret', 'get', 'a b'], io), 2);
  assert.equal(await runCli(['secret', 'nope'], io), 2);
  assert.equal(await runCli(['secret', 'rm', 'a.B.c', '--reveal'], io), 2);
  assert.equal((await secret(['set', 'a.B.c'], store, '')).code, 1, 'empty input stores nothing');
  assert.deepEqual(await store.list(), []);
});

test('secret: an unavailable keychain is exit 1 with the advice, before any value is read', async () => {
  let read = false;
  const locked: SecretStore = {
    kind: 'Secret Service',
    get: async () => {
      throw new KeychainUnavailableError('locked', 'linux');
    },
    set: async () => assert.fail('set must not be reached'),
    delete: async () => false,
    list: async () => [],
  };
  const stdin = new Readable({ read() { read = true; this.push(null); } }) as unknown as NodeJS.ReadStream;
  let stderr = '';
  const io = { stdout: new Writable({ write: (_c, _e, cb) => cb() }), stderr: new Writable({ write: (c: Buffer, _e, cb) => ((stderr += c.toString()), cb()) }), cwd: '.', env: {} };
  assert.equal(await secretCommand(['set', 'a.B.c'], io, { openStore: () => locked, stdin }), 1);
  assert.match(stderr, /^mcp-warden: keychain unavailable: the Secret Service keyring is locked/);
  assert.equal(read, false);
});
