/**
 * The secrets feature: the store (OS keychain or VS Code's), the resolver VS Code calls for
 * `command` inputs, moving secrets out of configs, managing them, the Secrets view, the audit
 * log, and the per-user launcher shim. Set up after the diagnostics, off the activation path.
 */
import * as vscode from 'vscode';
import { homedir } from 'node:os';
import type { SecretStore } from '../../core/keychain/store';
import { installShim } from '../../node/shim';
import type { WardenCodeActions } from '../code-actions';
import type { DiagnosticsController } from '../diagnostics';
import { AuditLog } from './audit';
import { registerMigrateCommands, secretActions } from './migrate-commands';
import { registerResolver } from './resolver';
import { registerSecretCommands } from './secret-commands';
import { SecretsView } from './secrets-view';
import { chooseStore, runsOnNode, type ChosenStore, type StoreSetting } from './store';
import { errorText } from '../../core/errors';

export interface SecretsApi {
  view: SecretsView;
  audit: AuditLog;
  store(): Promise<ChosenStore>;
}

export function activateSecrets(context: vscode.ExtensionContext, diagnostics: DiagnosticsController, codeActions: WardenCodeActions, log: vscode.LogOutputChannel): SecretsApi {
  let chosen: Promise<ChosenStore> | undefined;
  const store = (): Promise<ChosenStore> => {
    const setting = vscode.workspace.getConfiguration('mcpWarden').get<StoreSetting>('secretStore', 'auto');
    chosen ??= chooseStore(context, setting, log);
    return chosen;
  };
  const plainStore = async (): Promise<SecretStore> => (await store()).store;
  const audit = new AuditLog(context.globalStorageUri, log);
  const view = new SecretsView(diagnostics, plainStore, log);
  view.onIds = (ids) => diagnostics.setKeychainIds(ids);

  context.subscriptions.push(
    view,
    vscode.window.createTreeView('mcpWarden.secrets', { treeDataProvider: view }),
    registerResolver({ context, store: plainStore, audit, inputIdsFor: (id) => view.inputIdsFor(id), onStored: () => view.refresh(true) }),
    ...registerMigrateCommands({ context, diagnostics, store, audit, log }),
    ...registerSecretCommands({ store: plainStore, audit, view }),
    codeActions.addProvider(secretActions),
    diagnostics.onDidChangeResults(() => view.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('mcpWarden.secretStore')) {
        chosen = undefined;
        view.refresh(true);
      }
    }),
  );
  view.refresh(true);
  void refreshShim(context, log);
  return { view, audit, store };
}

/**
 * Keeps `~/.mcp-warden/bin/mcp-warden` pointing at this extension's bundled CLI, run by `node`
 * when there is one on PATH and by VS Code's own runtime otherwise. Only where the extension host
 * runs on the user's machine (or the remote the configs live on) — never in the browser.
 */
async function refreshShim(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<void> {
  if (!runsOnNode()) return;
  try {
    const cliPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
    const { path, changed } = await installShim(homedir(), { cliPath, fallbackRuntime: process.execPath });
    if (changed) log.info(`Launcher shim ${path} now runs ${cliPath}`);
  } catch (error) {
    log.warn(`Could not refresh the launcher shim: ${errorText(error)}`);
  }
}
