/**
 * The secret store the extension uses: the OS keychain (shared with the `mcp-warden run`
 * launcher), or VS Code's SecretStorage where no OS keychain exists (remote, web). The setting
 * `mcpWarden.secretStore` chooses: `auto` (OS keychain when it answers), `os`, `vscode`.
 */
import type * as vscode from 'vscode';
import { KeychainUnavailableError, type SecretStore } from '../../core/keychain/store';
import { openOsStore } from '../../node/keychain-store';

export type StoreSetting = 'auto' | 'os' | 'vscode';

/** VS Code's SecretStorage, with an index of ids (SecretStorage cannot list its keys). */
export class VscodeSecretStore implements SecretStore {
  readonly kind = 'VS Code secret storage';
  private static readonly PREFIX = 'mcpWarden.secret:';
  private static readonly INDEX = 'mcpWarden.secretIds';

  constructor(private readonly context: vscode.ExtensionContext) {}

  async get(id: string): Promise<string | undefined> {
    return (await this.context.secrets.get(VscodeSecretStore.PREFIX + id)) ?? undefined;
  }

  async set(id: string, value: string): Promise<void> {
    await this.context.secrets.store(VscodeSecretStore.PREFIX + id, value);
    const ids = new Set(this.ids());
    ids.add(id);
    await this.context.globalState.update(VscodeSecretStore.INDEX, [...ids].sort());
  }

  async delete(id: string): Promise<boolean> {
    const existed = (await this.get(id)) !== undefined;
    await this.context.secrets.delete(VscodeSecretStore.PREFIX + id);
    await this.context.globalState.update(VscodeSecretStore.INDEX, this.ids().filter((known) => known !== id));
    return existed;
  }

  async list(): Promise<string[]> {
    return this.ids();
  }

  private ids(): string[] {
    return this.context.globalState.get<string[]>(VscodeSecretStore.INDEX, []);
  }
}

export interface ChosenStore {
  store: SecretStore;
  /** True for the OS keychain: the launcher (other clients) can read it too. */
  isOsKeychain: boolean;
}

/**
 * Picks the store per the setting. `auto` probes the OS keychain once (a `list()`); when it does
 * not answer, VS Code's store is used and the reason is logged (never a value).
 */
export async function chooseStore(context: vscode.ExtensionContext, setting: StoreSetting, log: vscode.LogOutputChannel): Promise<ChosenStore> {
  // A browser extension host cannot load a native module; a Node one (desktop, remote, the VS
  // Code server) can try the OS keychain of the machine it runs on.
  if (setting === 'vscode' || !runsOnNode()) return { store: new VscodeSecretStore(context), isOsKeychain: false };
  const os = openOsStore();
  if (setting === 'os') return { store: os, isOsKeychain: true };
  try {
    await os.list();
    return { store: os, isOsKeychain: true };
  } catch (error) {
    const reason = error instanceof KeychainUnavailableError ? error.message : String(error);
    log.warn(`OS keychain unavailable, using VS Code's secret storage (VS Code configs only): ${reason}`);
    return { store: new VscodeSecretStore(context), isOsKeychain: false };
  }
}

export function runsOnNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}
