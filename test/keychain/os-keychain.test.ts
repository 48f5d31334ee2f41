/**
 * OsSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session).
 * Run: bash scripts/with-keychain.sh node scripts/run-test.mjs test/keychain/*.test.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after } from 'node:test';
import { makeSecretId } from '../../src/core/keychain/store';
import { KEYCHAIN_SERVICE, OsSecretStore } from '../../src/node/os-keychain';
import { assertNoSecretIn, captured, cli, keychainTest, REPO_ROOT, run, withoutDbus } from './helpers';

// Assembled at run time so no scanner flags this file itself.
const VALUE = ['ghp', '_', 'Kc9xT2mQ7vLp4RwZ8sNd3YfB6hJ1gAe5Uo0i'].join('');
const UNICODE_VALUE = `pässwörd-🔑-${'x'.repeat(1500)}`;
const secrets = [VALUE, UNICODE_VALUE];

after(() => assertNoSecretIn(captured, secrets));

keychainTest('set, get, list, overwrite and delete round-trip through the Secret Service', async () => {
  const store = new OsSecretStore();
  assert.equal(store.kind, 'Secret Service');
  const id = makeSecretId('roundtrip', 'GITHUB_TOKEN');
  assert.equal(await store.get(id), undefined);
  await store.set(id, VALUE);
  assert.equal(await store.get(id), VALUE);
  assert.ok((await store.list()).includes(id));
  await store.set(id, UNICODE_VALUE);
  assert.equal(await store.get(id), UNICODE_VALUE, 'overwrite keeps one entry with the new value');
  assert.equal((await store.list()).filter((listed) => listed === id).length, 1);
  assert.equal(await store.delete(id), true);
  assert.equal(await store.get(id), undefined);
  assert.equal(await store.delete(id), false);
  assert.ok(!(await store.list()).includes(id));
});

keychainTest('list() returns only MCP Warden ids: other services and malformed accounts are left out', async (t) => {
  const store = new OsSecretStore();
  const ours = makeSecretId('listing', 'API_KEY');
  await store.set(ours, VALUE);
  const foreign = spawnSync('secret-tool', ['store', '--label=other app', 'service', 'some-other-app', 'username', 'other.id.abc'], { input: 'x' });
  const malformed = spawnSync('secret-tool', ['store', '--label=odd', 'service', KEYCHAIN_SERVICE, 'username', 'not an id'], { input: 'y' });
  if (foreign.error || malformed.error) t.diagnostic('secret-tool not found (Debian package libsecret-tools): foreign entries not created');
  try {
    const ids = await store.list();
    assert.ok(ids.includes(ours));
    assert.ok(!ids.includes('other.id.abc'), 'another service’s entry is not listed');
    assert.ok(!ids.includes('not an id'), 'an account that is no valid id is not listed');
    assert.deepEqual(ids, [...ids].sort(), 'sorted');
  } finally {
    await store.delete(ours);
  }
});

keychainTest('pinned to the Secret Service: without D-Bus, set fails with advice and nothing is stored', async (t) => {
  const id = makeSecretId('pin', 'TOKEN');
  const result = await cli(['secret', 'set', id], { env: withoutDbus(), input: VALUE });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /no Secret Service is reachable on the D-Bus session bus/);
  assert.match(result.stderr, /gnome-keyring-daemon --start --components=secrets/);
  assert.match(result.stderr, /dbus-run-session/);
  assert.match(result.stderr, /never falls back to the kernel keyring/);
  assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');

  // Nor did it land anywhere else: not in the Secret Service, not in the kernel keyring.
  assert.equal(await new OsSecretStore().get(id), undefined);
  const keyutils = spawnSync(
    process.execPath,
    ['-e', `const { Entry } = require('@napi-rs/keyring'); process.stdout.write(String(new Entry(${JSON.stringify(KEYCHAIN_SERVICE)}, ${JSON.stringify(id)}, { linux: { store: 'keyutils' } }).getPassword()))`],
    { cwd: REPO_ROOT, env: withoutDbus(), encoding: 'utf8' },
  );
  if (keyutils.status === 0) assert.equal(keyutils.stdout, 'null', 'the kernel keyring holds nothing for this id');
  else t.diagnostic(`kernel keyring not accessible here (${keyutils.stderr.split('\n').find((l) => l.startsWith('Error')) ?? 'error'}): its check is skipped`);
});

keychainTest('without D-Bus, ls, get and rm fail with the same advice (list never reaches the kernel keyring)', async () => {
  for (const args of [['secret', 'ls'], ['secret', 'get', 'pin.X.abc'], ['secret', 'rm', 'pin.X.abc']]) {
    const result = await cli(args, { env: withoutDbus() });
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, /^mcp-warden: keychain unavailable: no Secret Service is reachable/);
  }
});

keychainTest('a locked keyring is a clear error for secret get and for run, never an empty secret', async () => {
  const id = makeSecretId('locked', 'TOKEN');
  const lock =
    'dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets ' +
    'org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null';
  const script = [
    `printf %s "$VALUE" | node dist/cli.js secret set ${id} >/dev/null`,
    lock,
    `node dist/cli.js secret get ${id} 2>"$OUT/get.err"; echo "get=$?"`,
    `GITHUB_TOKEN='\${keychain:${id}}' FIXTURE_PID_FILE="$OUT/pid" node dist/cli.js run -- node test/fixtures/mcp-server/server.mjs </dev/null 2>"$OUT/run.err"; echo "run=$?"`,
    `cat "$OUT/get.err" "$OUT/run.err" >&2; test -e "$OUT/pid" && echo started || echo not-started`,
  ].join('\n');
  const out = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
  const result = await run('bash', [join(REPO_ROOT, 'scripts', 'with-keychain.sh'), 'bash', '-c', script], {
    env: { ...process.env, VALUE, OUT: out },
    timeoutMs: 30_000,
  });
  assert.match(result.stdout, /^get=1$/m);
  assert.match(result.stdout, /^run=121$/m);
  assert.match(result.stdout, /^not-started$/m, 'the server was not started');
  assert.match(result.stderr, /mcp-warden: keychain unavailable: the keyring is locked and the unlock prompt was dismissed or could not be shown/);
  assert.match(result.stderr, new RegExp(`mcp-warden: cannot read secret "${id.replace(/\./g, '\\.')}": the keyring is locked`));
  spawnSync('rm', ['-rf', out]);
});
