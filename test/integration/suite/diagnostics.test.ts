import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, openConfig, ourDiagnostics, waitFor, workspaceUri } from './util';

suite('diagnostics', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a VS Code config gets diagnostics with rule ids, docs links and exact ranges', async () => {
    const { document } = await openConfig('.vscode/mcp.json');
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.length >= 3);
    const ids = diagnostics.map(codeOf).sort();
    assert.ok(ids.includes('MCP010'), `MCP010 in ${ids.join(',')}`);
    assert.ok(ids.includes('MCP013'), `MCP013 in ${ids.join(',')}`);
    assert.ok(ids.includes('MCP014'), `MCP014 in ${ids.join(',')}`);
    const http = diagnostics.find((d) => codeOf(d) === 'MCP010');
    assert.ok(http);
    assert.equal(document.getText(http.range), '"http://mcp.search.example.com/mcp"');
    assert.equal(http.severity, vscode.DiagnosticSeverity.Error);
    // The rule id links to the rule's page (docs/rules/<name>.md), opened in the browser.
    assert.equal(typeof http.code === 'object' && http.code.target.toString(true), 'https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/insecure-http.md');
    const bind = diagnostics.find((d) => codeOf(d) === 'MCP014');
    assert.equal(bind && document.getText(bind.range), '"0.0.0.0"');
  });

  test('closed configs of other clients are checked at start', async () => {
    const cursor = workspaceUri('.cursor/mcp.json');
    const desktop = workspaceUri('desktop/claude_desktop_config.json');
    const gemini = workspaceUri('gemini/.gemini/settings.json');
    const cursorIds = (await diagnosticsWhen(cursor, (d) => d.length >= 2)).map(codeOf);
    assert.ok(cursorIds.includes('MCP011') && cursorIds.includes('MCP031'), cursorIds.join(','));
    const desktopIds = (await diagnosticsWhen(desktop, (d) => d.length >= 2)).map(codeOf);
    assert.ok(desktopIds.includes('MCP040') && desktopIds.includes('MCP030'), desktopIds.join(','));
    const geminiIds = (await diagnosticsWhen(gemini, (d) => d.length >= 2)).map(codeOf);
    assert.ok(geminiIds.includes('MCP050') && geminiIds.includes('MCP020'), geminiIds.join(','));
  });

  test('a clean config has no diagnostics', async () => {
    const { document } = await openConfig('clean/.vscode/mcp.json');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(ourDiagnostics(document.uri).map(codeOf), []);
  });

  test('typing updates diagnostics; the newest text wins', async () => {
    const { document, editor } = await openConfig('clean/.vscode/mcp.json');
    const original = document.getText();
    try {
      const url = original.indexOf('https://mcp.example.com');
      for (const text of ['h', 'ht', 'http://mcp.example.com']) {
        await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(url), document.positionAt(url + (text === 'h' ? 'https://mcp.example.com'.length : document.getText().indexOf('/mcp"', url) - url))), text));
      }
      const diagnostics = await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP010'), 'MCP010 after typing');
      assert.equal(diagnostics.filter((d) => codeOf(d) === 'MCP010').length, 1);
    } finally {
      await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original));
      await document.save();
    }
    await diagnosticsWhen(document.uri, (d) => d.length === 0, 'clean again');
  });

  test('a disable-next-line comment silences a rule on the next line', async () => {
    const { document, editor } = await openConfig('.vscode/mcp.json');
    const original = document.getText();
    try {
      const line = document.positionAt(original.indexOf('"url": "http://')).line;
      await editor.edit((b) => b.insert(new vscode.Position(line, 0), '      // mcp-warden-disable-next-line MCP010\n'));
      await diagnosticsWhen(document.uri, (d) => !d.some((x) => codeOf(x) === 'MCP010') && d.length > 0, 'MCP010 silenced');
    } finally {
      await vscode.commands.executeCommand('undo');
      await waitFor('text restored', () => document.getText() === original);
      await document.save();
    }
  });

  test('mcpWarden.rules overrides severities and turns rules off', async () => {
    const { document } = await openConfig('.vscode/mcp.json');
    const config = vscode.workspace.getConfiguration('mcpWarden');
    try {
      await config.update('rules', { MCP010: 'info', MCP013: 'off' }, vscode.ConfigurationTarget.Workspace);
      const diagnostics = await diagnosticsWhen(
        document.uri,
        (d) => !d.some((x) => codeOf(x) === 'MCP013') && d.some((x) => codeOf(x) === 'MCP010' && x.severity === vscode.DiagnosticSeverity.Information),
        'overridden severities',
      );
      assert.ok(diagnostics.length > 0);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(document.uri, (d) => d.some((x) => codeOf(x) === 'MCP013'), 'defaults back');
  });
});
