// Starts code-server (the full product: auth, static serving, the VS Code web client) on a
// workspace, with a .vsix installed into a private extensions dir.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  ensureDir, makeTempDir, node24Env, paths, spawnManaged, waitForOutput,
} from '../../integration/harness/env.mjs';

/** User settings that keep the workbench quiet and screenshots stable. */
export const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'window.commandCenter': false,
};

/**
 * @param {object} o
 * @param {string} o.workspace  folder to open (copied to a temp dir unless copyWorkspace is false)
 * @param {string} [o.vsix]     extension package to install first
 * @param {Record<string, unknown>} [o.settings]  merged over defaultSettings into the user settings.json
 * @param {Record<string,string>} [o.env]  extra environment for code-server and its extension host
 * @param {boolean} [o.copyWorkspace=true]
 * @param {number} [o.timeoutMs=60000]
 * @returns {Promise<{ url: string, port: number, workspace: string, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ workspace, vsix, settings = {}, env = {}, copyWorkspace = true, timeoutMs = 60_000 }) {
  const dataDir = makeTempDir('code-server');
  const userDataDir = ensureDir(join(dataDir, 'u'));
  const extensionsDir = ensureDir(join(dataDir, 'e'));
  // --config: code-server otherwise writes ~/.config/code-server/config.yaml (with a password).
  const common = ['--config', join(dataDir, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  // code-server keeps logs and a heartbeat under $XDG_DATA_HOME/code-server: keep them in dataDir.
  const childEnv = node24Env({ XDG_DATA_HOME: ensureDir(join(dataDir, 'xdg-data')), ...env });

  if (vsix) {
    execFileSync(paths.node, [paths.codeServerEntry, ...common, '--install-extension', resolve(vsix), '--force'], {
      env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000,
    });
  }
  ensureDir(join(userDataDir, 'User'));
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaultSettings, ...settings }, null, 2));

  let folder = resolve(workspace);
  if (copyWorkspace) {
    const copy = join(dataDir, 'workspace', basename(folder));
    cpSync(folder, copy, { recursive: true });
    folder = copy;
  }

  const lines = [];
  const server = spawnManaged(paths.node, [
    paths.codeServerEntry, ...common,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0', // a free port, printed in the "HTTP server listening" line
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    folder,
  ], { env: childEnv, cwd: dataDir });
  const match = await waitForOutput(server, /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\/?/, {
    timeoutMs,
    what: 'code-server',
    onLine: (line) => {
      lines.push(line);
      if (lines.length > 500) lines.shift();
      if (process.env.MCP_WARDEN_VERBOSE) console.log(`[code-server] ${line}`);
    },
  });
  return {
    url: `${match[1]}/`,
    port: Number(match[2]),
    workspace: folder,
    dataDir,
    output: () => lines.join('\n'),
    stop: server.stop,
  };
}
