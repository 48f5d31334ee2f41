import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/extension/servers-tree';
import { activateExtension, waitFor } from './util';

suite('servers view', () => {
  test('one node per config file, servers under it, scopes under each server', async () => {
    const api = await activateExtension();
    const files = await waitFor('config files in the tree', () => {
      const nodes = api.tree.getChildren();
      return nodes.length >= 4 ? nodes : undefined;
    });
    const labels = files.map((node) => String(api.tree.getTreeItem(node).label));
    for (const client of ['VS Code', 'Cursor', 'Claude Desktop', 'Gemini CLI']) assert.ok(labels.includes(client), `${client} in ${labels.join(', ')}`);

    const vscodeFile = files.find((node) => node.kind === 'file' && node.scan.uri.path.endsWith('/.vscode/mcp.json') && !node.scan.uri.path.includes('/clean/')) as TreeNode;
    const servers = api.tree.getChildren(vscodeFile);
    assert.deepEqual(servers.map((s) => api.tree.getTreeItem(s).label), ['github', 'search', 'notes']);
    const github = api.tree.getTreeItem(servers[0] as TreeNode);
    assert.match(String(github.description), /^stdio · npx @modelcontextprotocol\/server-github/);
    const search = api.tree.getTreeItem(servers[1] as TreeNode);
    assert.equal(search.description, 'http · mcp.search.example.com');
    assert.equal((search.iconPath as vscode.ThemeIcon | undefined)?.id, 'error');

    const groups = api.tree.getChildren(servers[0]).map((g) => String(api.tree.getTreeItem(g).label));
    assert.ok(groups.includes('Secrets') && groups.includes('Package'), groups.join(', '));
    const secretGroup = api.tree.getChildren(servers[0]).find((g) => api.tree.getTreeItem(g).label === 'Secrets') as TreeNode;
    const [token] = api.tree.getChildren(secretGroup);
    const tokenItem = api.tree.getTreeItem(token as TreeNode);
    assert.equal(tokenItem.label, 'GITHUB_TOKEN');
    assert.match(String(tokenItem.description), /^reference/);
    assert.equal(tokenItem.command?.command, 'mcpWarden.reveal');
  });

  test('clicking a node reveals its exact place in the file', async () => {
    const api = await activateExtension();
    const file = api.tree.getChildren().find((node) => node.kind === 'file' && node.scan.uri.path.endsWith('/.cursor/mcp.json')) as TreeNode;
    const [remote] = api.tree.getChildren(file);
    const command = api.tree.getTreeItem(remote as TreeNode).command as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/.cursor/mcp.json') && vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(editor.selection), '"remote"');
  });
});
