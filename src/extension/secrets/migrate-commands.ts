/**
 * Moving secrets out of configs from VS Code: the palette commands (this file, every config),
 * the quick fix on each secret diagnostic, and the "all in this file" code action. Before
 * anything moves, a masked multi-select list of what will move; then, by default, the edit's
 * preview. The keychain is written and read back first; the file edit is a WorkspaceEdit (one
 * undo restores the file; the keychain entries stay, so nothing is ever lost).
 */
import * as vscode from 'vscode';
import { homedir } from 'node:os';
import { userConfigPaths } from '../../core/dialects/config-paths';
import { migrationPendingReason } from '../../core/dialects/migration-support';
import { executeMigration, MigrationError, planMigration, type MigrationPlan } from '../../core/migrate/migration';
import type { Finding } from '../../core/model';
import { launcherCommandFor } from '../../node/shim';
import type { FindingActionProvider } from '../code-actions';
import { openDocument, type DiagnosticsController } from '../diagnostics';
import type { AuditLog } from './audit';
import { setOrigin } from './resolver';
import type { ChosenStore } from './store';
import { errorText } from '../../core/errors';

export const MOVE_COMMAND = 'mcpWarden.moveSecrets';
export const MOVE_ALL_COMMAND = 'mcpWarden.moveSecretsInAllConfigs';

export interface MoveArgs {
  /** The config file (defaults to the active editor). */
  uri?: string;
  /** Only the secrets at these pointers (defaults to all). */
  pointers?: string[];
  /** Skip the pick list and the preview (automation and tests). */
  yes?: boolean;
  /** Skip only the pick list (the user has picked already). */
  picked?: boolean;
}

export interface MigrateDeps {
  context: vscode.ExtensionContext;
  diagnostics: DiagnosticsController;
  store: () => Promise<ChosenStore>;
  audit: AuditLog;
  log: vscode.LogOutputChannel;
}

export function registerMigrateCommands(deps: MigrateDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(MOVE_COMMAND, (args?: MoveArgs) => moveSecretsInFile(deps, args ?? {})),
    vscode.commands.registerCommand(MOVE_ALL_COMMAND, () => moveSecretsEverywhere(deps)),
  ];
}

/** Quick fixes on secret diagnostics: move this one, or all of the file's. */
export const secretActions: FindingActionProvider = {
  actionsFor(document, finding, diagnostic, dialect) {
    if (finding.category !== 'secret' || !finding.secret || migrationPendingReason(dialect)) return [];
    const one = new vscode.CodeAction('Move this secret to the keychain', vscode.CodeActionKind.QuickFix);
    one.diagnostics = [diagnostic];
    one.isPreferred = true;
    one.command = { command: MOVE_COMMAND, title: one.title, arguments: [{ uri: document.uri.toString(), pointers: [finding.pointer] } satisfies MoveArgs] };
    const all = new vscode.CodeAction('Move all secrets in this file to the keychain', vscode.CodeActionKind.QuickFix);
    all.diagnostics = [diagnostic];
    all.command = { command: MOVE_COMMAND, title: all.title, arguments: [{ uri: document.uri.toString() } satisfies MoveArgs] };
    return [one, all];
  },
};

function isUserLevel(uri: vscode.Uri): boolean {
  return userConfigPaths(process.platform, process.env, homedir()).some((path) => vscode.Uri.file(path).toString() === uri.toString());
}

