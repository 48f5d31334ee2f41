/**
 * Secrets end to end in the real VS Code: an inline token → Move Secrets to Keychain → the file
 * holds a `command` input, the OS keychain (the Secret Service of the test session) the value →
 * VS Code's own MCP "start" resolves the input through mcpWarden.secret → the fixture server gets
 * the token (it reports its sha256). Runs last: it rewrites .vscode/mcp.json and restores it.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, workspaceUri } from './util';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
// Assembled at run time so no scanner flags this file; random enough to be a real-looking token.
const TOKEN = ['ghp', '_', 'Zk4Q9rT2mW7vX1bN5cJ8hL3pY6sD0fG2aE9u'].join('');
const ROTATED = ['ghp', '_', 'Pq7W2eR9tY4uI1oP6aS3dF8gH5jK0lZ2xC7v'].join('');
const SERVER_ID = 'mcp.config.ws0.reporter';
const repoRoot = join(__dirname, '..', '..', '..', '..');

suite('secrets: move to keychain, VS Code starts the server with it', () => {
  const config = () => workspaceUri('.vscode/mcp.json');
  const report = () => workspaceUri('report.json');
  let original: Uint8Array;

  suiteSetup(async () => {
    original = await vscode.workspace.fs.readFile(config());
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.mcp.stopServer', SERVER_ID).then(undefined, () => undefined);
    await vscode.workspace.fs.writeFile(config(), original);
  });

  /** Starts the server (again) until it reports: VS Code re-reads a changed mcp.json with a delay. */
  async function startAndReadHash(): Promise<string> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.mcp.stopServer', SERVER_ID).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(report()).then(undefined, () => undefined);
      await vscode.commands.executeCommand('workbench.mcp.startServer', SERVER_ID, { autoTrustChanges: true }).then(undefined, () => undefined);
      for (let i = 0; i < 30; i++) {
        try {
          return (JSON.parse(readFileSync(report().fsPath, 'utf8')) as { GITHUB_TOKEN: string }).GITHUB_TOKEN;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }
    throw new Error(`VS Code never started ${SERVER_ID} (no report from the fixture server)`);
  }

  test('inline token → keychain → VS Code resolves the command input → the server gets it', async function () {
    this.timeout(120_000);
    const api = await activateExtension();
    const server = {
      command: process.execPath,
      args: [join(repoRoot, 'test', 'fixtures', 'mcp-server', 'server.mjs')],
      env: { GITHUB_TOKEN: TOKEN, FIXTURE_REPORT_FILE: report().fsPath, FIXTURE_REPORT_ENV: 'GITHUB_TOKEN' },
    };
    const text = `{\n  // the reporter server of the secrets suite\n  "servers": {\n    "reporter": ${JSON.stringify(server, null, 2).replace(/\n/g, '\n    ')}\n  }\n}\n`;
    await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(config());
    await vscode.window.showTextDocument(document);
    await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP001'), 'MCP001 on the inline token');

    const moved = await vscode.commands.executeCommand<boolean>('mcpWarden.moveSecrets', { uri: document.uri.toString(), yes: true });
    assert.equal(moved, true);
    const after = document.getText();
    assert.ok(!after.includes(TOKEN), 'the file no longer holds the token');
    assert.ok(after.includes('// the reporter server of the secrets suite'), 'comments kept');
    assert.match(after, /"GITHUB_TOKEN": "\$\{input:reporter\.GITHUB_TOKEN\}"/);
    assert.ok(!document.isDirty, 'saved');
    const onDisk = readFileSync(document.uri.fsPath, 'utf8');
    assert.ok(!onDisk.includes(TOKEN), 'the token is gone from disk');
    const id = /"id": "(reporter\.GITHUB_TOKEN\.[a-z0-9]+)"/.exec(after)?.[1];
    assert.ok(id, 'a command input with the secret id');
    const { store, isOsKeychain } = await api.secrets.store();
    if (process.env.CI) assert.equal(isOsKeychain, true, 'the OS keychain is used');
    assert.equal(await store.get(id), TOKEN);
    await diagnosticsWhen(document.uri, (d) => !d.some((x) => x.source === 'MCP Warden' && codeOf(x) === 'MCP001'), 'no MCP001 after the move');

    assert.equal(await startAndReadHash(), sha256(TOKEN), 'the server got the token from the keychain');

    // Rotation: VS Code must not start the server with a cached old value.
    await store.set(id, ROTATED);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the resolver clears VS Code's copy shortly after each release
    assert.equal(await startAndReadHash(), sha256(ROTATED), 'a rotated secret reaches the next start');

    // Nothing the extension produced holds a value: its log, every diagnostic, the views, the file.
    const treeText = (nodes: readonly unknown[], item: (node: never) => vscode.TreeItem, children: (node: never) => readonly unknown[]): string =>
      nodes.map((node) => { const i = item(node as never); return `${String(i.label)} ${String(i.description)} ${typeof i.tooltip === 'string' ? i.tooltip : (i.tooltip?.value ?? '')} ${treeText(children(node as never), item, children)}`; }).join('\n');
    const produced = [
      readFileSync(api.logFile.fsPath, 'utf8'),
      vscode.languages.getDiagnostics().flatMap(([, list]) => list.map((d) => d.message)).join('\n'),
      treeText(api.tree.getChildren(), (n) => api.tree.getTreeItem(n), (n) => api.tree.getChildren(n)),
      treeText(api.secrets.view.getChildren(), (n) => api.secrets.view.getTreeItem(n), () => []),
      readFileSync(document.uri.fsPath, 'utf8'),
    ].join('\n');
    for (const value of [TOKEN, ROTATED]) assert.ok(!produced.includes(value), 'a secret value leaked into what the extension shows or logs');
    assert.ok(produced.includes(id), 'the secret id is shown (sanity check of the grep)');

    const audit = readFileSync(api.secrets.audit.file.fsPath, 'utf8');
    assert.match(audit, new RegExp(`"id":"${id.replace(/\./g, '\\.')}".*"outcome":"granted"`));
    assert.ok(!audit.includes(TOKEN) && !audit.includes(ROTATED), 'the audit log holds no value');
    await store.delete(id);
  });
});
