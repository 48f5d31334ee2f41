/**
 * `mcp-warden migrate <file>`: moves the inline secrets of one MCP config into the OS keychain
 * and rewrites the file to reference them (the launcher for other clients, a `command` input for
 * VS Code). The same core as the extension's "Move Secrets to Keychain" (`src/core/migrate/migration.ts`).
 *
 * Order, always: plan (pure) → show the plan, masked → confirm → for each secret: write the
 * keychain entry, read it back and compare → check the file is still byte-for-byte what was
 * planned from → install / refresh the launcher shim → replace the file atomically. Any failure
 * deletes the entries this run created and leaves the file as it was.
 *
 * Nothing here ever prints a secret value: only labels (`GITHUB_TOKEN · GitHub token · 40
 * chars`), keychain ids and pointers; error messages are masked with the plan's values as a
 * last line of defence.
 */
import { chown, readFile, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DIALECTS, detectDialect, dialectById, formatForScan } from '../../core/dialects/index';
import { migrationPendingReason } from '../../core/dialects/migration-support';
import { parseAs } from '../../core/json/parse-any';
import type { DialectId } from '../../core/dialects/dialect';
import { KeychainUnavailableError, type SecretStore } from '../../core/keychain/store';
import { executeMigration, isLauncher, MigrationError, planMigration, type KeychainWriter, type MigrationHooks, type MigrationPlan } from '../../core/migrate/migration';
import { parseDocument } from '../../core/json/parse';
import { maskSecrets } from '../../node/secret-mask';
import { installShim, launcherCommandFor, shimPath } from '../../node/shim';
import { parseArgs, UsageError } from '../args';
import { writeFileAtomic } from '../../node/atomic-write';
import type { CliIo } from '../io';
import { oneLineErrorText } from '../../core/errors';
import { errnoCode, fsErrorText, fsErrorWords } from '../../node/fs-errors';
import { openOsStore } from '../../node/keychain-store';

export const MIGRATE_HELP = `Usage: mcp-warden migrate <file> [options]

Moves the inline secrets of an MCP client config into the OS keychain and rewrites
the file to reference them:
  VS Code        the value becomes \${input:<id>}, resolved by the MCP Warden extension
                 (a "command" input running mcpWarden.secret)
  other clients  the server starts through the launcher shim (~/.mcp-warden/bin/mcp-warden
                 run -- <original command>) and the value becomes \${keychain:<id>}
The plan is shown first, masked (never a value). Comments and formatting are kept.

Options:
  --dry-run, -n    show the plan and stop; nothing is changed
  --yes, -y        do not ask for confirmation (required when stdin is not a terminal)
  --dialect ID     treat the file as this client's format:
                   ${DIALECTS.map((d) => d.id).join(', ')}
  --user-level     the file is a user-level config: reference the launcher by absolute path
  --project        the file is a project config: use the client's home variable (\${HOME},
                   \${userHome}) for the launcher where the client expands one
                   (default: decided by whether the file is one of the client's user configs)

Order: each keychain entry is written and read back before the file changes; if anything
fails, the entries created are deleted again and the file is left byte-for-byte as it was.

Exit codes: 0 moved (or nothing to move), 1 failed and nothing changed (or declined), 2 usage error.
`;

/** Steps of `executeMigration` the crash test can stop the process at (hidden test hook). */
const CRASH_STEPS = new Set(['stored', 'verified', 'file-written']);

export interface MigrateDeps {
  /** The keychain (the OS keychain by default). */
  openStore?: () => SecretStore;
  /** Where a confirmation is read from (process.stdin by default). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The user's home (shim location, home variable). */
  home?: string;
  platform?: NodeJS.Platform;
  /** The CLI script the shim runs (this process's own script by default). */
  cliPath?: string;
  /** Replaces the file (atomic replace by default); must leave it untouched when it throws. */
  replaceFile?: (path: string, text: string) => Promise<void>;
  /** Extra step hooks (tests: change the file mid-run, …). */
  hooks?: MigrationHooks;
  /** Secret id factory (tests). */
  makeId?: (server: string, name: string) => string;
}

