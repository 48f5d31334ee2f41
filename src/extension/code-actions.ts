/**
 * Quick fixes from the engine's fixes (Ctrl+.), a "fix all" source action, and "disable for this
 * line" in JSONC, TOML and YAML files. Every action is a WorkspaceEdit: one undo restores the file.
 */
import * as vscode from 'vscode';
import { fixAll } from '../core/engine/fix-all';
import type { Dialect } from '../core/dialects/dialect';
import type { Finding, TextEdit } from '../core/model';
import { type DiagnosticsController, findingFor, SOURCE, type FileScan } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mcpWarden');

/**
 * Extra actions for findings whose fix is not a plain text edit (the keychain move for secret
 * findings, added by the secrets feature). Registered at activation; empty until then.
 */
export interface FindingActionProvider {
  actionsFor(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, dialect: Dialect | undefined): vscode.CodeAction[];
}

export class WardenCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  private readonly extraProviders: FindingActionProvider[] = [];

  constructor(private readonly diagnostics: DiagnosticsController) {}

  /** The hook for fixes that are more than text edits (see FindingActionProvider). */
  addProvider(provider: FindingActionProvider): vscode.Disposable {
    this.extraProviders.push(provider);
    return new vscode.Disposable(() => this.extraProviders.splice(this.extraProviders.indexOf(provider), 1));
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // The lightbulb asks ~100 ms after every keystroke: never scan early for it (the debounce
    // would be moot on large files). VS Code asks again once fresh diagnostics are published.
    const last = this.diagnostics.get(document.uri);
    const scan = last?.version === document.version ? last : context.triggerKind === vscode.CodeActionTriggerKind.Invoke ? this.diagnostics.scanDocument(document) : undefined;
    if (!scan) return [];
    if (context.only && FIX_ALL_KIND.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const action = fixAllAction(document, scan, this.diagnostics, FIX_ALL_KIND);
      return action ? [action] : [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingFor(scan, diagnostic, document);
      if (!finding) continue;
      if (finding.fix) actions.push(quickFix(document, finding, diagnostic));
      for (const provider of this.extraProviders) actions.push(...provider.actionsFor(document, finding, diagnostic, scan.result.dialect));
      const commentStart = lineCommentStart(scan.result.dialect);
      if (commentStart) actions.push(disableLineAction(document, finding, diagnostic, commentStart));
    }
    if (actions.length > 0 && scan.result.findings.filter((f) => f.fix?.safe).length > 1) {
      const all = fixAllAction(document, scan, this.diagnostics, vscode.CodeActionKind.QuickFix);
      if (all) actions.push(all);
    }
    return actions;
  }
}

function quickFix(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const fix = finding.fix as NonNullable<Finding['fix']>;
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.safe;
  action.edit = toWorkspaceEdit(document, fix.edits);
  return action;
}

/** How a line comment starts in the dialect's files (`//` in JSONC, `#` in TOML and YAML); none in plain JSON. */
function lineCommentStart(dialect: Dialect | undefined): string | undefined {
  if (dialect?.format === 'jsonc') return '//';
  if (dialect?.format === 'toml' || dialect?.format === 'yaml') return '#';
  return undefined;
}

function disableLineAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, commentStart: string): vscode.CodeAction {
  const line = document.lineAt(diagnostic.range.start.line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = new vscode.WorkspaceEdit();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  action.edit.insert(document.uri, line.range.start, `${indent}${commentStart} mcp-warden-disable-next-line ${finding.ruleId}${eol}`);
  return action;
}

function fixAllAction(document: vscode.TextDocument, scan: FileScan, diagnostics: DiagnosticsController, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
  const edit = fixAllEdit(document, scan, diagnostics);
  if (!edit) return undefined;
  const action = new vscode.CodeAction('Fix all safe MCP Warden problems', kind);
  action.edit = edit;
  return action;
}

/** One edit applying every safe fix in the document, or undefined when there is none. */
export function fixAllEdit(document: vscode.TextDocument, scan: FileScan, diagnostics: DiagnosticsController): vscode.WorkspaceEdit | undefined {
  const options = { path: document.uri.path, severities: diagnostics.severities, ...(scan.result.dialect ? { dialect: scan.result.dialect.id } : {}) };
  const result = fixAll(document.getText(), options);
  if (!result.edit) return undefined;
  return toWorkspaceEdit(document, [result.edit]);
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) {
    const range = new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
    workspaceEdit.replace(document.uri, range, edit.content);
  }
  return workspaceEdit;
}
