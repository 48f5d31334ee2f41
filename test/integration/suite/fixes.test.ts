import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, openConfig, waitFor } from './util';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

suite('quick fixes', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('http:// → https:// is a preferred quick fix; one undo restores the file, comments intact', async () => {
    const { document } = await openConfig('.vscode/mcp.json');
    const original = document.getText();
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP010'));
    const http = diagnostics.find((d) => codeOf(d) === 'MCP010') as vscode.Diagnostic;
    const actions = await actionsAt(document.uri, http.range);
    const fix = actions.find((a) => a.title === 'Use https://');
    assert.ok(fix?.edit, `the fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind?.value, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.getText().includes('"https://mcp.search.example.com/mcp"'));
    assert.ok(document.getText().includes('// A workspace config with problems'), 'comment preserved');
    await diagnosticsWhen(document.uri, (d) => !d.some((x) => codeOf(x) === 'MCP010'), 'MCP010 gone');
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => document.getText() === original);
    await document.save();
    await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP013'), 'problems back after undo');
  });

  test('source.fixAll applies every safe fix at once, and one undo reverts all', async () => {
    const { document } = await openConfig('.vscode/mcp.json');
    const original = document.getText();
    await diagnosticsWhen(document.uri, (d) => d.length >= 3);
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(original.length));
    const actions = await actionsAt(document.uri, whole, 'source.fixAll.mcpWarden');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.mcpWarden');
    assert.ok(fixAll?.edit, 'a fix-all action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const fixed = document.getText();
    assert.ok(fixed.includes('https://mcp.search.example.com'));
    assert.ok(fixed.includes('"127.0.0.1"'));
    assert.ok(!fixed.includes('NODE_TLS_REJECT_UNAUTHORIZED'));
    assert.ok(fixed.includes('// A workspace config with problems'));
    await diagnosticsWhen(document.uri, (d) => !d.some((x) => ['MCP010', 'MCP013', 'MCP014'].includes(codeOf(x))), 'safe problems fixed');
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => document.getText() === original);
    await document.save();
    await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP013'), 'problems back after undo');
  });

  test('the fix-all command does the same from the palette', async () => {
    const { document } = await openConfig('.vscode/mcp.json');
    const original = document.getText();
    await vscode.commands.executeCommand('mcpWarden.fixAll');
    await waitFor('fixed', () => document.getText() !== original);
    assert.ok(!document.getText().includes('NODE_TLS_REJECT_UNAUTHORIZED'));
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => document.getText() === original);
    await document.save();
    await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP013'), 'problems back after undo');
  });
});
