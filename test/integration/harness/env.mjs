// Shared by the in-host runner and the e2e (Playwright) harness: where the provisioned VS Code
// lives, the skip-or-fail rule when it is missing, child processes that die with us, and temp dirs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const VSCE_VERSION = '4.1.0';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const cacheDir =
  process.env.MCP_WARDEN_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mcp-warden');

const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
export const paths = {
  stamp: join(cacheDir, 'provisioned.json'),
  nodeDir: join(cacheDir, 'node24'),
  node: join(cacheDir, 'node24', 'bin', 'node'),
  /** code-server's own CLI (auth, static serving, --install-extension, …) */
  codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js'),
  /** the bare VS Code server inside it (what the in-host suites use) */
  serverMain: join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js'),
  vsce: join(cacheDir, `vsce-${VSCE_VERSION}`, 'node_modules', '@vscode', 'vsce', 'vsce'),
  chromium: process.env.MCP_WARDEN_CHROMIUM || '/usr/bin/chromium',
};

/** Why the provisioned VS Code cannot be used, or undefined when it can. */
export function missingPrerequisite() {
  if (!existsSync(paths.stamp)) return `VS Code server not provisioned in ${cacheDir} (run scripts/provision-vscode.sh)`;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(paths.stamp, 'utf8'));
  } catch {
    return `unreadable stamp ${paths.stamp}`;
  }
  if (stamp.codeServer !== CODE_SERVER_VERSION || stamp.node !== NODE_VERSION || stamp.vsce !== VSCE_VERSION) {
    return `cache holds ${JSON.stringify(stamp)}, want code-server ${CODE_SERVER_VERSION}, node ${NODE_VERSION}, vsce ${VSCE_VERSION} (re-run scripts/provision-vscode.sh)`;
  }
  const required = { node: paths.node, serverMain: paths.serverMain, codeServer: paths.codeServerEntry, vsce: paths.vsce, chromium: paths.chromium };
  for (const [name, file] of Object.entries(required)) {
    if (!existsSync(file)) return `${name} missing: ${file} (re-run scripts/provision-vscode.sh)`;
  }
  return undefined;
}

export const isCI = () => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * Skip semantics for harness entry points: outside CI a missing prerequisite prints a loud
 * SKIPPED line and means exit code 0; with CI set it is a failure (exit code 1).
 * Returns that exit code, or undefined when everything is there.
 */
export function skipOrFail(what) {
  const reason = missingPrerequisite();
  if (!reason) return undefined;
  if (isCI()) {
    console.error(`\nFAILED: ${what}: ${reason} (CI is set, so a missing prerequisite is an error)\n`);
    return 1;
  }
  console.log(`\n${'!'.repeat(78)}\nSKIPPED: ${what}: ${reason}\n${'!'.repeat(78)}\n`);
  return 0;
}

/** Environment for children that must run on the provisioned Node 24 (PATH first). */
export function node24Env(extra = {}) {
  return { ...process.env, PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH}`, ...extra };
}

const groups = new Set(); // pids of process-group leaders we started
process.once('exit', () => { for (const pid of groups) killGroup(pid, 'SIGKILL'); });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[signal]));
}

/** Signals a whole process group: the server with its extension hosts, MCP servers, watchers. */
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/**
 * Spawns a long-running child as the leader of its own process group; the group is killed when
 * we exit. `stop()` sends SIGTERM to the group, SIGKILL after `graceMs`, and SIGKILL once more
 * for stragglers after the leader is gone.
 */
export function spawnManaged(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(child.pid);
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  async function stop(graceMs = 5000) {
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    killGroup(child.pid, 'SIGKILL');
    groups.delete(child.pid);
  }
  return { child, exited, stop };
}

/**
 * Resolves with the first match of `pattern` in the child's stdout/stderr; rejects on timeout
 * or when the child exits first. Every line goes to `onLine` as well.
 */
export function waitForOutput({ child, exited }, pattern, { timeoutMs, what, onLine = () => {} }) {
  return new Promise((resolveMatch, reject) => {
    let tail = '';
    let done = false;
    const finish = (fn, value) => { if (!done) { done = true; clearTimeout(timer); fn(value); } };
    const timer = setTimeout(
      () => finish(reject, new Error(`${what}: no ${pattern} within ${timeoutMs} ms. Output so far:\n${tail}`)),
      timeoutMs,
    );
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        partial += chunk;
        const lines = partial.split('\n');
        partial = lines.pop();
        for (const line of lines) {
          tail = (tail + line + '\n').slice(-8000);
          onLine(line);
          const match = pattern.exec(line);
          if (match) finish(resolveMatch, match);
        }
      });
    }
    exited.then(({ code, signal }) =>
      finish(reject, new Error(`${what} exited (${code ?? signal}) before ${pattern}. Output:\n${tail}`)));
  });
}

/** A fresh temp dir, removed on exit unless MCP_WARDEN_KEEP_TMP is set. */
export function makeTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `mcp-warden-${prefix}-`));
  if (!process.env.MCP_WARDEN_KEEP_TMP) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Rejects after `ms` with a message naming `what`. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

let browserConfig;
function browserConfigDir() {
  browserConfig ??= makeTempDir('chromium');
  return browserConfig;
}

/** Chromium launch options shared by the in-host runner and the UI tests. */
export function chromiumLaunchOptions(extraArgs = []) {
  return {
    executablePath: paths.chromium,
    headless: process.env.MCP_WARDEN_HEADED ? false : true,
    timeout: 60_000,
    // Chromium's crash-report database goes to $XDG_CONFIG_HOME/chromium: not into the user's home.
    env: { ...process.env, XDG_CONFIG_HOME: browserConfigDir() },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', ...extraArgs,
    ],
  };
}
