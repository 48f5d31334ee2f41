/**
 * `mcp-warden run -- <command> [args…]`: the launcher other clients' configs point at.
 *
 * Replaces every `${keychain:<id>}` in its own environment's values and in the arguments (also
 * inside longer strings), then spawns the server without a shell: stdin and stdout are the
 * launcher's own file descriptors (MCP stdio framing is never touched), stderr is piped through
 * a masker that replaces every substituted secret with `***`. Signals are forwarded; the exit
 * code is the server's (or 128 + signal number).
 *
 * Kept light on purpose: this path loads no engine, no schemas, and the native keychain module
 * only when a reference is present.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { isValidSecretId, KeychainUnavailableError, type SecretStore } from '../../core/keychain/store';
import { findReferences } from '../../core/analysis/references';
import { SecretMasker } from '../../node/secret-mask';
import { UsageError } from '../args';
import type { CliIo } from '../io';
import { spawnTarget } from '../../node/spawn-command';
import { openOsStore } from '../../node/keychain-store';

/** Exit codes of the launcher itself; anything else is the server's own code. */
export const RUN_EXIT = {
  usage: 2,
  /** A referenced secret is not in the keychain (or is empty). */
  secretMissing: 120,
  /** The keychain cannot be used: no Secret Service, locked, prompt dismissed, no native module. */
  keychainUnavailable: 121,
  /** A `${keychain:…}` reference whose id is not a valid secret id. */
  badReference: 122,
  /** The command could not be started for another reason. */
  spawnFailed: 125,
  /** The command exists but is not executable. */
  notExecutable: 126,
  /** The command was not found. */
  notFound: 127,
} as const;

export const RUN_HELP = `Usage: mcp-warden run -- <command> [args…]

Starts an MCP stdio server with its secrets taken from the OS keychain.
Every \${keychain:<id>} in this process's environment values and in the arguments is
replaced by the secret stored under <id> (also inside longer values such as
"Bearer \${keychain:<id>}" or URLs). Standard input and output are passed through
untouched; the server's standard error is passed through with every secret masked.

Exit codes: the server's own exit code (128 + N when it was killed by signal N), or
  2    usage error
  120  a referenced secret is not in the keychain (set it with: mcp-warden secret set <id>)
  121  the keychain cannot be used (no Secret Service, locked, access refused)
  122  a \${keychain:…} reference with an invalid id
  125  the command could not be started
  126  the command is not executable
  127  the command was not found
`;

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long to wait for the server's stderr to drain after it exits (a grandchild may hold it). */
const STDERR_DRAIN_MS = 250;

export class LaunchError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface RunDeps {
  /** Opens the secret store; called only when a `${keychain:…}` reference is present. */
  openStore?: () => SecretStore;
  /** Where signals to forward arrive (the process, unless a test says otherwise). */
  signals?: NodeJS.EventEmitter;
}

export async function runCommand(argv: readonly string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  const separator = argv.indexOf('--');
  const before = separator < 0 ? argv : argv.slice(0, separator);
  if (before.includes('--help') || before.includes('-h')) {
    io.stdout.write(RUN_HELP);
    return 0;
  }
  if (separator < 0 || before.length > 0) throw new UsageError('run needs the server command after "--": mcp-warden run -- <command> [args…]');
  const [command, ...args] = argv.slice(separator + 1);
  if (!command) throw new UsageError('run needs a command after "--"');

  let plan: LaunchPlan;
  try {
    plan = await resolveLaunch(command, args, io.env, deps.openStore ?? openOsStore);
  } catch (error) {
    if (!(error instanceof LaunchError)) throw error;
    io.stderr.write(`mcp-warden: ${error.message}\n`);
    return error.exitCode;
  }
  return launch(plan, io, deps.signals ?? process);
}

// ---------------------------------------------------------------------------------------------
// Substitution

export interface LaunchPlan {
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Every distinct value substituted (to mask in stderr). */
  secrets: string[];
}

interface Reference {
  id: string;
  /** Where it was found, for messages: `env GITHUB_TOKEN`, `argument 3`. */
  where: string;
}

/** Resolves every `${keychain:id}`; each distinct id is read from the store once. */
export async function resolveLaunch(
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
  openStore: () => SecretStore,
): Promise<LaunchPlan> {
  const cleanEnv = definedEntries(env);
  const references = collectReferences(args, cleanEnv);
  if (references.length === 0) return { command, args: [...args], env: cleanEnv, secrets: [] };
  const values = await lookUp(references, openStore);
  const substitute = (text: string) => substituteKeychainRefs(text, values);
  const newEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(cleanEnv)) newEnv[name] = substitute(value);
  return { command, args: args.map(substitute), env: newEnv, secrets: [...new Set(values.values())] };
}

/** `text` with every `${keychain:id}` replaced by its value from `values` (ids absent stay as they are). */
export function substituteKeychainRefs(text: string, values: ReadonlyMap<string, string>): string {
  const matches = findReferences(text, ['keychain']);
  let result = '';
  let cursor = 0;
  for (const match of matches) {
    const value = match.name === undefined ? undefined : values.get(match.name);
    if (value === undefined) continue;
    result += text.slice(cursor, match.offset) + value;
    cursor = match.offset + match.length;
  }
  return result + text.slice(cursor);
}

