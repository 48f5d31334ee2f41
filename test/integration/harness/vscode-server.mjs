// Starts the bare VS Code server (code-server's embedded lib/vscode/out/server-main.js) on Node 24.
import { join } from 'node:path';
import { ensureDir, node24Env, paths, spawnManaged, waitForOutput } from './env.mjs';

/**
 * @param {object} o
 * @param {string} o.dataDir   server data dir; user data in <dataDir>/u, extensions in <dataDir>/e
 * @param {Record<string,string>} [o.env]  extra environment for the server and its extension hosts
 * @param {(line: string) => void} [o.onLine]  every line the server prints
 * @param {number} [o.timeoutMs]
 * @param {boolean} [o.trusted=true]  false: workspace trust stays on, so the folder opens untrusted (restricted mode)
 * @returns {Promise<{ port: number, origin: string, stop: () => Promise<void>, exited: Promise<unknown> }>}
 */
export async function startVsCodeServer({ dataDir, env = {}, onLine = () => {}, timeoutMs = 60_000, trusted = true }) {
  ensureDir(join(dataDir, 'u'));
  ensureDir(join(dataDir, 'e'));
  const args = [
    paths.serverMain,
    '--host', '127.0.0.1',
    '--port', '0', // the OS picks a free port; the server prints it
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--enable-smoke-test-driver', // lets the payload's extensionDevelopmentPath/extensionTestsPath through
    ...(trusted ? ['--disable-workspace-trust'] : []),
    '--server-data-dir', dataDir,
    '--user-data-dir', join(dataDir, 'u'),
    '--extensions-dir', join(dataDir, 'e'),
  ];
  const server = spawnManaged(paths.node, args, { env: node24Env(env), cwd: dataDir });
  const match = await waitForOutput(server, /Web UI available at http:\/\/[^:/]+:(\d+)/, {
    timeoutMs, what: 'VS Code server', onLine,
  });
  const port = Number(match[1]);
  return { port, origin: `http://127.0.0.1:${port}`, stop: server.stop, exited: server.exited };
}
