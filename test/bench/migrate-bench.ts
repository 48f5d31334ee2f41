/**
 * Migration time for a config with 10 secrets (5 stdio servers, each with a token in env and a
 * key in args; Claude Code's `.mcp.json`, so every server is also wrapped in the launcher):
 *
 * - planMs: `planMigration` (scan, ids, the rewrite) — pure, in process;
 * - memory.executeMs: `executeMigration` with an in-memory store and an in-memory file write
 *   (the cost of the order itself: 10 × get/set/read-back, then the write);
 * - keychain.executeMs: `executeMigration` against the real Secret Service with the atomic file
 *   replace the CLI uses; keychain.cliMs: wall time of `node dist/cli.js migrate <file> --yes`
 *   (process start, plan, keychain, shim, file). Present only inside scripts/with-keychain.sh
 *   (MCP_WARDEN_TEST_KEYCHAIN=1), never against a developer's own keychain; else `{ reason }`.
 *
 * Medians of N runs, each with fresh ids; every entry written is deleted again (untimed).
 *   bash scripts/with-keychain.sh node out/test/bench/migrate-bench.js
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MemorySecretStore, type SecretStore } from '../../src/core/keychain/store';
import { executeMigration, planMigration, type MigrationPlan } from '../../src/core/migrate/migration';
import { OsSecretStore } from '../../src/node/os-keychain';
import { writeFileAtomic } from '../../src/node/atomic-write';
import { REPO_ROOT } from '../fixtures/mcp-server/client';

export interface MigrationBenchResult {
  secrets: number;
  bytes: number;
  runs: number;
  planMs: number;
  memory: { executeMs: number };
  keychain: { executeMs: number; cliMs: number | null; cliRuns: number } | { reason: string };
}

export interface MigrationBenchOptions {
  /** Measured runs of each kind. Default 15 (plan: 10× as many). */
  runs?: number;
  /** The bundled CLI. Default: dist/cli.js of this repository. */
  cli?: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
const LAUNCHER = '${HOME}/.mcp-warden/bin/mcp-warden';

/** A `.mcp.json` with 10 distinct secrets (fresh values each call; assembled at run time). */
export function tenSecretConfig(): string {
  const servers: Record<string, unknown> = {};
  for (let i = 0; i < 5; i++) {
    servers[`server-${i}`] = {
      command: 'npx',
      args: ['-y', `@example/mcp-server-${i}`, `--api-key=${['sk', '-proj-', random(40)].join('')}`],
      env: { GITHUB_TOKEN: ['ghp', '_', random(36)].join(''), LOG_LEVEL: 'info' },
    };
  }
  return `${JSON.stringify({ mcpServers: servers }, null, 2)}\n`;
}

function planOf(text: string, path: string): MigrationPlan {
  const plan = planMigration(text, { path, launcherCommand: LAUNCHER });
  if (plan.entries.length !== 10) throw new Error(`expected 10 secrets to move, the plan has ${plan.entries.length}`);
  return plan;
}

export async function measureMigration(options: MigrationBenchOptions = {}): Promise<MigrationBenchResult> {
  const runs = options.runs ?? 15;
  const cli = options.cli ?? join(REPO_ROOT, 'dist', 'cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-migrate-bench-'));
  const path = join(dir, '.mcp.json');
  try {
    const text = tenSecretConfig();
    const bytes = Buffer.byteLength(text);

    // Plan: pure; warm up, then many runs (it is fast).
    for (let i = 0; i < 5; i++) planOf(text, path);
    const planTimes: number[] = [];
    for (let i = 0; i < runs * 10; i++) {
      const start = process.hrtime.bigint();
      planOf(text, path);
      planTimes.push(elapsedMs(start));
    }

    // Execute with an in-memory store and file.
    const memoryTimes: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const plan = planOf(text, path);
      let written = '';
      const start = process.hrtime.bigint();
      await executeMigration(plan, new MemorySecretStore(), async (newText) => {
        written = newText;
      });
      const ms = elapsedMs(start);
      if (written !== plan.newText) throw new Error('the in-memory write did not happen');
      if (i >= 2) memoryTimes.push(ms); // two warm-ups
    }

    return { secrets: 10, bytes, runs, planMs: round(median(planTimes), 3), memory: { executeMs: round(median(memoryTimes), 3) }, keychain: await measureKeychain(runs, cli, dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureKeychain(runs: number, cli: string, dir: string): Promise<MigrationBenchResult['keychain']> {
  if (process.env.MCP_WARDEN_TEST_KEYCHAIN !== '1') return { reason: 'not inside scripts/with-keychain.sh: the real keychain is measured only in a throwaway Secret Service session' };
  const store = new OsSecretStore();
  try {
    await store.list();
  } catch (error) {
    return { reason: `no usable Secret Service: ${error instanceof Error ? error.message : String(error)}` };
  }
  const path = join(dir, 'keychain', '.mcp.json');
  const executeTimes: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const text = tenSecretConfig();
    resetFile(path, text);
    const plan = planOf(text, path);
    const start = process.hrtime.bigint();
    try {
      await executeMigration(plan, store, (newText) => writeFileAtomic(path, newText));
      if (i >= 1) executeTimes.push(elapsedMs(start)); // one warm-up
    } finally {
      await removeAll(store, plan.entries.map((entry) => entry.id));
    }
  }

  // The whole CLI run, process start included (fewer runs: each starts node).
  let cliMs: number | null = null;
  const cliRuns = Math.max(3, Math.ceil(runs / 2));
  if (existsSync(cli)) {
    const times: number[] = [];
    for (let i = 0; i < cliRuns + 1; i++) {
      resetFile(path, tenSecretConfig());
      const before = new Set(await store.list());
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [cli, 'migrate', path, '--yes'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const ms = elapsedMs(start);
      await removeAll(store, (await store.list()).filter((id) => !before.has(id)));
      if (result.status !== 0) throw new Error(`mcp-warden migrate failed (exit ${result.status ?? result.signal}): ${result.stderr.trim().split('\n')[0] ?? ''}`);
      if (readFileSync(path, 'utf8').includes('ghp_')) throw new Error('the CLI run did not migrate the file');
      if (i >= 1) times.push(ms);
    }
    cliMs = round(median(times), 1);
  }
  return { executeMs: round(median(executeTimes), 1), cliMs, cliRuns };
}

async function removeAll(store: SecretStore, ids: readonly string[]): Promise<void> {
  for (const id of ids) await store.delete(id).catch(() => false);
}

/** A fresh config for the next run (untimed). */
function resetFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(ms: number, digits: number): number {
  return Number(ms.toFixed(digits));
}

if (require.main === module) {
  measureMigration().then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(`migrate bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