function collectReferences(args: readonly string[], env: Record<string, string>): Reference[] {
  const found: Reference[] = [];
  const scan = (text: string, where: string) => {
    for (const match of findReferences(text, ['keychain'])) found.push({ id: match.name ?? '', where });
  };
  for (const [name, value] of Object.entries(env)) scan(value, `env ${name}`);
  args.forEach((arg, index) => scan(arg, `argument ${index + 1}`));
  const invalid = found.find((reference) => !isValidSecretId(reference.id));
  if (invalid) {
    throw new LaunchError(
      `invalid secret reference "\${keychain:${invalid.id.slice(0, 140)}}" in ${invalid.where} — ids use letters, digits, "_", "-" and "."`,
      RUN_EXIT.badReference,
    );
  }
  return found;
}

/** Reads each distinct id once, in order (one unlock prompt at most, not one per id). */
async function lookUp(references: readonly Reference[], openStore: () => SecretStore): Promise<Map<string, string>> {
  const store = openStore();
  const values = new Map<string, string>();
  for (const { id } of references) {
    if (values.has(id)) continue;
    const value = await readSecret(store, id);
    if (value === undefined || value === '') {
      const state = value === '' ? 'is empty in' : 'is not in';
      throw new LaunchError(`secret "${id}" ${state} the keychain — set it with: mcp-warden secret set ${id}`, RUN_EXIT.secretMissing);
    }
    values.set(id, value);
  }
  return values;
}

async function readSecret(store: SecretStore, id: string): Promise<string | undefined> {
  try {
    return await store.get(id);
  } catch (error) {
    if (error instanceof KeychainUnavailableError) {
      throw new LaunchError(`cannot read secret "${id}": ${error.message}`, RUN_EXIT.keychainUnavailable);
    }
    throw new LaunchError(`cannot read secret "${id}" from the ${store.kind}`, RUN_EXIT.keychainUnavailable);
  }
}

function definedEntries(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) result[name] = value;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Spawning

function launch(plan: LaunchPlan, io: CliIo, signals: NodeJS.EventEmitter): Promise<number> {
  const target = spawnTarget(plan.command, plan.args, plan.env);
  return new Promise<number>((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(target.file, target.args, {
        stdio: ['inherit', 'inherit', 'pipe'],
        env: plan.env,
        windowsHide: true,
        windowsVerbatimArguments: target.windowsVerbatimArguments,
      });
    } catch (error) {
      // Synchronous failures (e.g. EINVAL, a NUL byte in an argument).
      io.stderr.write(`mcp-warden: ${spawnFailure(error, plan.command).message}\n`);
      resolve(RUN_EXIT.spawnFailed);
      return;
    }
    let started = false;
    let settled = false;
    const finish = (code: number) => {
      if (settled) return;
      settled = true;
      stopForwarding();
      resolve(code);
    };
    const stderrDone = pipeMasked(child, io.stderr, plan.secrets);
    const stopForwarding = forwardSignals(signals, child);
    child.once('spawn', () => {
      started = true;
    });
    child.on('error', (error) => {
      if (started) return; // e.g. a failed kill(); the exit event still follows
      const failure = spawnFailure(error, plan.command);
      io.stderr.write(`mcp-warden: ${failure.message}\n`);
      finish(failure.exitCode);
    });
    child.once('exit', (code, signal) => {
      const exitCode = code ?? 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0);
      void stderrDone(STDERR_DRAIN_MS).then(() => finish(exitCode));
    });
  });
}

/**
 * Streams the child's stderr through the masker, honouring back-pressure. If our own stderr goes
 * away (the client closed it), the child's stderr is still drained so the server never blocks.
 * The returned function waits (at most `timeoutMs`) for the stream to end, then flushes.
 */
function pipeMasked(child: ChildProcess, out: NodeJS.WritableStream, secrets: readonly string[]): (timeoutMs: number) => Promise<void> {
  const stream = child.stderr;
  if (!stream) return async () => undefined;
  const masker = new SecretMasker(secrets);
  let broken = false;
  const onOutError = () => {
    broken = true;
    stream.resume();
  };
  out.on('error', onOutError);
  const write = (bytes: Buffer) => {
    if (broken || bytes.length === 0) return;
    if (!out.write(bytes)) {
      stream.pause();
      out.once('drain', () => stream.resume());
    }
  };
  const ended = new Promise<void>((resolve) => {
    stream.on('data', (chunk: Buffer) => write(masker.push(chunk)));
    stream.once('close', resolve);
    stream.once('end', resolve);
    stream.once('error', () => resolve());
  });
  return async (timeoutMs) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([ended, timeout]);
    clearTimeout(timer);
    stream.removeAllListeners('data');
    stream.destroy();
    write(masker.end());
  };
}

function forwardSignals(signals: NodeJS.EventEmitter, child: ChildProcess): () => void {
  const handlers = FORWARDED_SIGNALS.map((signal) => {
    const handler = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    signals.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) signals.removeListener(signal, handler);
  };
}

/** One line about why the command did not start; never the arguments (they may hold secrets). */
function spawnFailure(error: unknown, command: string): LaunchError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = JSON.stringify(command.length > 200 ? `${command.slice(0, 200)}…` : command);
  if (code === 'ENOENT') return new LaunchError(`command not found: ${name} (is it installed and on PATH?)`, RUN_EXIT.notFound);
  if (code === 'EACCES' || code === 'EPERM') return new LaunchError(`command is not executable: ${name}`, RUN_EXIT.notExecutable);
  return new LaunchError(`cannot start ${name}${code ? ` (${code})` : ''}`, RUN_EXIT.spawnFailed);
}
