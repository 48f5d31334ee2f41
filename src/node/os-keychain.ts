/**
 * The OS keychain as a `SecretStore`, over `@napi-rs/keyring`: macOS Keychain, Windows Credential
 * Manager, the Linux Secret Service. Service `mcp-warden`, account = the secret id.
 *
 * - The native module is loaded at first use, so commands that never touch a secret never load it.
 * - On Linux every entry is pinned to the Secret Service: the library's silent fallback to the
 *   kernel keyring (which forgets on reboot) is never used. No Secret Service = an error.
 * - `list()` uses `findCredentials`, which on Linux searches the Secret Service directly by the
 *   `service` attribute (it has no kernel-keyring path), on macOS the Keychain by service, on
 *   Windows the Credential Manager by `*.mcp-warden`. It returns the values too; we keep the ids only.
 * - Every library error becomes a `KeychainUnavailableError` with advice; no value is ever in it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertValidSecretId, isValidSecretId, KeychainUnavailableError, type KeychainProblem, type SecretStore } from '../core/keychain/store';
import { errorText, oneLineErrorText } from '../core/errors';

export const KEYCHAIN_SERVICE = 'mcp-warden';

type KeyringModule = typeof import('@napi-rs/keyring');
type AsyncEntry = import('@napi-rs/keyring').AsyncEntry;

/** Pin to the Secret Service on Linux (ignored elsewhere). */
const ENTRY_OPTIONS = { linux: { store: 'secret-service' } } as const;

export interface OsSecretStoreOptions {
  /** Keychain service name; tests use their own so they never touch real entries. */
  service?: string;
  platform?: NodeJS.Platform;
  /** Loads the native module (injectable for tests). */
  load?: () => KeyringModule;
}

export class OsSecretStore implements SecretStore {
  readonly kind: string;
  private readonly service: string;
  private readonly platform: NodeJS.Platform;
  private readonly load: () => KeyringModule;
  private module: KeyringModule | undefined;

  constructor(options: OsSecretStoreOptions = {}) {
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.platform = options.platform ?? process.platform;
    this.load = options.load ?? loadKeyring;
    this.kind = storeName(this.platform);
  }

  async get(id: string): Promise<string | undefined> {
    assertValidSecretId(id);
    const value = await this.call(() => this.entry(id).getPassword());
    return value ?? undefined;
  }

  async set(id: string, value: string): Promise<void> {
    assertValidSecretId(id);
    await this.call(() => this.entry(id).setPassword(value), value);
  }

  async delete(id: string): Promise<boolean> {
    assertValidSecretId(id);
    return this.call(() => this.entry(id).deleteCredential());
  }

  async list(): Promise<string[]> {
    const keyring = this.keyring();
    const credentials = await this.call(() => keyring.findCredentialsAsync(this.service));
    const ids = credentials.map((credential) => credential.account).filter(isValidSecretId);
    return [...new Set(ids)].sort();
  }

  private keyring(): KeyringModule {
    if (!this.module) {
      try {
        this.module = this.load();
      } catch (error) {
        throw new KeychainUnavailableError('no-binding', this.platform, keychainErrorText(error));
      }
    }
    return this.module;
  }

  private entry(id: string): AsyncEntry {
    const { AsyncEntry } = this.keyring();
    return new AsyncEntry(this.service, id, ENTRY_OPTIONS);
  }

  /** Runs a keychain call; any failure (sync or async) becomes a `KeychainUnavailableError`. */
  private async call<T>(operation: () => Promise<T>, value?: string): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof KeychainUnavailableError) throw error;
      throw toKeychainError(error, this.platform, value);
    }
  }
}

function loadKeyring(): KeyringModule {
  // Lazy on purpose: only commands that use a secret pay for the native module. The VSIX ships
  // no node_modules: its copy of the binding sits beside the bundle, in dist/keyring/.
  const bundled = join(__dirname, 'keyring', 'index.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundled binding, by path
  if (existsSync(bundled)) return require(bundled) as KeyringModule;
  return require('@napi-rs/keyring') as KeyringModule;
}

function storeName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS Keychain';
  if (platform === 'win32') return 'Windows Credential Manager';
  return 'Secret Service';
}

/** Maps the library's messages (keyring-core, dbus-secret-service, zbus, Security.framework, Win32). */
const PROBLEMS: ReadonlyArray<[RegExp, KeychainProblem]> = [
  [/prompt (?:was )?dismissed|user cancel+ed|errSecUserCanceled|canceled by user/i, 'cancelled'],
  [/\block(?:ed)?\b|IsLocked|interaction is not allowed|errSecInteractionNotAllowed|errSecAuthFailed/i, 'locked'],
  [/Secret Service: no result found|no default collection|NoDefaultStore|errSecNoDefaultKeychain/i, 'no-keyring'],
  [
    /no secret service|No DBus session|DBus error|D-Bus error|zbus error|Failed to connect|autolaunch|ServiceUnknown|org\.freedesktop\.DBus\.Error|errSecNoSuchKeychain|ERROR_NO_SUCH_LOGON_SESSION|no such logon session/i,
    'no-service',
  ],
];

export function toKeychainError(error: unknown, platform: NodeJS.Platform, value?: string): KeychainUnavailableError {
  const text = keychainErrorText(error, value);
  const problem = PROBLEMS.find(([pattern]) => pattern.test(text))?.[1] ?? 'failed';
  return new KeychainUnavailableError(problem, platform, text);
}

/** The library's message, one line, bounded, with the value being written cut out if present. */
function keychainErrorText(error: unknown, value?: string): string {
  const text = errorText(error);
  return oneLineErrorText(value ? text.split(value).join('***') : text);
}
