/**
 * The audit log of secret releases: time, secret id, workspace, outcome — never a value. Written
 * to the MCP Warden output channel and appended to `audit.log` (JSON lines) in the extension's
 * global storage. `MCP Warden: Show Secret Audit Log` opens the file.
 */
import * as vscode from 'vscode';
import { appendFile, mkdir } from 'node:fs/promises';
import { errorText } from '../../core/errors';

export type AuditOutcome = 'granted' | 'refused' | 'stored' | 'rotated' | 'deleted' | 'copied' | 'migrated';

export interface AuditRecord {
  time: string;
  id: string;
  workspace: string;
  outcome: AuditOutcome;
  /** Why, for refusals (untrusted workspace, no consent, missing). */
  reason?: string;
}

export class AuditLog {
  readonly file: vscode.Uri;

  constructor(
    storage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.file = vscode.Uri.joinPath(storage, 'audit.log');
  }

  async record(id: string, outcome: AuditOutcome, reason?: string): Promise<void> {
    const record: AuditRecord = { time: new Date().toISOString(), id, workspace: currentWorkspace(), outcome, ...(reason ? { reason } : {}) };
    this.log.info(`secret ${outcome}: ${id} for ${record.workspace}${reason ? ` (${reason})` : ''}`);
    try {
      await mkdir(vscode.Uri.joinPath(this.file, '..').fsPath, { recursive: true });
      await appendFile(this.file.fsPath, `${JSON.stringify(record)}\n`, { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      this.log.error(`Could not write the audit log ${this.file.fsPath}: ${errorText(error)}`);
    }
  }
}

/** The workspace a request comes from, as a stable string (its first folder's URI, or the file). */
export function currentWorkspace(): string {
  return vscode.workspace.workspaceFile?.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? '(no folder)';
}
