/**
 * The Secrets section of the MCP Warden view: every secret id the known configs refer to, and
 * whether this machine's store has it. Presence is checked in the background and cached; values
 * are never read for display.
 */
import * as vscode from 'vscode';
import type { SecretStore } from '../../core/keychain/store';
import { secretReferences, type SecretReference } from '../../core/keychain/references';
import type { DiagnosticsController, FileScan } from '../diagnostics';
import { displayPath } from '../servers-tree';
import { errorText } from '../../core/errors';

export interface SecretNode {
  id: string;
  present: boolean | undefined;
  uses: Array<{ scan: FileScan; reference: SecretReference }>;
}

export class SecretsView implements vscode.TreeDataProvider<SecretNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SecretNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private presence = new Map<string, boolean>();
  private refreshing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly store: () => Promise<SecretStore>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Called with the store's ids after each listing (MCP060 on missing secrets). */
  onIds: ((ids: ReadonlySet<string> | undefined) => void) | undefined;

  /** Referenced ids (from the scans), with their uses. */
  nodes(): SecretNode[] {
    const byId = new Map<string, SecretNode>();
    for (const scan of this.diagnostics.all()) {
      for (const reference of secretReferences(scan.result)) {
        const node = byId.get(reference.id) ?? { id: reference.id, present: this.presence.get(reference.id), uses: [] };
        node.uses.push({ scan, reference });
        byId.set(reference.id, node);
      }
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Ids referenced by VS Code inputs: the inputs whose cached values must be cleared on rotation. */
  inputIdsFor(secretId: string): string[] {
    return this.nodes()
      .find((node) => node.id === secretId)
      ?.uses.flatMap((use) => (use.reference.inputId ? [use.reference.inputId] : [])) ?? [];
  }

  /** The ids the last listing covered: typing that changes no reference costs no keychain call. */
  private checkedIds = '';

  /** After a config change: re-list the store only when the referenced ids changed (or `force`). */
  refresh(force = false): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const ids = this.nodes().map((node) => node.id).join('\n');
      if (force || ids !== this.checkedIds) void this.checkPresence();
      else this.changed.fire(undefined);
    }, 200);
  }

  async checkPresence(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = (async () => {
      this.checkedIds = this.nodes().map((node) => node.id).join('\n');
      try {
        const store = await this.store();
        const ids = new Set(await store.list());
        this.presence = new Map(this.nodes().map((node) => [node.id, ids.has(node.id)]));
        this.onIds?.(ids);
      } catch (error) {
        this.log.warn(`Cannot list the secret store: ${errorText(error)}`);
        this.presence = new Map();
        this.onIds?.(undefined);
      } finally {
        this.refreshing = undefined;
        this.changed.fire(undefined);
      }
    })();
    return this.refreshing;
  }

  getChildren(node?: SecretNode): SecretNode[] {
    return node ? [] : this.nodes();
  }

  getTreeItem(node: SecretNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.None);
    const state = node.present === undefined ? 'checking…' : node.present ? 'in the keychain' : 'missing on this machine';
    const files = [...new Set(node.uses.map((use) => displayPath(use.scan.uri)))];
    item.description = `${state} · ${files.join(', ')}`;
    item.iconPath = new vscode.ThemeIcon(node.present === false ? 'warning' : 'key', node.present === false ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    item.contextValue = node.present ? 'secret.present' : 'secret.missing';
    item.tooltip = `${node.id}\n${state}\nUsed by: ${files.join(', ')}`;
    const first = node.uses[0];
    if (first) item.command = { command: 'mcpWarden.reveal', title: 'Reveal', arguments: [first.scan.uri.toString(), first.reference.offset, first.reference.length] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
