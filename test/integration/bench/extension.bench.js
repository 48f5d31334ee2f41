// In-host bench of the packaged extension (see index.js). Measures, inside a real extension host:
//  - activation: wall time of getExtension('mcp-warden.mcp-warden').activate() on a workspace
//    with no MCP config yet (so nothing activated it at start-up), the API's activationMs (the
//    synchronous part of activate()) and the time until api.ready (first workspace scan);
//  - keystroke → diagnostics: an edit that adds or removes a finding (http:// ⇄ https:// in one
//    url, MCP010) on a typical config and on a ~1 MB one, until vscode.languages.getDiagnostics
//    reflects it. Two moments per edit: `publishMs`, when our collection is updated (the
//    extension's onDidChangeResults; getDiagnostics already shows it then), and `eventMs`, when
//    vscode.languages.onDidChangeDiagnostics reports it to listeners (VS Code throttles that
//    event by up to 50 ms). Both with the default debounce and with mcpWarden.debounceMs = 0.
//    `checkedEarlyByCodeActionRequest` counts the edits whose new text was checked at once by a
//    code-action request (the editor's lightbulb asks after every edit), not after the debounce.
// Writes one JSON object to $MCP_WARDEN_BENCH_OUT.
const assert = require('node:assert/strict');
const { readFileSync, writeFileSync } = require('node:fs');
const vscode = require('vscode');

const EXTENSION_ID = 'mcp-warden.mcp-warden';
const OUT = process.env.MCP_WARDEN_BENCH_OUT;
const DATA = process.env.MCP_WARDEN_BENCH_DATA;

const results = { activation: undefined, keystrokeToDiagnostics: {}, errors: [] };
let api;
/** Code-action requests (the lightbulb asks after edits) that found the document's scan stale. */
const staleCodeActionRequests = [];

