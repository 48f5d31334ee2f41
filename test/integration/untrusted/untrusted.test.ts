/**
 * Restricted mode: diagnostics still work (capabilities.untrustedWorkspaces: limited), but the
 * resolver releases nothing and secrets are not moved — and the refusal is audited.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, openConfig } from '../suite/util';

suite('untrusted workspace', () => {
  test('the folder is not trusted, yet diagnostics appear', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the folder untrusted');
    await activateExtension();
    const { document } = await openConfig('.vscode/mcp.json');
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP010'));
    assert.ok(diagnostics.length >= 3);
  });

  test('mcpWarden.secret refuses, and the refusal is audited', async () => {
    const api = await activateExtension();
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('mcpWarden.secret', { id: 'github.GITHUB_TOKEN.k3f9qa2m' })),
      /only in trusted workspaces/,
    );
    const audit = readFileSync(api.secrets.audit.file.fsPath, 'utf8');
    assert.match(audit, /"id":"github\.GITHUB_TOKEN\.k3f9qa2m".*"outcome":"refused".*"reason":"untrusted workspace"/);
  });

  test('Move Secrets to Keychain does nothing in restricted mode', async () => {
    const { document } = await openConfig('.vscode/mcp.json');
    const before = document.getText();
    const moved = await vscode.commands.executeCommand<boolean>('mcpWarden.moveSecrets', { uri: document.uri.toString(), yes: true });
    assert.equal(moved, false);
    assert.equal(document.getText(), before);
  });
});
