/**
 * Shared by the real-keychain suites. They run only inside `scripts/with-keychain.sh` (a throwaway
 * gnome-keyring on a private D-Bus session): anywhere else they would write to the developer's
 * own keychain, so they refuse. Without a reachable Secret Service each test reports SKIPPED,
 * loudly — or fails when CI is set.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { OsSecretStore } from '../../src/node/os-keychain';
import { REPO_ROOT } from '../fixtures/mcp-server/client';

export { FIXTURE_SERVER, REPO_ROOT, callTool } from '../fixtures/mcp-server/client';

export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

let state: Promise<{ ok: true } | { ok: false; reason: string }> | undefined;

function keychainState(): Promise<{ ok: true } | { ok: false; reason: string }> {
  state ??= (async () => {
    if (process.env.MCP_WARDEN_TEST_KEYCHAIN !== '1') {
      return { ok: false as const, reason: 'not inside scripts/with-keychain.sh — refusing to touch a real keychain' };
    }
    try {
      await new OsSecretStore().list();
      return { ok: true as const };
    } catch (error) {
      return { ok: false as const, reason: `no usable Secret Service: ${error instanceof Error ? error.message : String(error)}` };
    }
  })();
  return state;
}

let warned = false;

/** A test that needs the real Secret Service (and the built CLI). */
export function keychainTest(name: string, body: (t: TestContext) => Promise<void>): void {
  test(name, async (t) => {
    const current = await keychainState();
    if (!current.ok) {
      if (process.env.CI) assert.fail(`keychain suite cannot run under CI: ${current.reason}`);
      if (!warned) {
        warned = true;
        process.stderr.write(`\n*** KEYCHAIN TESTS SKIPPED: ${current.reason}\n*** run: bash scripts/with-keychain.sh node scripts/run-test.mjs test/keychain/*.test.ts\n\n`);
      }
      t.skip(`SKIPPED: ${current.reason}`);
      return;
    }
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" (or "node esbuild.mjs") first`);
    await body(t);
  });
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Every stdout/stderr a suite captured, to prove afterwards that no secret value appears in any. */
export const captured: string[] = [];

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  timeoutMs?: number;
  /** The `--reveal` case: stdout holds the secret on purpose, so it is not recorded in `captured`. */
  revealsSecret?: boolean;
  /** Called once the process is running (e.g. to signal it). */
  started?: (child: import('node:child_process').ChildProcess) => void;
}

/** Runs a command to completion, capturing both streams (recorded in `captured`). */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: definedOnly(options.env ?? process.env), cwd: REPO_ROOT, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out`));
    }, options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      captured.push(result.stderr);
      if (!options.revealsSecret) captured.push(result.stdout);
      resolve(result);
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    options.started?.(child);
  });
}

/** `node dist/cli.js …` */
export function cli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return run(process.execPath, [CLI, ...args], options);
}

export function assertNoSecretIn(texts: readonly string[], secrets: readonly string[]): void {
  for (const secret of secrets) {
    const leaks = texts.filter((text) => text.includes(secret)).length;
    assert.equal(leaks, 0, `a secret value appeared in ${leaks} captured output(s)`);
  }
}

export function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) result[name] = value;
  return result;
}

/** An environment in which no Secret Service can be reached (no D-Bus session bus). */
export function withoutDbus(env: Record<string, string | undefined> = process.env): Record<string, string> {
  return { ...definedOnly(env), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/mcp-warden-test-bus' };
}