/** A write of the config file failed: the OS error code, for the message. */
class FileWriteError extends Error {
  constructor(
    readonly code: string | undefined,
    readonly what: 'file' | 'shim',
    readonly path: string,
  ) {
    super(`${what} write failed${code ? ` (${code})` : ''}`);
  }
}

export async function migrateCommand(argv: readonly string[], io: CliIo, deps: MigrateDeps = {}): Promise<number> {
  const args = parseArgs(argv, {
    values: { '--dialect': { choices: DIALECTS.map((d) => d.id) } },
    switches: ['--yes', '--dry-run', '--user-level', '--project', '--help'],
    aliases: { '-y': '--yes', '-n': '--dry-run', '-h': '--help' },
  });
  if (args.switches.has('--help')) {
    io.stdout.write(MIGRATE_HELP);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError('migrate needs a config file: mcp-warden migrate <file> [--yes] [--dry-run]');
  if (extra.length > 0) throw new UsageError('migrate takes one file at a time');
  if (args.switches.has('--user-level') && args.switches.has('--project')) throw new UsageError('--user-level and --project exclude each other');

  const home = deps.home ?? homedir();
  const platform = deps.platform ?? process.platform;
  const path = resolve(io.cwd, file);
  const shown = displayPath(io.cwd, path);
  const fail = (message: string): number => {
    io.stderr.write(`mcp-warden: ${message}\n`);
    return 1;
  };

  // ---- read and plan (pure; nothing is touched yet) ----
  let target: string;
  let original: Buffer;
  try {
    // Through a symlink (dotfile managers): the link's target is what gets rewritten, the link stays.
    target = await realpath(path);
    original = await readFile(target);
  } catch (error) {
    return fail(`cannot read ${shown}: ${fsErrorText(error)}; nothing was changed`);
  }
  const text = original.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(original)) return fail(`${shown} is not valid UTF-8 text; nothing was changed`);

  const forced = args.values['--dialect'] as DialectId | undefined;
  const dialect = detectDialect(path, parseAs(text, formatForScan(path, forced)), forced);
  const pending = migrationPendingReason(dialect);
  if (pending) return fail(`${shown}: ${pending}`);
  const userLevel = args.switches.has('--user-level')
    ? true
    : args.switches.has('--project')
      ? false
      : dialect !== undefined && (await isUserConfig(dialect.userConfigPaths(platform, io.env, home), [path, target], platform));
  const launcherCommand = dialect ? launcherCommandFor(dialect.id, userLevel, home, platform) : shimPath(home, platform);

  let plan: MigrationPlan;
  try {
    plan = planMigration(text, { path, launcherCommand, ...(forced ? { dialect: forced } : {}), ...(deps.makeId ? { makeId: deps.makeId } : {}) });
  } catch (error) {
    if (error instanceof MigrationError) return fail(`${shown}: ${error.message}`);
    throw error;
  }
  const values = plan.entries.map((entry) => entry.value);
  const store = (deps.openStore ?? openOsStore)();
  const planDialect = dialectById(plan.dialect);
  const wrapped = launcherServers(plan.newText, plan.dialect).filter((name) => !launcherServers(text, plan.dialect).includes(name));
  io.stdout.write(describePlan(plan, shown, planDialect?.label ?? plan.dialect, userLevel, store.kind, launcherCommand, wrapped));

  if (plan.entries.length === 0) {
    io.stdout.write(plan.skipped.length > 0 ? `Nothing can be moved from ${shown}; the file was not changed.\n` : `Nothing to move: ${shown} holds no inline secret.\n`);
    return 0;
  }
  if (args.switches.has('--dry-run')) {
    io.stdout.write('Dry run: nothing was changed.\n');
    return 0;
  }
  if (!args.switches.has('--yes')) {
    const stdin = deps.stdin ?? process.stdin;
    if (!stdin.isTTY) {
      io.stderr.write('mcp-warden: migrate asks before changing anything, and standard input is not a terminal: run again with --yes (or --dry-run to only see the plan); nothing was changed\n');
      return 2;
    }
    const noun = plan.entries.length === 1 ? 'secret' : 'secrets';
    if (!(await confirm(stdin, io.stderr, `Move ${plan.entries.length} ${noun} to the ${store.kind} and rewrite ${shown}? [y/N] `))) {
      return fail('not confirmed; nothing was changed');
    }
  }

  // ---- execute: keychain writes, read-backs, then the file ----
  const referencesLauncher = launcherServers(plan.newText, plan.dialect).length > 0;
  const cliPath = deps.cliPath ?? (await ownScript());
  let shim: { path: string; changed: boolean } | undefined;
  const replace = deps.replaceFile ?? replaceKeepingOwner;
  const writeFile = async (newText: string): Promise<void> => {
    const current = await readFile(target).catch(() => undefined);
    if (!current?.equals(original)) {
      throw new MigrationError(`${shown} changed on disk since the plan was made (another program wrote it); the file was left as it is now and nothing was moved — run mcp-warden migrate again`);
    }
    // The shim goes in BEFORE the file names it: a client watching the file may start the server
    // the moment it changes. A shim without a file referencing it is harmless (and refreshed on
    // every run); a file referencing a missing shim is a server that cannot start.
    if (referencesLauncher) {
      try {
        shim = await installShim(home, { cliPath, fallbackRuntime: process.execPath }, platform);
      } catch (error) {
        throw new FileWriteError(errnoCode(error), 'shim', shimPath(home, platform));
      }
    }
    try {
      await replace(target, newText);
    } catch (error) {
      throw new FileWriteError(errnoCode(error), 'file', shown);
    }
  };
  const crashAt = io.env.MCP_WARDEN_TEST_CRASH_AT;
  const hooks: MigrationHooks = {
    step: async (name, id) => {
      await deps.hooks?.step?.(name, id);
      if (crashAt && CRASH_STEPS.has(crashAt) && name === crashAt) process.kill(process.pid, 'SIGKILL');
    },
  };

  // Every id this run tried to write, to check after a failure that the rollback really removed it.
  const attempted = new Set<string>();
  const tracked: KeychainWriter = {
    get: (id) => store.get(id),
    set: (id, value) => {
      attempted.add(id);
      return store.set(id, value);
    },
    delete: (id) => store.delete(id),
  };
  try {
    await executeMigration(plan, tracked, writeFile, hooks);
  } catch (error) {
    const leftovers = await remaining(store, [...attempted]);
    const cleanup =
      leftovers.length === 0
        ? ''
        : ` — ${leftovers.length} keychain ${leftovers.length === 1 ? 'entry' : 'entries'} created could not be removed: ${leftovers.join(', ')} (remove with: mcp-warden secret rm <id>)`;
    return fail(maskSecrets(`${failureMessage(error, store.kind, plan.entries.length)}${cleanup}`, values));
  }

  const noun = plan.entries.length === 1 ? 'secret' : 'secrets';
  io.stdout.write(`Moved ${plan.entries.length} ${noun} to the ${store.kind} and rewrote ${shown}.\n`);
  if (shim) io.stdout.write(`Launcher shim ${shim.changed ? 'installed' : 'up to date'}: ${shim.path} (runs ${cliPath}).\n`);
  if (plan.skipped.length > 0) io.stdout.write(`${plan.skipped.length} secret(s) could not be moved and are still in the file (see above).\n`);
  io.stdout.write('Restart the client (or its MCP servers) to use the new configuration.\n');
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Plan display

function describePlan(plan: MigrationPlan, shown: string, dialectLabel: string, userLevel: boolean, storeKind: string, launcher: string, wrapped: readonly string[]): string {
  const lines = [`${shown} (${dialectLabel}, ${userLevel ? 'user-level' : 'project'} config):`];
  if (plan.entries.length > 0) {
    lines.push(`  to move into the ${storeKind} (${plan.entries.length}):`);
    for (const entry of plan.entries) {
      const places = entry.pointers.length > 1 ? ` (used in ${entry.pointers.length} places)` : '';
      lines.push(`    ${entry.label}${places} → ${entry.id}`);
    }
    if (plan.dialect === 'vscode') lines.push('  each becomes ${input:…}, resolved by the MCP Warden extension (command mcpWarden.secret)');
    else if (wrapped.length > 0) lines.push(`  started through the launcher (${launcher} run -- …): ${wrapped.join(', ')}`);
  }
  if (plan.skipped.length > 0) {
    lines.push(`  left in the file (${plan.skipped.length}):`);
    for (const skipped of plan.skipped) lines.push(`    ${skipped.label} at ${skipped.pointer}: ${skipped.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Names of the servers of `text` that start through the launcher. */
function launcherServers(text: string, dialectId: DialectId): string[] {
  const dialect = dialectById(dialectId);
  if (!dialect || dialectId === 'vscode') return [];
  return dialect
    .servers(parseDocument(text))
    .filter(isLauncher)
    .map((server) => (server.scope ? `${server.name} (${server.scope})` : server.name));
}

function displayPath(cwd: string, path: string): string {
  const inCwd = relative(cwd, path);
  return inCwd && !inCwd.startsWith('..') && !isAbsolute(inCwd) ? inCwd : path;
}

// ---------------------------------------------------------------------------------------------
// Helpers

async function isUserConfig(userPaths: readonly string[], paths: readonly string[], platform: NodeJS.Platform): Promise<boolean> {
  const fold = (p: string) => (platform === 'win32' || platform === 'darwin' ? p.toLowerCase() : p);
  const wanted = new Set(paths.map((p) => fold(resolve(p))));
  for (const candidate of userPaths) {
    const absolute = resolve(candidate);
    if (wanted.has(fold(absolute))) return true;
    const real = await realpath(absolute).catch(() => undefined);
    if (real && wanted.has(fold(real))) return true;
  }
  return false;
}

/** Asks a yes/no question on the terminal; only `y` / `yes` is a yes. */
function confirm(stdin: NodeJS.ReadableStream, prompt: NodeJS.WritableStream, question: string): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const rl = createInterface({ input: stdin, output: prompt, terminal: false });
    let answered = false;
    prompt.write(question);
    rl.once('line', (line) => {
      answered = true;
      resolveAnswer(/^\s*y(?:es)?\s*$/i.test(line));
      rl.close();
    });
    rl.once('close', () => {
      if (answered) return;
      prompt.write('\n'); // end of input (Ctrl-D): a no
      resolveAnswer(false);
    });
  });
}

/** This CLI's own script (what the shim must run), symlinks resolved. */
async function ownScript(): Promise<string> {
  const script = process.argv[1];
  if (!script) throw new MigrationError('cannot tell which script this CLI runs from (no process.argv[1]); nothing was changed');
  const absolute = resolve(script);
  return realpath(absolute).catch(() => absolute);
}

/** Atomic replace; the file's mode is kept by `writeFileAtomic`, its owner here (when run as root). */
async function replaceKeepingOwner(path: string, text: string): Promise<void> {
  const before = await stat(path);
  await writeFileAtomic(path, text);
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    const after = await stat(path);
    if (after.uid !== before.uid || after.gid !== before.gid) await chown(path, before.uid, before.gid).catch(() => undefined);
  }
}

/** The ids written by this run that are still in the store after a failure (a rollback delete that failed). */
async function remaining(store: SecretStore, attempted: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const id of attempted) if ((await store.get(id).catch(() => undefined)) !== undefined) left.push(id);
  return left;
}

function failureMessage(error: unknown, storeKind: string, count: number): string {
  const undone = `the keychain entries created were deleted again and the file is unchanged`;
  if (error instanceof KeychainUnavailableError) return `keychain unavailable: ${error.message}; nothing was changed`;
  if (error instanceof MigrationError) return error.message;
  if (error instanceof FileWriteError) {
    const why = fsErrorWords(error.code) ?? 'write failed';
    const what = error.what === 'file' ? `cannot write ${error.path}` : `cannot install the launcher shim ${error.path}`;
    return `${what} (${error.code ?? 'error'}: ${why}); ${count > 0 ? undone : 'nothing was changed'}`;
  }
  return `migration failed (${oneLineErrorText(error)}); ${storeKind} entries created were deleted again and the file is unchanged`;
}

