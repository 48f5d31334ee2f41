/**
 * Scans MCP configs and publishes diagnostics: open documents as they are typed (debounced; a
 * newer edit always wins), on save, and closed files from disk. Keeps the latest result of each
 * file for the code actions and the servers view.
 */
import * as vscode from 'vscode';
import { isKnownConfigPath } from '../core/dialects/config-paths';
import { scanText, type ScanResult } from '../core/engine/scan';
import type { Finding, Severity } from '../core/model';
import { ruleById } from '../core/rules/index';
import { ruleDocsUrl } from '../core/rules/rule';
import type { WardenSettings } from './settings';
import { errorText } from '../core/errors';

export const SOURCE = 'MCP Warden';

export interface FileScan {
  uri: vscode.Uri;
  /** Document version the result belongs to; undefined for a scan of the file on disk. */
  version: number | undefined;
  result: ScanResult;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('mcp-warden');
  private readonly scans = new Map<string, FileScan>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after the result of a file changes (for the tree). */
  readonly onDidChangeResults = this.changed.event;

  constructor(
    private settings: WardenSettings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  private keychainIds: ReadonlySet<string> | undefined;

  updateSettings(settings: WardenSettings): void {
    this.settings = settings;
  }

  /** The secret ids this machine's store holds (MCP060 reports references to others). */
  setKeychainIds(ids: ReadonlySet<string> | undefined): void {
    const same = ids !== undefined && this.keychainIds !== undefined && ids.size === this.keychainIds.size && [...ids].every((id) => this.keychainIds?.has(id));
    if (same) return;
    this.keychainIds = ids;
    this.rescanAll();
  }

  /** Severity overrides in force (a rule set to `off` is neither reported nor fixed). */
  get severities(): WardenSettings['severities'] {
    return this.settings.severities;
  }

  get(uri: vscode.Uri): FileScan | undefined {
    return this.scans.get(uri.toString());
  }

  all(): FileScan[] {
    return [...this.scans.values()];
  }

  /** True for documents this extension should check: named like a config, or already tracked. */
  isCandidate(document: vscode.TextDocument): boolean {
    return isKnownConfigPath(document.uri.path) || this.scans.has(document.uri.toString());
  }

  /** Re-checks an open document after the debounce; a newer call for the same file replaces it. */
  schedule(document: vscode.TextDocument): void {
    if (!this.isCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.scanDocument(document);
      }, this.settings.debounceMs),
    );
  }

  /** Checks an open document now (its current text, so never a stale one). */
  scanDocument(document: vscode.TextDocument): FileScan | undefined {
    if (document.isClosed || !this.isCandidate(document)) return undefined;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const existing = this.scans.get(key);
    if (existing && existing.version === document.version) return existing;
    return this.publish(document.uri, document.version, document.getText(), document);
  }

  /** Checks a file from disk, unless it is open (the editor's text is newer than the disk's). */
  async scanFile(uri: vscode.Uri): Promise<void> {
    if (openDocument(uri)) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    } catch (error) {
      this.log.warn(`Cannot read ${uri.fsPath}: ${errorText(error)}`);
      this.forget(uri);
      return;
    }
    // The file may have been opened while it was being read: the editor wins.
    if (openDocument(uri)) return;
    this.publish(uri, undefined, text, undefined);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
    if (this.scans.delete(key)) this.changed.fire(uri);
  }

  /** Re-checks everything known (after a settings change). */
  rescanAll(): void {
    for (const scan of this.all()) {
      const document = openDocument(scan.uri);
      if (document) {
        this.scans.delete(scan.uri.toString());
        this.scanDocument(document);
      } else {
        void this.scanFile(scan.uri);
      }
    }
  }

  private publish(uri: vscode.Uri, version: number | undefined, text: string, document: vscode.TextDocument | undefined): FileScan | undefined {
    const started = performance.now();
    const result = scanText(text, { path: uri.path, severities: this.settings.severities, ...(this.keychainIds ? { keychainIds: this.keychainIds } : {}) });
    const key = uri.toString();
    if (!result.dialect) {
      // Named like a config but not one (a Zed settings.json without context_servers, …).
      this.collection.delete(uri);
      if (this.scans.delete(key)) this.changed.fire(uri);
      return undefined;
    }
    const scan: FileScan = { uri, version, result };
    this.scans.set(key, scan);
    this.collection.set(uri, result.findings.map((finding) => this.toDiagnostic(finding, document)));
    this.log.trace(`Checked ${uri.fsPath} (${result.dialect.label}): ${result.findings.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
    this.changed.fire(uri);
    return scan;
  }

  toDiagnostic(finding: Finding, document: vscode.TextDocument | undefined): vscode.Diagnostic {
    const range = document
      ? new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.offset + finding.length))
      : new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
    diagnostic.source = SOURCE;
    const rule = ruleById(finding.ruleId);
    diagnostic.code = rule ? { value: finding.ruleId, target: vscode.Uri.parse(ruleDocsUrl(rule)) } : finding.ruleId;
    if (rule?.tags?.includes('deprecated')) diagnostic.tags = [vscode.DiagnosticTag.Deprecated];
    return diagnostic;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.changed.dispose();
  }
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key && !document.isClosed);
}

/** The finding behind a diagnostic of ours, matched by rule id and range. */
export function findingFor(scan: FileScan, diagnostic: vscode.Diagnostic, document: vscode.TextDocument): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return scan.result.findings.find((f) => f.ruleId === code && f.offset === start && f.offset + f.length === end);
}
