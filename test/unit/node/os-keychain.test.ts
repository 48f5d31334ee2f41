/** OsSecretStore's wiring and its errors — without touching a real keychain (test/keychain does that). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeychainUnavailableError, type KeychainProblem } from '../../../src/core/keychain/store';
import { OsSecretStore, toKeychainError } from '../../../src/node/os-keychain';

// Assembled at run time so no scanner flags this test file itself.
const VALUE = ['xoxb', '-', '1234567890-', 'AbCdEfGhIjKlMnOp'].join('');

test('toKeychainError: the library messages seen on Linux map to the right problem', () => {
  const cases: Array<[string, KeychainProblem]> = [
    ['Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead', 'no-service'],
    ['zbus error: Failed to connect to address `unix:path=/run/user/0/bus`: No such file or directory (os error 2)', 'no-service'],
    ['No DBus session or Secret Service provider found', 'no-service'],
    ["Couldn't access platform storage: Secret Service: no result found", 'no-keyring'],
    ["Couldn't access platform storage: Secret Service: unlock prompt was dismissed", 'cancelled'],
    ['zbus error: org.freedesktop.Secret.Error.IsLocked: Cannot get secret of a locked object', 'locked'],
    ['Secret Service: object locked', 'locked'],
    ['User interaction is not allowed.', 'locked'],
    ['The user name or passphrase you entered is not correct. errSecAuthFailed', 'locked'],
    ['something else entirely', 'failed'],
  ];
  for (const [message, problem] of cases) assert.equal(toKeychainError(new Error(message), 'linux').problem, problem, message);
});

test('OsSecretStore: the module loads lazily, errors become KeychainUnavailableError, values never appear in them', async () => {
  let loads = 0;
  const store = new OsSecretStore({
    platform: 'linux',
    load: () => {
      loads++;
      return fakeKeyring(`Couldn't access platform storage: rejected ${VALUE} as too long`);
    },
  });
  assert.equal(loads, 0, 'constructing the store loads nothing');
  await assert.rejects(store.set('a.B.c', VALUE), (error: unknown) => {
    assert.ok(error instanceof KeychainUnavailableError);
    assert.ok(!error.message.includes(VALUE), 'the value is cut out of the message');
    assert.match(error.message, /rejected \*\*\* as too long/);
    return true;
  });
  assert.equal(loads, 1);
  await assert.rejects(store.get('a b'), RangeError, 'ids are validated before any keychain call');
});

test('OsSecretStore: a missing native module is a "no-binding" error; list keeps only valid ids', async () => {
  const broken = new OsSecretStore({ platform: 'linux', load: () => { throw new Error('Cannot find module @napi-rs/keyring-linux-x64-gnu'); } });
  await assert.rejects(broken.list(), (error: unknown) => error instanceof KeychainUnavailableError && error.problem === 'no-binding');

  const listing = new OsSecretStore({ platform: 'linux', load: () => fakeKeyring(undefined, ['b.B.b', 'a.A.a', 'not valid', 'b.B.b']) });
  assert.deepEqual(await listing.list(), ['a.A.a', 'b.B.b']);
  assert.equal(listing.kind, 'Secret Service');
  assert.equal(new OsSecretStore({ platform: 'darwin' }).kind, 'macOS Keychain');
  assert.equal(new OsSecretStore({ platform: 'win32' }).kind, 'Windows Credential Manager');
});

test('OsSecretStore pins Linux entries to the Secret Service and uses service "mcp-warden"', async () => {
  const created: unknown[][] = [];
  const keyring = fakeKeyring();
  const Original = keyring.AsyncEntry;
  const store = new OsSecretStore({
    platform: 'linux',
    load: () => ({
      ...keyring,
      AsyncEntry: class extends Original {
        constructor(...args: ConstructorParameters<typeof Original>) {
          super(...args);
          created.push(args);
        }
      },
    }),
  });
  await store.get('x.Y.z');
  assert.deepEqual(created, [['mcp-warden', 'x.Y.z', { linux: { store: 'secret-service' } }]]);
});

/** Just enough of @napi-rs/keyring for the store's wiring. */
function fakeKeyring(failure?: string, accounts: string[] = []): typeof import('@napi-rs/keyring') {
  class AsyncEntry {
    constructor(..._args: unknown[]) {}
    async getPassword(): Promise<string | null> {
      if (failure) throw new Error(failure);
      return null;
    }
    async setPassword(): Promise<void> {
      if (failure) throw new Error(failure);
    }
    async deleteCredential(): Promise<boolean> {
      if (failure) throw new Error(failure);
      return false;
    }
  }
  const module = {
    AsyncEntry,
    findCredentialsAsync: async () => accounts.map((account) => ({ account, password: 'p' })),
  };
  return module as unknown as typeof import('@napi-rs/keyring'); // a partial fake of the native module
}
