/**
 * Launcher start-up overhead: the median time from spawning to the first response of `initialize`,
 * for `mcp-warden run -- node server.mjs` (with GITHUB_TOKEN=${keychain:id}, read from the real
 * keychain) versus `node server.mjs` (with the token in its env), same environment otherwise.
 *
 * Needs a Secret Service: run inside the keychain wrapper, after a build:
 *   bash scripts/with-keychain.sh node out/test/bench/launcher-bench.js
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeSecretId } from '../../src/core/keychain/store';
import { OsSecretStore } from '../../src/node/os-keychain';
import { FIXTURE_SERVER, REPO_ROOT } from '../fixtures/mcp-server/client';

export interface LauncherBenchResult {
  directMs: number;
  launcherMs: number;
  overheadMs: number;
}

export interface LauncherBenchOptions {
  /** Measured runs of each kind (after one warm-up each). Default 20. */
  runs?: number;
  /** The bundled CLI. Default: dist/cli.js of this repository. */
  cli?: string;
}

const INITIALIZE = `${JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
})}\n`;

export async function measureLauncherOverhead(options: LauncherBenchOptions = {}): Promise<LauncherBenchResult> {
  const runs = options.runs ?? 20;
  // What the shim runs for `run`: the lean launcher bundle (dist/run.js), else the whole CLI.
  const lean = join(REPO_ROOT, 'dist', 'run.js');
  const cli = options.cli ?? (existsSync(lean) ? lean : join(REPO_ROOT, 'dist', 'cli.js'));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (npm run build)`);
  const store = new OsSecretStore();
  const id = makeSecretId('bench', 'GITHUB_TOKEN');
  const token = `bench-${id}-${Date.now()}`;
  await store.set(id, token); // throws KeychainUnavailableError outside the keychain wrapper
  try {
    const direct = () => timeToInitialize(process.execPath, [FIXTURE_SERVER], { ...process.env, GITHUB_TOKEN: token });
    const launched = () => timeToInitialize(process.execPath, [cli, 'run', '--', process.execPath, FIXTURE_SERVER], { ...process.env, GITHUB_TOKEN: `\${keychain:${id}}` });
    await direct();
    await launched();
    const directTimes: number[] = [];
    const launcherTimes: number[] = [];
    // Interleaved, so machine load drifts affect both alike.
    for (let i = 0; i < runs; i++) {
      directTimes.push(await direct());
      launcherTimes.push(await launched());
    }
    const directMs = round(median(directTimes));
    const launcherMs = round(median(launcherTimes));
    return { directMs, launcherMs, overheadMs: round(launcherMs - directMs) };
  } finally {
    await store.delete(id);
  }
}

/** Milliseconds from spawn to the first complete line on stdout (the initialize response). */
function timeToInitialize(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let output = '';
    let elapsed: number | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no initialize response from ${args.join(' ')} within 10 s`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (elapsed === undefined && output.includes('\n')) {
        elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        if (!output.includes('"result"')) reject(new Error(`unexpected response: ${output.slice(0, 200)}`));
        child.stdin.end();
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (elapsed === undefined) reject(new Error(`${args.join(' ')} exited without answering initialize`));
      else resolve(elapsed);
    });
    child.stdin.write(INITIALIZE);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

if (require.main === module) {
  measureLauncherOverhead().then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(`launcher bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
