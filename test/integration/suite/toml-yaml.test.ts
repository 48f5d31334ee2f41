import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, waitFor, workspaceUri } from './util';

/** Config files written for this suite only, removed afterwards (other suites count the fixture's files). */
const CODEX = 'toml-yaml-tmp/.codex/config.toml';
const CONTINUE = 'toml-yaml-tmp/.continue/mcpServers/servers.yaml';

const CODEX_TEXT = `# Codex project config
[mcp_servers.search] # the search server
url = "http://search.corp.example.com/mcp"

[mcp_servers.jira]
command = "uvx"
args = ["mcp-atlassian==0.11.9", "--insecure"]
`;

const CONTINUE_TEXT = `name: tools
version: 0.0.1
schema: v1
mcpServers:
  - name: jira # Jira
    command: uvx
    args:
      - mcp-atlassian==0.11.9
      - --insecure # remove me
    env:
      NODE_TLS_REJECT_UNAUTHORIZED: "0"
      LOG: info
`;

async function write(relative: string, text: string): Promise<vscode.TextDocument> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

suite('TOML and YAML configs (Codex, Continue)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri('toml-yaml-tmp'), { recursive: true, useTrash: false });
  });

  test('a Codex config.toml gets diagnostics at the exact value; the quick fix keeps its comments', async () => {
    const document = await write(CODEX, CODEX_TEXT);
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP010') && d.some((x) => codeOf(x) === 'MCP013'));
    const http = diagnostics.find((d) => codeOf(d) === 'MCP010') as vscode.Diagnostic;
    assert.equal(document.getText(http.range), '"http://search.corp.example.com/mcp"');
    const fix = (await actionsAt(document.uri, http.range)).find((a) => a.title === 'Use https://');
    assert.ok(fix?.edit && fix.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.getText().includes('url = "https://search.corp.example.com/mcp"'));
    assert.ok(document.getText().includes('[mcp_servers.search] # the search server'), 'comment kept');
    await diagnosticsWhen(document.uri, (d) => !d.some((x) => codeOf(x) === 'MCP010'), 'MCP010 gone');
    await document.save();
  });

  test('a Continue YAML block: typing updates diagnostics, fix-all removes TLS switches, one undo restores', async () => {
    const document = await write(CONTINUE, CONTINUE_TEXT);
    await diagnosticsWhen(document.uri, (d) => d.filter((x) => codeOf(x) === 'MCP013').length === 2);
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    const at = document.getText().indexOf('LOG: info');
    await editor.edit((b) => b.insert(document.positionAt(at), 'API_URL: http://api.corp.example\n      '));
    await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP010'), 'MCP010 after typing');
    const edited = document.getText();
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(edited.length));
    const fixAll = (await actionsAt(document.uri, whole, 'source.fixAll.mcpWarden')).find((a) => a.kind?.value === 'source.fixAll.mcpWarden');
    assert.ok(fixAll?.edit, 'a fix-all action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const fixed = document.getText();
    assert.ok(!fixed.includes('--insecure') && !fixed.includes('NODE_TLS_REJECT_UNAUTHORIZED'), fixed);
    assert.ok(fixed.includes('API_URL: https://api.corp.example'));
    assert.ok(fixed.includes('  - name: jira # Jira'), 'comment kept');
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => document.getText() === edited);
    await document.save();
  });

  test('disable-next-line in YAML is offered with #', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(CONTINUE));
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP013'));
    const tls = diagnostics.find((d) => codeOf(d) === 'MCP013') as vscode.Diagnostic;
    const disable = (await actionsAt(document.uri, tls.range)).find((a) => a.title === 'Disable MCP013 for this line');
    assert.ok(disable?.edit);
    const inserted = disable.edit.get(document.uri)[0]?.newText ?? '';
    assert.match(inserted, /^\s*# mcp-warden-disable-next-line MCP013/);
  });
});
