/**
 * The Servers view: config files (workspace and user level) → servers → granted scopes →
 * scope items. Every node reveals its place in the file. Never shows a secret value.
 */
import * as vscode from 'vscode';
import { homedir } from 'node:os';
import type { Finding, Severity } from '../core/model';
import { SEVERITY_ORDER } from '../core/model';
import { describeServer, SCOPE_GROUP_LABELS, type ScopeGroup, type ScopeItem, type ServerScopes } from '../core/analysis/scopes';
import type { ConfigFiles } from './config-files';
import type { DiagnosticsController, FileScan } from './diagnostics';

export type TreeNode =
  | { kind: 'file'; scan: FileScan; origin: 'workspace' | 'user' }
  | { kind: 'server'; scan: FileScan; scopes: ServerScopes }
  | { kind: 'group'; scan: FileScan; serverName: string; group: ScopeGroup; items: ScopeItem[] }
  | { kind: 'item'; scan: FileScan; item: ScopeItem };

const GROUP_ICONS: Record<ScopeGroup, string> = {
  secrets: 'key',
  filesystem: 'folder',
  network: 'globe',
  container: 'package',
  autoApprove: 'check-all',
  auth: 'shield',
  package: 'library',
};

export class ServersTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly files: ConfigFiles,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  /** Coalesces bursts of changes (typing, many files at start) into one redraw. */
  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.changed.fire(undefined), 100);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.fileNodes();
    switch (node.kind) {
      case 'file':
        return node.scan.result.servers.map((server) => ({ kind: 'server', scan: node.scan, scopes: describeServer(server, node.scan.result.findings) }));
      case 'server':
        return groupItems(node.scopes.items).map(([group, items]) => ({ kind: 'group', scan: node.scan, serverName: node.scopes.server.name, group, items }));
      case 'group':
        return node.items.map((item) => ({ kind: 'item', scan: node.scan, item }));
      default:
        return [];
    }
  }

  /** Files that exist and hold a config: the tracked ones on disk plus open config documents. */
  private fileNodes(): TreeNode[] {
    const origin = new Map(this.files.list().map((f) => [f.uri.toString(), f.origin]));
    return this.diagnostics
      .all()
      .filter((scan) => scan.uri.scheme === 'file' || scan.uri.scheme === 'vscode-userdata' || scan.uri.scheme === 'vscode-remote')
      .map((scan): TreeNode => ({ kind: 'file', scan, origin: origin.get(scan.uri.toString()) ?? 'workspace' }))
      .sort((a, b) => (a.kind === 'file' && b.kind === 'file' ? (a.origin === b.origin ? a.scan.uri.path.localeCompare(b.scan.uri.path) : a.origin === 'workspace' ? -1 : 1) : 0));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'file':
        return fileItem(node.scan, node.origin);
      case 'server':
        return serverItem(node.scan, node.scopes);
      case 'group':
        return groupItem(node.group, node.items, `${node.scan.uri.toString()}#${node.serverName}#${node.group}`);
      case 'item':
        return scopeItem(node.scan, node.item);
    }
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}

function groupItems(items: readonly ScopeItem[]): Array<[ScopeGroup, ScopeItem[]]> {
  const order = Object.keys(SCOPE_GROUP_LABELS) as ScopeGroup[];
  return order.map((group): [ScopeGroup, ScopeItem[]] => [group, items.filter((i) => i.group === group)]).filter(([, list]) => list.length > 0);
}

function worst(findings: readonly Finding[]): Severity | undefined {
  let result: Severity | undefined;
  for (const finding of findings) if (!result || SEVERITY_ORDER[finding.severity] > SEVERITY_ORDER[result]) result = finding.severity;
  return result;
}

function severityIcon(severity: Severity | undefined, fallback: string): vscode.ThemeIcon {
  if (severity === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (severity === 'warning') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (severity === 'info') return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon(fallback, new vscode.ThemeColor('testing.iconPassed'));
}

export function displayPath(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, true);
  if (relative !== uri.fsPath) return relative;
  const home = homedir();
  return uri.fsPath.startsWith(home) ? `~${uri.fsPath.slice(home.length)}` : uri.fsPath;
}

function countLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no problems';
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return [`${count('error')} errors`, `${count('warning')} warnings`, `${count('info')} info`].filter((t) => !t.startsWith('0 ')).join(', ');
}

function revealCommand(scan: FileScan, offset: number, length: number): vscode.Command {
  return { command: 'mcpWarden.reveal', title: 'Reveal in Config File', arguments: [scan.uri.toString(), offset, length] };
}

function fileItem(scan: FileScan, origin: 'workspace' | 'user'): vscode.TreeItem {
  const { result } = scan;
  const item = new vscode.TreeItem(result.dialect?.label ?? 'MCP config', vscode.TreeItemCollapsibleState.Expanded);
  item.id = scan.uri.toString();
  item.description = displayPath(scan.uri);
  item.resourceUri = scan.uri;
  item.iconPath = severityIcon(worst(result.findings), 'pass');
  item.contextValue = result.findings.some((f) => f.fix?.safe) ? 'configFile.fixable' : 'configFile';
  item.tooltip = new vscode.MarkdownString(
    `**${result.dialect?.label ?? 'MCP config'}** (${origin === 'user' ? 'user level' : 'workspace'})\n\n\`${scan.uri.fsPath}\`\n\n${result.servers.length} servers · ${countLine(result.findings)}`,
  );
  item.command = revealCommand(scan, 0, 0);
  return item;
}

function serverItem(scan: FileScan, scopes: ServerScopes): vscode.TreeItem {
  const { server, findings } = scopes;
  const item = new vscode.TreeItem(server.name, scopes.items.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `${scan.uri.toString()}#${server.node.pointer}`;
  item.description = scopes.summary + (server.disabled ? ' · disabled' : '');
  item.iconPath = severityIcon(worst(findings), 'server');
  item.contextValue = 'server';
  const lines = [`**${escapeMarkdown(server.name)}** · ${escapeMarkdown(scopes.summary)}`, '', countLine(findings)];
  for (const finding of findings.slice(0, 8)) lines.push(`- \`${finding.ruleId}\` ${escapeMarkdown(finding.message)}`);
  if (findings.length > 8) lines.push(`- … and ${findings.length - 8} more`);
  item.tooltip = new vscode.MarkdownString(lines.join('\n'));
  item.command = revealCommand(scan, server.keyOffset, server.keyLength);
  return item;
}

function groupItem(group: ScopeGroup, items: readonly ScopeItem[], id: string): vscode.TreeItem {
  const flagged = items.some((i) => i.flagged);
  const item = new vscode.TreeItem(SCOPE_GROUP_LABELS[group], vscode.TreeItemCollapsibleState.Expanded);
  item.id = id;
  item.description = `${items.length}`;
  item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[group], flagged ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
  item.contextValue = 'scopeGroup';
  return item;
}

function scopeItem(scan: FileScan, scope: ScopeItem): vscode.TreeItem {
  const item = new vscode.TreeItem(scope.label, vscode.TreeItemCollapsibleState.None);
  item.description = scope.detail;
  item.tooltip = `${scope.label} — ${scope.detail}${scope.flagged ? ' (flagged)' : ''}`;
  item.iconPath = scope.flagged ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('circle-small');
  item.contextValue = scope.secretState ? `scope.secret.${scope.secretState}` : 'scope';
  item.command = revealCommand(scan, scope.offset, scope.length);
  return item;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
