/** The extension's commands: each a small function over the controller, the tree and the editor. */
import * as vscode from 'vscode';
import { maskedLaunchCommand } from '../core/report/launch-command';
import { fixAllEdit } from './code-actions';
import { openDocument, type DiagnosticsController } from './diagnostics';
import type { TreeNode } from './servers-tree';

export interface CommandDeps {
  context: vscode.ExtensionContext;
  diagnostics: DiagnosticsController;
  rescanWorkspace(): Promise<void>;
  docsUri: vscode.Uri;
}

const NEW_CONFIG = `{
  // MCP servers for this workspace. Reference secrets with \${input:…}, never paste them here.
  "inputs": [],
  "servers": {}
}
`;

export function registerCommands(deps: CommandDeps): void {
  const register = (id: string, run: (...args: never[]) => unknown) => deps.context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register('mcpWarden.reveal', (uri: string, offset: number, length: number) => reveal(vscode.Uri.parse(uri), offset, length));
  register('mcpWarden.openConfig', (node?: TreeNode) => openConfig(node));
  register('mcpWarden.fixAll', (node?: TreeNode) => fixAllInFile(deps.diagnostics, node));
  register('mcpWarden.copyLaunchCommand', (node?: TreeNode) => copyLaunchCommand(node));
  register('mcpWarden.createConfig', () => createConfig());
  register('mcpWarden.showRules', () => vscode.commands.executeCommand('markdown.showPreview', deps.docsUri));
  register('mcpWarden.scanWorkspace', () =>
    vscode.window.withProgress({ location: { viewId: 'mcpWarden.servers' }, title: 'Checking MCP configs…' }, () => deps.rescanWorkspace()),
  );
}

async function reveal(uri: vscode.Uri, offset: number, length: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const start = document.positionAt(offset);
  const end = document.positionAt(offset + length);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(start, end), preserveFocus: false });
}

async function openConfig(node: TreeNode | undefined): Promise<void> {
  const uri = node?.scan.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (uri) await vscode.window.showTextDocument(uri);
}

async function fixAllInFile(diagnostics: DiagnosticsController, node: TreeNode | undefined): Promise<void> {
  const uri = node?.scan.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return;
  const document = openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
  const scan = diagnostics.scanDocument(document);
  if (!scan) {
    void vscode.window.showInformationMessage('MCP Warden: this file is not an MCP config.');
    return;
  }
  const before = scan.result.findings.filter((f) => f.fix?.safe).length;
  const edit = fixAllEdit(document, scan, diagnostics);
  if (!edit) {
    void vscode.window.showInformationMessage('MCP Warden: no safe fixes to apply in this file.');
    return;
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('MCP Warden: the fixes could not be applied (the file changed meanwhile?). Nothing was modified.');
    return;
  }
  const after = diagnostics.scanDocument(document)?.result.findings.filter((f) => f.fix?.safe).length ?? 0;
  void vscode.window.showInformationMessage(`MCP Warden: applied ${before - after} fixes. Undo (Ctrl+Z) restores the file.`);
}

async function copyLaunchCommand(node: TreeNode | undefined): Promise<void> {
  if (node?.kind !== 'server') return;
  await vscode.env.clipboard.writeText(maskedLaunchCommand(node.scopes.server, node.scan.result.findings));
  void vscode.window.showInformationMessage(`MCP Warden: launch command of "${node.scopes.server.name}" copied, secrets masked.`);
}

async function createConfig(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('MCP Warden: open a folder first.');
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, '.vscode', 'mcp.json');
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(NEW_CONFIG) });
    await vscode.workspace.applyEdit(edit);
  }
  await vscode.window.showTextDocument(uri);
}
