/**
 * `mcpWarden.secret` — the command VS Code runs for a `"type": "command"` input. It returns the
 * keychain value of `{ id }`: only in trusted workspaces; a secret first used by one workspace
 * needs the user's consent once before another may have it; a secret this machine lacks is asked
 * for (password box) and stored. Every release is audited, never with its value.
 *
 * VS Code keeps a command input's result in its input storage in plain text (and shows it as an
 * inlay hint in mcp.json). So after each release the stored copy is cleared again: the keychain
 * stays the only place the secret lives, and a rotated secret reaches the next server start.
 */
import * as vscode from 'vscode';
import { isValidSecretId, type SecretStore } from '../../core/keychain/store';
import { RESOLVER_COMMAND } from '../../core/migrate/migration';
import { type AuditLog, currentWorkspace } from './audit';

const ORIGINS = 'mcpWarden.secretOrigins';
const GRANTS = 'mcpWarden.secretGrants';
/** After VS Code has stored the resolved inputs (it does so right after the command returns). */
const CLEAR_CACHE_DELAY_MS = 750;

export interface ResolverDeps {
  context: vscode.ExtensionContext;
  store: () => Promise<SecretStore>;
  audit: AuditLog;
  /** The `${input:…}` ids that point at a secret id, across the known VS Code configs. */
  inputIdsFor: (secretId: string) => string[];
  /** Called after a missing secret was entered and stored. */
  onStored?: () => void;
}

export function registerResolver(deps: ResolverDeps): vscode.Disposable {
  return vscode.commands.registerCommand(RESOLVER_COMMAND, (args: unknown) => resolveSecret(deps, args));
}

export async function resolveSecret(deps: ResolverDeps, args: unknown): Promise<string> {
  const id = secretIdOf(args);
  if (!id) throw new Error('MCP Warden: the input must pass { "id": "<secret id>" } to mcpWarden.secret.');
  if (!vscode.workspace.isTrusted) {
    await deps.audit.record(id, 'refused', 'untrusted workspace');
    throw new Error(`MCP Warden releases secrets only in trusted workspaces; "${id}" was not released. Trust this folder to start the server.`);
  }
  const workspace = currentWorkspace();
  if (!(await hasConsent(deps.context, id, workspace))) {
    await deps.audit.record(id, 'refused', 'no consent for this workspace');
    throw new Error(`MCP Warden: "${id}" was not released to this workspace (consent refused).`);
  }
  const store = await deps.store();
  let value = await store.get(id);
  if (value === undefined) {
    value = await askForMissingSecret(id);
    if (value === undefined) {
      await deps.audit.record(id, 'refused', 'not in the keychain and not entered');
      throw new Error(`MCP Warden: secret "${id}" is not in the keychain on this machine and none was entered.`);
    }
    await store.set(id, value);
    if ((await store.get(id)) !== value) throw new Error(`MCP Warden: the keychain did not keep "${id}"; try again.`);
    await deps.audit.record(id, 'stored', 'entered on first use');
    deps.onStored?.();
  }
  await rememberOrigin(deps.context, id, workspace);
  await deps.audit.record(id, 'granted');
  scheduleCacheClear(deps.inputIdsFor(id));
  return value;
}

function secretIdOf(args: unknown): string | undefined {
  const id = typeof args === 'string' ? args : typeof args === 'object' && args !== null ? (args as { id?: unknown }).id : undefined;
  return typeof id === 'string' && isValidSecretId(id) ? id : undefined;
}

async function askForMissingSecret(id: string): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: 'MCP Warden: secret needed',
    prompt: `This machine has no value for "${id}" yet. Enter it once; it is kept in the OS keychain, not in any file.`,
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() === '' ? 'The secret cannot be empty.' : undefined),
  });
  return value === undefined || value === '' ? undefined : value;
}

/** The first workspace to use a secret owns it; any other needs a yes once, remembered. */
async function hasConsent(context: vscode.ExtensionContext, id: string, workspace: string): Promise<boolean> {
  const origin = context.globalState.get<Record<string, string>>(ORIGINS, {})[id];
  if (!origin || origin === workspace) return true;
  const grants = context.globalState.get<Record<string, string[]>>(GRANTS, {});
  if (grants[id]?.includes(workspace)) return true;
  const allow = 'Allow and Remember';
  const answer = await vscode.window.showWarningMessage(
    `A secret created for another workspace is requested here.`,
    { modal: true, detail: `Secret: ${id}\nCreated for: ${describe(origin)}\nRequested by: ${describe(workspace)}\n\nAllow this workspace's MCP servers to receive it?` },
    allow,
  );
  if (answer !== allow) return false;
  await context.globalState.update(GRANTS, { ...grants, [id]: [...(grants[id] ?? []), workspace] });
  return true;
}

async function rememberOrigin(context: vscode.ExtensionContext, id: string, workspace: string): Promise<void> {
  const origins = context.globalState.get<Record<string, string>>(ORIGINS, {});
  if (!origins[id]) await context.globalState.update(ORIGINS, { ...origins, [id]: workspace });
}

/** Records the workspace a secret was created for (at migration time). */
export async function setOrigin(context: vscode.ExtensionContext, id: string): Promise<void> {
  await rememberOrigin(context, id, currentWorkspace());
}

function describe(workspace: string): string {
  try {
    return vscode.Uri.parse(workspace).fsPath || workspace;
  } catch {
    return workspace;
  }
}

/** Drops VS Code's plain-text copy of the resolved input (workspace and profile scopes). */
function scheduleCacheClear(inputIds: readonly string[]): void {
  if (inputIds.length === 0) return;
  setTimeout(() => void clearCachedInputs(inputIds), CLEAR_CACHE_DELAY_MS);
}

export async function clearCachedInputs(inputIds: readonly string[]): Promise<void> {
  for (const inputId of inputIds) {
    for (const scope of [1, 0]) {
      await Promise.resolve(vscode.commands.executeCommand('workbench.mcp.removeStoredInput', scope, `\${input:${inputId}}`)).catch(() => undefined);
    }
  }
}