/** Records code-action requests made while the document's latest text was not checked yet. */
function watchCodeActions() {
  const provider = api.codeActions;
  const original = provider.provideCodeActions;
  provider.provideCodeActions = function (document, ...rest) {
    if (api.diagnostics.get(document.uri)?.version !== document.version) staleCodeActionRequests.push({ uri: document.uri.toString(), at: performance.now() });
    return original.call(this, document, ...rest);
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const codeOf = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function until(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

function deferred(what, timeoutMs) {
  let resolve;
  let timer;
  const promise = new Promise((res, reject) => {
    resolve = res;
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return { promise, resolve: (value) => { clearTimeout(timer); resolve(value); } };
}

function workspaceUri(relative) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the bench needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** The debounce the extension's diagnostics controller uses right now (its settings object). */
function debounceInForce() {
  return api.diagnostics.settings?.debounceMs;
}

/** Sets mcpWarden.debounceMs in the workspace (undefined removes it) and waits until it applies. */
async function setDebounce(value, expected = value) {
  const config = vscode.workspace.getConfiguration('mcpWarden');
  await config.update('debounceMs', value, vscode.ConfigurationTarget.Workspace);
  await until(`mcpWarden.debounceMs = ${expected} in the extension`, () => debounceInForce() === expected);
  await sleep(300); // the settings change re-checks open configs: let that finish first
}

/**
 * Opens `uri`, then makes `samples` edits (after `warmup` unmeasured ones), each toggling the
 * scheme of the url whose host is `targetHost`: https → http adds an MCP010 finding, http →
 * https removes it. An even total leaves the text as it was.
 */
async function measureEdits(uri, targetHost, samples, warmup) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const key = uri.toString();
  await until(`the first check of ${uri.path}`, () => api.diagnostics.get(uri)?.version === document.version);
  const marker = `://${targetHost}`;
  const locate = () => {
    const at = document.getText().indexOf(marker);
    assert.ok(at > 0, `${marker} in ${uri.path}`);
    return at;
  };
  const line = document.positionAt(locate()).line;
  const flagged = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'MCP Warden' && codeOf(d) === 'MCP010' && d.range.start.line === line);

  const rows = [];
  const total = samples + warmup + ((samples + warmup) % 2);
  for (let i = 0; i < total; i++) {
    const hostAt = locate(); // moves by one with every edit
    const secure = document.getText(new vscode.Range(document.positionAt(hostAt - 1), document.positionAt(hostAt))) === 's';
    const expectFlagged = secure; // https → http adds the finding
    const published = deferred(`our diagnostics after edit ${i}`, 30_000);
    const announced = deferred(`onDidChangeDiagnostics after edit ${i}`, 30_000);
    const subscriptions = [
      api.diagnostics.onDidChangeResults((changed) => {
        if (changed.toString() === key && flagged() === expectFlagged) published.resolve(performance.now());
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((u) => u.toString() === key) && flagged() === expectFlagged) announced.resolve(performance.now());
      }),
    ];
    try {
      const started = performance.now();
      const applied = await editor.edit(
        (edit) => (secure
          ? edit.delete(new vscode.Range(document.positionAt(hostAt - 1), document.positionAt(hostAt)))
          : edit.insert(document.positionAt(hostAt), 's')),
        { undoStopBefore: false, undoStopAfter: false },
      );
      assert.ok(applied, `edit ${i} applied`);
      const [publishedAt, announcedAt] = await Promise.all([published.promise, announced.promise]);
      // A code-action request on the new text checks it at once, whatever the debounce.
      const forced = staleCodeActionRequests.some((r) => r.uri === key && r.at >= started && r.at <= publishedAt);
      if (i >= warmup) rows.push({ publishMs: publishedAt - started, eventMs: announcedAt - started, forced });
    } finally {
      for (const s of subscriptions) s.dispose();
    }
    // The next keystroke comes after the squiggle updated and the editor settled (typing pace).
    await sleep(100);
  }
  const findings = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'MCP Warden').length;
  return { rows, findings, bytes: Buffer.byteLength(document.getText()) };
}

function summarize(rows) {
  const publish = rows.map((r) => r.publishMs);
  const event = rows.map((r) => r.eventMs);
  return {
    edits: rows.length,
    medianMs: round(median(event)),
    minMs: round(Math.min(...event)),
    maxMs: round(Math.max(...event)),
    medianPublishMs: round(median(publish)),
    minPublishMs: round(Math.min(...publish)),
    maxPublishMs: round(Math.max(...publish)),
    checkedEarlyByCodeActionRequest: rows.filter((r) => r.forced).length,
  };
}

suite('extension bench', () => {
  let data;

  suiteSetup(() => {
    assert.ok(OUT, 'MCP_WARDEN_BENCH_OUT is set');
    assert.ok(DATA, 'MCP_WARDEN_BENCH_DATA is set');
    data = JSON.parse(readFileSync(DATA, 'utf8'));
  });

  suiteTeardown(() => {
    if (OUT) writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  });

  test('activation', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const wasActive = extension.isActive;
    const started = performance.now();
    api = await extension.activate();
    const activateWallMs = performance.now() - started;
    watchCodeActions();
    await api.ready;
    const readyMs = performance.now() - started;
    results.activation = {
      coldStart: !wasActive,
      activateWallMs: round(activateWallMs, 2),
      activationMs: round(api.activationMs, 2),
      readyMs: round(readyMs, 1),
    };
    assert.ok(!wasActive, 'the extension was already active: the activation figure would be meaningless');
  });

  test('keystroke → diagnostics', async () => {
    assert.ok(api, 'activated');
    const configured = vscode.workspace.getConfiguration('mcpWarden').get('debounceMs');
    // Create the configs now: present at start-up they would have activated the extension.
    for (const config of data.configs) {
      await vscode.workspace.fs.writeFile(workspaceUri(config.path), readFileSync(config.source));
    }
    const runs = [
      { key: `debounce${configured}`, value: undefined },
      { key: 'debounce0', value: 0 },
    ];
    try {
      for (const run of runs) {
        if (run.value !== undefined) await setDebounce(run.value);
        const debounceMs = debounceInForce();
        for (const config of data.configs) {
          const measured = await measureEdits(workspaceUri(config.path), config.targetHost, data.edits, data.warmup);
          const entry = (results.keystrokeToDiagnostics[config.name] ??= { path: config.path, bytes: measured.bytes, findings: measured.findings });
          entry[run.key] = { debounceMs, ...summarize(measured.rows) };
          await vscode.commands.executeCommand('workbench.action.files.revert');
          await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        }
      }
    } finally {
      await setDebounce(undefined, configured).catch((error) => results.errors.push(`restoring debounceMs: ${error.message}`));
    }
    results.keystrokeToDiagnostics.defaultDebounceMs = configured;
  });
});
