/** Activation: wires the engine's faces into VS Code. Everything here is glue. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { WardenCodeActions } from './code-actions';
import { ConfigFiles } from './config-files';
import { DiagnosticsController } from './diagnostics';
import { ServersTree } from './servers-tree';
import { activateSecrets, type SecretsApi } from './secrets/index';
import { readSettings } from './settings';
import { errorText } from '../core/errors';

/** What activation hands to tests and to the features that build on it (the keychain hook). */
export interface WardenApi {
  diagnostics: DiagnosticsController;
  codeActions: WardenCodeActions;
  tree: ServersTree;
  files: ConfigFiles;
  secrets: SecretsApi;
  /** The output channel's log file (tests grep it for leaked values). */
  logFile: vscode.Uri;
  activationMs: number;
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): WardenApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('MCP Warden', { log: true });
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  let settings = readSettings();
  const diagnostics = new DiagnosticsController(settings, log);
  const files = new ConfigFiles();
  const tree = new ServersTree(files, diagnostics);
  const codeActions = new WardenCodeActions(diagnostics);
  context.subscriptions.push(log, diagnostics, files, tree);

  const rescanWorkspace = async (): Promise<void> => {
    await files.discover(settings.scanUserConfigs);
    const tracked = new Set(files.list().map((f) => f.uri.toString()));
    for (const scan of diagnostics.all()) {
      if (!tracked.has(scan.uri.toString()) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === scan.uri.toString())) diagnostics.forget(scan.uri);
    }
    await Promise.all(files.list().map((f) => diagnostics.scanFile(f.uri)));
    for (const document of vscode.workspace.textDocuments) diagnostics.scanDocument(document);
    void vscode.commands.executeCommand('setContext', 'mcpWarden.ready', true);
  };

  context.subscriptions.push(
    vscode.window.createTreeView('mcpWarden.servers', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-userdata' }, { scheme: 'vscode-remote' }], codeActions, WardenCodeActions.metadata),
    vscode.workspace.onDidOpenTextDocument((document) => diagnostics.scanDocument(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) diagnostics.schedule(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => diagnostics.scanDocument(document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      // A tracked file keeps its problems (now from disk); any other file's go with its editor.
      if (files.has(document.uri)) void diagnostics.scanFile(document.uri);
      else diagnostics.forget(document.uri);
    }),
    files.onDidChange(({ uri, kind }) => (kind === 'deleted' ? diagnostics.forget(uri) : void diagnostics.scanFile(uri))),
    diagnostics.onDidChangeResults(() => tree.refresh()),
    vscode.window.onDidChangeActiveTextEditor((editor) => updateActiveContext(editor, diagnostics)),
    diagnostics.onDidChangeResults(() => updateActiveContext(vscode.window.activeTextEditor, diagnostics)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('mcpWarden')) return;
      const previous = settings;
      settings = readSettings();
      diagnostics.updateSettings(settings);
      if (previous.scanUserConfigs !== settings.scanUserConfigs) void rescanWorkspace();
      else diagnostics.rescanAll();
    }),
  );
  registerCommands({ context, diagnostics, rescanWorkspace, docsUri });
  const secrets = activateSecrets(context, diagnostics, codeActions, log);

  for (const document of vscode.workspace.textDocuments) diagnostics.scanDocument(document);
  const ready = rescanWorkspace().catch((error: unknown) => log.error(`Scanning the workspace failed: ${errorText(error)}`));
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  const logFile = vscode.Uri.joinPath(context.logUri, 'MCP Warden.log');
  return { diagnostics, codeActions, tree, files, secrets, logFile, activationMs, ready };
}

let activeIsConfig: boolean | undefined;

/** Keeps `mcpWarden.activeEditorIsConfig` current; results change per keystroke, the key rarely. */
function updateActiveContext(editor: vscode.TextEditor | undefined, diagnostics: DiagnosticsController): void {
  const isConfig = editor !== undefined && diagnostics.get(editor.document.uri) !== undefined;
  if (isConfig === activeIsConfig) return;
  activeIsConfig = isConfig;
  void vscode.commands.executeCommand('setContext', 'mcpWarden.activeEditorIsConfig', isConfig);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
