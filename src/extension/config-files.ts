/**
 * The set of MCP config files on disk that the extension tracks: the workspace's (found by
 * glob and watched) and, when enabled, the user-level configs of every client (watched too).
 */
import * as vscode from 'vscode';
import { homedir } from 'node:os';
import { basename, dirname } from 'node:path';
import { userConfigPaths, wildcardOf, workspaceConfigGlob } from '../core/dialects/config-paths';

const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export type ConfigOrigin = 'workspace' | 'user';

export class ConfigFiles implements vscode.Disposable {
  private readonly files = new Map<string, { uri: vscode.Uri; origin: ConfigOrigin }>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<{ uri: vscode.Uri; kind: 'created' | 'changed' | 'deleted' }>();
  readonly onDidChange = this.changed.event;

  list(): Array<{ uri: vscode.Uri; origin: ConfigOrigin }> {
    return [...this.files.values()].sort((a, b) => (a.origin === b.origin ? a.uri.path.localeCompare(b.uri.path) : a.origin === 'workspace' ? -1 : 1));
  }

  has(uri: vscode.Uri): boolean {
    return this.files.has(uri.toString());
  }

  /** Finds every config again (workspace glob + user paths) and re-arms the watchers. */
  async discover(includeUser: boolean): Promise<void> {
    this.disposeWatchers();
    this.files.clear();
    const glob = workspaceConfigGlob();
    if (vscode.workspace.workspaceFolders?.length) {
      for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, 5000)) this.files.set(uri.toString(), { uri, origin: 'workspace' });
      this.watch(vscode.workspace.createFileSystemWatcher(glob), 'workspace');
    }
    if (includeUser) await this.discoverUserConfigs();
  }

  private async discoverUserConfigs(): Promise<void> {
    const paths = userConfigPaths(process.platform, process.env, homedir());
    await Promise.all(
      paths.map(async (path) => {
        for (const uri of await matchingFiles(path)) this.files.set(uri.toString(), { uri, origin: 'user' });
        // A `*` in the name is a glob to the watcher too.
        const pattern = new vscode.RelativePattern(vscode.Uri.file(dirname(path)), basename(path));
        this.watch(vscode.workspace.createFileSystemWatcher(pattern), 'user');
      }),
    );
  }

  private watch(watcher: vscode.FileSystemWatcher, origin: ConfigOrigin): void {
    watcher.onDidCreate((uri) => {
      this.files.set(uri.toString(), { uri, origin });
      this.changed.fire({ uri, kind: 'created' });
    });
    watcher.onDidChange((uri) => this.changed.fire({ uri, kind: 'changed' }));
    watcher.onDidDelete((uri) => {
      this.files.delete(uri.toString());
      this.changed.fire({ uri, kind: 'deleted' });
    });
    this.watchers.push(watcher);
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers.splice(0)) watcher.dispose();
  }

  dispose(): void {
    this.disposeWatchers();
    this.changed.dispose();
  }
}

/** The files `path` names: itself, or those its `*` matches (`~/.continue/mcpServers/*.yaml`). */
async function matchingFiles(path: string): Promise<vscode.Uri[]> {
  const wildcard = wildcardOf(path);
  if (!wildcard) {
    const uri = vscode.Uri.file(path);
    return (await isFile(uri)) ? [uri] : [];
  }
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.file(wildcard.dir));
    return entries.filter(([name, type]) => type === vscode.FileType.File && wildcard.matches(name)).map(([name]) => vscode.Uri.joinPath(vscode.Uri.file(wildcard.dir), name));
  } catch {
    return [];
  }
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
  } catch {
    return false;
  }
}
