/**
 * Where secrets live once they leave a config file: the `SecretStore` contract, an in-memory
 * store for tests, the error every store raises when its keychain cannot be used, and secret ids.
 *
 * The OS keychain implementation is `src/node/os-keychain.ts` (it loads a native module, lazily).
 * Nothing here ever puts a secret value into a message.
 */
import { randomInt } from 'node:crypto';

export interface SecretStore {
  /** The value stored under `id`, or `undefined` when there is none. */
  get(id: string): Promise<string | undefined>;
  /** Stores (or replaces) the value under `id`. */
  set(id: string, value: string): Promise<void>;
  /** Removes `id`; `false` when there was nothing to remove. */
  delete(id: string): Promise<boolean>;
  /** The ids of every secret this store holds for MCP Warden (never the values), sorted. */
  list(): Promise<string[]>;
  /** A short human name of the backing store, e.g. `Secret Service`, `memory`. */
  readonly kind: string;
}

/** A store that lives and dies with the process: unit tests, dry runs. */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory';
  private readonly values = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [id, value] of Object.entries(initial)) this.values.set(id, value);
  }

  async get(id: string): Promise<string | undefined> {
    return this.values.get(id);
  }

  async set(id: string, value: string): Promise<void> {
    assertValidSecretId(id);
    this.values.set(id, value);
  }

  async delete(id: string): Promise<boolean> {
    return this.values.delete(id);
  }

  async list(): Promise<string[]> {
    return [...this.values.keys()].sort();
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * Why a keychain cannot be used:
 * - `no-service`   nothing answers (no D-Bus session, no Secret Service provider, no Credential Manager)
 * - `no-keyring`   the service runs but has no default keyring (collection) to write to
 * - `locked`       the keyring is locked and could not be unlocked without a prompt
 * - `cancelled`    an unlock or access prompt was dismissed (or could not be shown)
 * - `no-binding`   the native keychain module could not be loaded on this platform
 * - `failed`       anything else the platform reported
 */
export type KeychainProblem = 'no-service' | 'no-keyring' | 'locked' | 'cancelled' | 'no-binding' | 'failed';

export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError';

  constructor(
    readonly problem: KeychainProblem,
    readonly platform: NodeJS.Platform = process.platform,
    /** The platform's own words, already free of secret values; shown after the advice. */
    readonly detail?: string,
  ) {
    super(keychainAdvice(problem, platform, detail));
  }
}

/** One actionable paragraph: what is missing and how to get it going. Never holds a secret. */
export function keychainAdvice(problem: KeychainProblem, platform: NodeJS.Platform, detail?: string): string {
  const advice = ADVICE[problem](platform);
  return detail ? `${advice} (${detail})` : advice;
}

const LINUX_START =
  'Start one — e.g. `gnome-keyring-daemon --start --components=secrets` inside your desktop session, or enable ' +
  'KeePassXC\'s "Secret Service integration" — and make sure DBUS_SESSION_BUS_ADDRESS is set (over SSH or in a ' +
  'container, run inside `dbus-run-session`). MCP Warden never falls back to the kernel keyring, which forgets everything on reboot.';

const ADVICE: Record<KeychainProblem, (platform: NodeJS.Platform) => string> = {
  'no-service': (platform) => {
    if (platform === 'darwin') return 'the macOS Keychain is not reachable (no login keychain, or running without a user session, e.g. over SSH as another user). Log in to the Mac\'s desktop session, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`.';
    if (platform === 'win32') return 'the Windows Credential Manager is not reachable from this session (service accounts and some remote sessions have none). Run as a normal logged-in user, and check that the "Credential Manager" service (VaultSvc) is running.';
    return `no Secret Service is reachable on the D-Bus session bus (org.freedesktop.secrets, provided by gnome-keyring, KWallet or KeePassXC). ${LINUX_START}`;
  },
  'no-keyring': (platform) =>
    platform === 'linux' || platform === 'freebsd'
      ? 'the Secret Service has no default keyring to store secrets in. Create one (e.g. a "login" keyring in Seahorse / "Passwords and Keys", or a database in KeePassXC exposed over Secret Service) and unlock it.'
      : 'the keychain has no default keyring to store secrets in. Create or restore your login keychain.',
  locked: (platform) => {
    if (platform === 'darwin') return 'the macOS login keychain is locked. Unlock it with `security unlock-keychain` or in Keychain Access, then try again.';
    if (platform === 'win32') return 'the Windows Credential Manager refused access (the profile may be locked). Log in interactively, then try again.';
    return 'the Secret Service keyring is locked. Unlock it (log in to the desktop, open Seahorse / "Passwords and Keys" and unlock the login keyring, or unlock the KeePassXC database), then try again; from a script: `echo -n PASSWORD | gnome-keyring-daemon --unlock --replace --components=secrets`.';
  },
  cancelled: (platform) =>
    platform === 'linux' || platform === 'freebsd'
      ? 'the keyring is locked and the unlock prompt was dismissed or could not be shown (no graphical session). Unlock the keyring first (Seahorse, KeePassXC, or `gnome-keyring-daemon --unlock` with the password on stdin), then try again.'
      : 'the keychain access prompt was cancelled. Try again and allow access.',
  'no-binding': (platform) => `the native keychain module (@napi-rs/keyring) could not be loaded for ${platform}-${process.arch}. Reinstall MCP Warden (the package ships prebuilt binaries for common platforms).`,
  failed: () => 'the keychain reported an error.',
};

// ---------------------------------------------------------------------------------------------
// Secret ids

/** What a secret id may be: safe inside `${keychain:…}`, VS Code input args, and as a keychain account. */
const SECRET_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SUFFIX_LENGTH = 8;
const PART_MAX = 48;

export function isValidSecretId(id: string): boolean {
  return SECRET_ID.test(id) && !id.includes('..');
}

export function assertValidSecretId(id: string): void {
  if (!isValidSecretId(id)) throw new RangeError(`invalid secret id "${id.slice(0, 140)}": use letters, digits, "_", "-" and "." (up to 128 characters)`);
}

/**
 * A readable, unguessable id: `<server>.<VARIABLE>.<random>`, e.g. `github.GITHUB_TOKEN.k3f9qa2m`.
 * The random part (8 characters, ~41 bits) keeps a config from naming another project's secret
 * by guessing its id.
 */
export function makeSecretId(serverName: string, varName: string): string {
  return `${idPart(serverName, 'server')}.${idPart(varName, 'secret')}.${randomSuffix()}`;
}

/** Letters, digits, `_` and `-` only; runs of anything else become one `-`. */
function idPart(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: é -> e
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-]+|[-]+$/g, '')
    .slice(0, PART_MAX)
    .replace(/-+$/, '');
  return cleaned || fallback;
}

function randomSuffix(): string {
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return suffix;
}
