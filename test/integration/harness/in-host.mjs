// Runs a mocha suite inside a real VS Code extension host: the VS Code server from code-server,
// driven by headless Chromium (playwright-core) with extensionDevelopmentPath/extensionTestsPath
// in the URL payload. The workbench calls window.codeAutomationExit(code) when the suite ends.
import { cpSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import {
  chromiumLaunchOptions, makeTempDir, skipOrFail, withTimeout,
} from './env.mjs';
import { startVsCodeServer } from './vscode-server.mjs';

const log = (...args) => console.log('[in-host]', ...args);

/**
 * @param {object} o
 * @param {string} o.extensionPath  folder with the extension's package.json (e.g. an unzipped VSIX's extension/)
 * @param {string} o.testsPath      CommonJS module (or folder with index.js) exporting run(): Promise<void>
 * @param {string} [o.workspace]    folder to open; copied to a temp dir first unless copyWorkspace is false
 * @param {Record<string,string>} [o.env]  extra environment for the server and its extension host
 * @param {boolean} [o.copyWorkspace=true]
 * @param {number} [o.timeoutMs=600000]  whole-suite limit
 * @param {string} [o.screenshotOnFailure]  path for a screenshot when the suite fails or times out
 * @returns {Promise<number>} the suite's exit code (0 = passed); 0 with a SKIPPED line when not provisioned outside CI
 */
export async function runInHostSuite({
  extensionPath, testsPath, workspace, env = {}, copyWorkspace = true, timeoutMs = 600_000, screenshotOnFailure, trusted = true,
}) {
  const skipped = skipOrFail(`in-host suite ${testsPath}`);
  if (skipped !== undefined) return skipped;
  extensionPath = resolve(extensionPath);
  testsPath = resolve(testsPath);
  for (const [name, p] of Object.entries({ extensionPath, testsPath, ...(workspace ? { workspace } : {}) })) {
    if (!existsSync(p)) throw new Error(`${name} does not exist: ${p}`);
  }
  if (!existsSync(join(extensionPath, 'package.json'))) throw new Error(`no package.json in ${extensionPath}`);

  const started = Date.now();
  const dataDir = makeTempDir('inhost');
  let folder;
  if (workspace) {
    folder = resolve(workspace);
    if (copyWorkspace) {
      const copy = join(dataDir, 'workspace', basename(folder));
      cpSync(folder, copy, { recursive: true });
      folder = copy;
    }
  }

  const serverLines = [];
  const server = await startVsCodeServer({
    dataDir,
    env,
    trusted,
    onLine: (line) => {
      serverLines.push(line);
      if (serverLines.length > 400) serverLines.shift();
      if (process.env.MCP_WARDEN_VERBOSE) console.log(`[server] ${line}`);
    },
  });
  log(`VS Code server on ${server.origin} (${Date.now() - started} ms)`);

  let browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

    let settle;
    const finished = new Promise((resolveExit) => { settle = resolveExit; });
    // VS Code's web test path: workbench.js calls codeAutomationLog(level, message) for every log
    // message while extension tests run (the extension host's console output arrives there too),
    // and codeAutomationExit(code, logs) when the extension host exits after run() settles.
    await page.exposeFunction('codeAutomationLog', (level, message) => printLog(level, message));
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('crash', () => settle({ code: 1, reason: 'the workbench page crashed' }));
    server.exited.then(({ code, signal }) => settle({ code: 1, reason: `VS Code server exited (${code ?? signal})` }));

    const authority = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${toUriPath(extensionPath)}`],
      ['extensionTestsPath', `vscode-remote://${authority}${toUriPath(testsPath)}`],
      ['skipWelcome', 'true'],
    ];
    const query = new URLSearchParams();
    if (folder) query.set('folder', folder);
    query.set('payload', JSON.stringify(payload));
    const url = `${server.origin}/?${query}`;
    log(`opening workbench: ${folder ?? '(no folder)'}; tests ${testsPath}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    const result = await withTimeout(finished, timeoutMs, 'suite')
      .catch((error) => ({ code: 1, reason: error.message }));
    if (result.reason) log(result.reason);
    if (result.code !== 0) {
      if (screenshotOnFailure) {
        await withTimeout(page.screenshot({ path: screenshotOnFailure }), 10_000, 'screenshot').catch(() => {});
        log(`screenshot: ${screenshotOnFailure}`);
      }
      log(`last server output:\n${serverLines.slice(-40).join('\n')}`);
      log(`server and extension host logs: ${join(dataDir, 'u', 'logs')}${process.env.MCP_WARDEN_KEEP_TMP ? '' : ' (set MCP_WARDEN_KEEP_TMP=1 to keep them)'}`);
    }
    log(`exit code ${result.code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result.code;
  } finally {
    await withTimeout(browser?.close() ?? Promise.resolve(), 10_000, 'closing Chromium').catch(() => {});
    await server.stop();
  }
}

function toUriPath(fsPath) {
  return fsPath.split('/').map(encodeURIComponent).join('/');
}

/**
 * While extension tests run, the workbench sends codeAutomationLog(level, args) for its own log
 * messages AND for the extension host's console output (console.log args, unlabelled, e.g.
 * ['    ✔ %s (%dms)', 'runs its command', 38]). Print them formatted; drop the workbench's known
 * chatter unless MCP_WARDEN_VERBOSE is set.
 */
const workbenchChatter = [
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)/,
  /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^Updating additional builtin extensions cache/,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN) open-vsx\.org/, /^\[(Chat|LanguageModel|Copilot)/,
];
function printLog(level, args) {
  const text = Array.isArray(args) ? format(...args) : String(args);
  if (!process.env.MCP_WARDEN_VERBOSE && workbenchChatter.some((re) => re.test(text))) return;
  process.stdout.write(level === 'error' || level === 'warn' ? `[${level}] ${text}\n` : `${text}\n`);
}
