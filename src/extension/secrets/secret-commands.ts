/** Set, rotate, delete and copy a secret; open the audit log. Values never shown, never logged. */
import * as vscode from 'vscode';
import { isValidSecretId, type SecretStore } from '../../core/keychain/store';
import type { AuditLog } from './audit';
import { clearCachedInputs } from './resolver';
import type { SecretNode, SecretsView } from './secrets-view';

export interface SecretCommandDeps {
  store: () => Promise<SecretStore>;
  audit: AuditLog;
  view: SecretsView;
}

export function registerSecretCommands(deps: SecretCommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('mcpWarden.setSecret', (node?: SecretNode | string) => setSecret(deps, idOf(node), 'stored')),
    vscode.commands.registerCommand('mcpWarden.rotateSecret', (node?: SecretNode | string) => setSecret(deps, idOf(node), 'rotated')),
    vscode.commands.registerCommand('mcpWarden.deleteSecret', (node?: SecretNode | string) => deleteSecret(deps, idOf(node))),
    vscode.commands.registerCommand('mcpWarden.copySecret', (node?: SecretNode | string) => copySecret(deps, idOf(node))),
    vscode.commands.registerCommand('mcpWarden.showAuditLog', () => vscode.window.showTextDocument(deps.audit.file).then(undefined, () => vscode.window.showInformationMessage('MCP Warden: no secret has been released yet.'))),
  ];
}

function idOf(node: SecretNode | string | undefined): string | undefined {
  return typeof node === 'string' ? node : node?.id;
}

async function pickId(deps: SecretCommandDeps, given: string | undefined, placeHolder: string): Promise<string | undefined> {
  if (given) return given;
  const known = deps.view.nodes().map((node) => ({ label: node.id, description: node.present === false ? 'missing' : '' }));
  const picked = await vscode.window.showQuickPick([...known, { label: '$(add) Another id…', description: '' }], { placeHolder });
  if (!picked) return undefined;
  if (!picked.label.startsWith('$(add)')) return picked.label;
  return vscode.window.showInputBox({ prompt: 'Secret id', validateInput: (text) => (isValidSecretId(text) ? undefined : 'Letters, digits, "_", "-" and "." only') });
}

async function setSecret(deps: SecretCommandDeps, given: string | undefined, outcome: 'stored' | 'rotated'): Promise<void> {
  if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage('MCP Warden manages secrets only in trusted workspaces.');
  const id = await pickId(deps, given, outcome === 'rotated' ? 'Secret to rotate' : 'Secret to set');
  if (!id) return;
  const value = await vscode.window.showInputBox({ title: `${outcome === 'rotated' ? 'New value' : 'Value'} for ${id}`, password: true, ignoreFocusOut: true, validateInput: (t) => (t === '' ? 'The secret cannot be empty.' : undefined) });
  if (value === undefined) return;
  const store = await deps.store();
  await store.set(id, value);
  if ((await store.get(id)) !== value) return void vscode.window.showErrorMessage(`MCP Warden: the keychain did not keep ${id}; try again.`);
  await deps.audit.record(id, outcome);
  // VS Code may hold the old value from an earlier start: drop it so the next start asks again.
  await clearCachedInputs(deps.view.inputIdsFor(id));
  await deps.view.checkPresence();
  const restart = 'Restart MCP Servers';
  const answer = await vscode.window.showInformationMessage(`MCP Warden: ${id} ${outcome === 'rotated' ? 'rotated' : 'saved'}. Running servers keep the old value until they restart.`, restart);
  if (answer === restart) await vscode.commands.executeCommand('workbench.mcp.listServer').then(undefined, () => undefined);
}

async function deleteSecret(deps: SecretCommandDeps, given: string | undefined): Promise<void> {
  if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage('MCP Warden manages secrets only in trusted workspaces.');
  const id = await pickId(deps, given, 'Secret to delete');
  if (!id) return;
  const users = deps.view.nodes().find((node) => node.id === id)?.uses.length ?? 0;
  const confirm = 'Delete';
  const answer = await vscode.window.showWarningMessage(`Delete ${id} from the keychain?`, { modal: true, detail: users > 0 ? `${users} place(s) in your configs still refer to it; those servers will ask for it again.` : 'No known config refers to it.' }, confirm);
  if (answer !== confirm) return;
  await (await deps.store()).delete(id);
  await deps.audit.record(id, 'deleted');
  await clearCachedInputs(deps.view.inputIdsFor(id));
  await deps.view.checkPresence();
}

async function copySecret(deps: SecretCommandDeps, given: string | undefined): Promise<void> {
  if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage('MCP Warden manages secrets only in trusted workspaces.');
  const id = await pickId(deps, given, 'Secret to copy');
  if (!id) return;
  const confirm = 'Copy to Clipboard';
  const answer = await vscode.window.showWarningMessage(`Copy the value of ${id} to the clipboard?`, { modal: true, detail: 'Anything that reads the clipboard can see it afterwards.' }, confirm);
  if (answer !== confirm) return;
  const value = await (await deps.store()).get(id);
  if (value === undefined) return void vscode.window.showWarningMessage(`MCP Warden: ${id} is not in the keychain on this machine.`);
  await vscode.env.clipboard.writeText(value);
  await deps.audit.record(id, 'copied');
  void vscode.window.showInformationMessage(`MCP Warden: ${id} copied.`);
}