export async function moveSecretsInFile(deps: MigrateDeps, args: MoveArgs): Promise<boolean> {
  const uri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('MCP Warden: open an MCP config first.');
    return false;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('MCP Warden moves secrets only in trusted workspaces.');
    return false;
  }
  const document = openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
  const pending = migrationPendingReason(deps.diagnostics.scanDocument(document)?.result.dialect);
  if (pending) {
    void vscode.window.showInformationMessage(`MCP Warden: ${pending}.`);
    return false;
  }
  const version = document.version;
  let plan: MigrationPlan;
  try {
    plan = planMigration(document.getText(), {
      path: uri.path,
      launcherCommand: launcherCommandFor(deps.diagnostics.get(uri)?.result.dialect?.id ?? 'vscode', isUserLevel(uri), homedir()),
      ...(args.pointers ? { select: (f: Finding) => args.pointers?.includes(f.pointer) ?? false } : {}),
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`MCP Warden: ${errorText(error)}`);
    return false;
  }
  reportSkipped(plan);
  if (plan.entries.length === 0) {
    if (plan.skipped.length === 0) void vscode.window.showInformationMessage('MCP Warden: no inline secrets to move in this file.');
    return false;
  }
  const chosen = await deps.store();
  if (!chosen.isOsKeychain && plan.dialect !== 'vscode') {
    void vscode.window.showErrorMessage(
      "MCP Warden: no OS keychain is available here, and VS Code's own secret storage serves only VS Code's configs. This file belongs to another client, so its secrets cannot be moved; nothing was changed.",
    );
    return false;
  }
  if (!args.yes && !args.picked) {
    const picked = await pickEntries(plan, uri);
    if (!picked) return false;
    if (picked.length < plan.entries.length) {
      // Re-plan for the picked subset only (ids and edits differ when fewer secrets move).
      return moveSecretsInFile(deps, { uri: uri.toString(), pointers: picked.flatMap((entry) => entry.pointers), picked: true });
    }
  }
  try {
    await executeMigration(plan, chosen.store, async (newText) => {
      if (document.version !== version) throw new MigrationError('The file changed while the secrets were being moved; nothing was changed. Try again.');
      const edit = new vscode.WorkspaceEdit();
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const metadata: vscode.WorkspaceEditEntryMetadata = { label: 'Move secrets to the keychain', needsConfirmation: !args.yes };
      edit.replace(uri, whole, newText, metadata);
      if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: !args.yes }))) throw new MigrationError('The edit was not applied (cancelled); the keychain entries just created were removed again.');
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`MCP Warden: ${errorText(error)}`);
    return false;
  }
  // The point is a file without the secret on disk: save now. The keychain holds the values
  // already, so a failed save loses nothing (the edit stays in the editor, undoable).
  if (!(await document.save())) void vscode.window.showWarningMessage('MCP Warden: the secrets are in the keychain, but the file could not be saved; save it to remove the secrets from disk.');
  for (const entry of plan.entries) {
    await setOrigin(deps.context, entry.id);
    await deps.audit.record(entry.id, 'migrated');
  }
  deps.diagnostics.scanDocument(document);
  const where = chosen.isOsKeychain ? 'the OS keychain' : "VS Code's secret storage";
  void vscode.window.showInformationMessage(
    `MCP Warden: moved ${plan.entries.length} secret${plan.entries.length === 1 ? '' : 's'} to ${where} and saved the file. Undo restores it (the keychain keeps the values).`,
  );
  return true;
}

async function pickEntries(plan: MigrationPlan, uri: vscode.Uri): Promise<MigrationPlan['entries'] | undefined> {
  const items = plan.entries.map((entry) => ({ label: entry.label, description: entry.id, detail: entry.pointers.join(', '), picked: true, entry }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `Move secrets of ${vscode.workspace.asRelativePath(uri)} to the keychain`,
    placeHolder: 'Secrets to move (values are never shown)',
    ignoreFocusOut: true,
  });
  if (!picked || picked.length === 0) return undefined;
  return picked.map((item) => item.entry);
}

function reportSkipped(plan: MigrationPlan): void {
  if (plan.skipped.length === 0) return;
  const lines = plan.skipped.map((s) => `${s.label}: ${s.reason}`);
  void vscode.window.showWarningMessage(`MCP Warden: ${plan.skipped.length} secret${plan.skipped.length === 1 ? '' : 's'} cannot be moved.`, { modal: false, detail: lines.join('\n') }, 'Details').then((answer) => {
    if (answer === 'Details') void vscode.window.showInformationMessage(lines.join(' · '), { modal: true });
  });
}

async function moveSecretsEverywhere(deps: MigrateDeps): Promise<void> {
  const withSecrets = deps.diagnostics
    .all()
    .filter((scan) => !migrationPendingReason(scan.result.dialect) && scan.result.findings.some((f) => f.category === 'secret'));
  if (withSecrets.length === 0) {
    void vscode.window.showInformationMessage('MCP Warden: no inline secrets in any known MCP config.');
    return;
  }
  let moved = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'MCP Warden: moving secrets', cancellable: true }, async (progress, token) => {
    for (const scan of withSecrets) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(scan.uri), increment: 100 / withSecrets.length });
      if (await moveSecretsInFile(deps, { uri: scan.uri.toString() })) moved++;
    }
  });
  void vscode.window.showInformationMessage(`MCP Warden: secrets moved in ${moved} of ${withSecrets.length} files.`);
}
