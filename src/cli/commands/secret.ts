/**
 * `mcp-warden secret get|set|rm|ls`: the keychain entries MCP Warden manages.
 * Values are read from standard input only (never from the command line, where `ps` and shell
 * history would see them) and printed only with `get --reveal`.
 *
 * Exit codes: 0 done, 1 not found / keychain unavailable / nothing stored, 2 usage.
 */
import { isValidSecretId, KeychainUnavailableError, type SecretStore } from '../../core/keychain/store';
import { parseArgs, UsageError } from '../args';
import type { CliIo } from '../io';
import { openOsStore } from '../../node/keychain-store';

export const SECRET_HELP = `Usage: mcp-warden secret <command>

Manages the secrets MCP Warden keeps in the OS keychain (service "mcp-warden").

  secret set <id>              store a value read from standard input (hidden when typed
                               at a terminal; piped input: everything up to the end, one
                               trailing newline removed). Replaces an existing value.
  secret get <id> [--reveal]   show whether <id> is set and its length; --reveal prints the value
  secret rm <id>               delete <id>
  secret ls                    list the ids (never the values)

Ids use letters, digits, "_", "-" and "." — e.g. github.GITHUB_TOKEN.k3f9qa2m.
Configs reference a secret as \${keychain:<id>} (run through "mcp-warden run --").

Exit codes: 0 done, 1 not found or keychain unavailable, 2 usage error.
`;

/** Largest value accepted from standard input. */
const MAX_VALUE_BYTES = 64 * 1024;

export interface SecretDeps {
  openStore?: () => SecretStore;
  stdin?: NodeJS.ReadStream;
}

export async function secretCommand(argv: readonly string[], io: CliIo, deps: SecretDeps = {}): Promise<number> {
  const args = parseArgs(argv, { values: {}, switches: ['--reveal', '--help'], aliases: { '-h': '--help' } });
  const [action, id, ...extra] = args.positionals;
  if (args.switches.has('--help') || action === 'help') {
    io.stdout.write(SECRET_HELP);
    return 0;
  }
  if (action === undefined) throw new UsageError('secret needs a command: get, set, rm or ls (see "mcp-warden secret --help")');
  if (args.switches.has('--reveal') && action !== 'get') throw new UsageError('--reveal only goes with "secret get"');
  if (action === 'ls') {
    if (id !== undefined) throw new UsageError('secret ls takes no arguments');
    return withStore(io, deps, (store) => list(store, io));
  }
  if (!['get', 'set', 'rm'].includes(action)) throw new UsageError(`unknown secret command "${action}" (use get, set, rm or ls)`);
  if (id === undefined) throw new UsageError(`secret ${action} needs an id`);
  if (extra.length > 0) {
    const hint = action === 'set' ? ' — the value is read from standard input, never from the command line' : '';
    throw new UsageError(`secret ${action} takes one id${hint}`);
  }
  if (!isValidSecretId(id)) throw new UsageError(`invalid secret id "${id.slice(0, 140)}": use letters, digits, "_", "-" and "."`);
  if (action === 'get') return withStore(io, deps, (store) => get(store, id, args.switches.has('--reveal'), io));
  if (action === 'rm') return withStore(io, deps, (store) => remove(store, id, io));
  return set(id, io, deps);
}

async function withStore(io: CliIo, deps: SecretDeps, body: (store: SecretStore) => Promise<number>): Promise<number> {
  try {
    return await body((deps.openStore ?? openOsStore)());
  } catch (error) {
    if (error instanceof KeychainUnavailableError) {
      io.stderr.write(`mcp-warden: keychain unavailable: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function list(store: SecretStore, io: CliIo): Promise<number> {
  const ids = await store.list();
  if (ids.length === 0) io.stderr.write(`mcp-warden: no secrets in the ${store.kind}\n`);
  for (const id of ids) io.stdout.write(`${id}\n`);
  return 0;
}

async function get(store: SecretStore, id: string, reveal: boolean, io: CliIo): Promise<number> {
  const value = await store.get(id);
  if (value === undefined) {
    io.stderr.write(`mcp-warden: secret "${id}" is not in the ${store.kind} — set it with: mcp-warden secret set ${id}\n`);
    return 1;
  }
  if (reveal) io.stdout.write(`${value}\n`);
  else io.stdout.write(`${id}: set (${[...value].length} chars) — add --reveal to print the value\n`);
  return 0;
}

async function remove(store: SecretStore, id: string, io: CliIo): Promise<number> {
  if (!(await store.delete(id))) {
    io.stderr.write(`mcp-warden: secret "${id}" is not in the ${store.kind}\n`);
    return 1;
  }
  io.stdout.write(`deleted secret "${id}" from the ${store.kind}\n`);
  return 0;
}

async function set(id: string, io: CliIo, deps: SecretDeps): Promise<number> {
  return withStore(io, deps, async (store) => {
    // Ask the keychain first: a locked or missing keychain fails before anyone types a secret.
    const existed = (await store.get(id)) !== undefined;
    const value = await readValue(id, io, deps.stdin ?? process.stdin);
    if (value === undefined) return 1;
    await store.set(id, value);
    if ((await store.get(id)) !== value) {
      io.stderr.write(`mcp-warden: the ${store.kind} did not return the value just stored under "${id}"; check the keychain\n`);
      return 1;
    }
    io.stdout.write(`${existed ? 'updated' : 'stored'} secret "${id}" in the ${store.kind} (${[...value].length} chars)\n`);
    return 0;
  });
}

/** The value from standard input, or `undefined` (after saying why) when there is none. */
async function readValue(id: string, io: CliIo, stdin: NodeJS.ReadStream): Promise<string | undefined> {
  let value: string;
  try {
    value = stdin.isTTY ? await readHidden(stdin, io.stderr, `Value for ${id} (input hidden): `) : await readPiped(stdin);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`mcp-warden: ${error.message}; nothing stored\n`);
    return undefined;
  }
  if (value === '') {
    io.stderr.write('mcp-warden: the value is empty (give it on standard input); nothing stored\n');
    return undefined;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Reading the value

class InputError extends Error {}

/** Piped input: all of it, minus one trailing newline (`echo "$TOKEN" | …`). */
async function readPiped(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_VALUE_BYTES) throw new InputError(`the value is longer than ${MAX_VALUE_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Terminal input without echo, in raw mode: Enter ends it, Backspace and Ctrl-U edit, Ctrl-C cancels. */
function readHidden(stdin: NodeJS.ReadStream, prompt: NodeJS.WritableStream, question: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const done = (error?: InputError) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      prompt.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      const text = (typeof chunk === 'string' ? chunk : chunk.toString('utf8')).replace(ESCAPE_SEQUENCE, '');
      for (const char of text) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new InputError('cancelled'));
        if (char === '\u0004') return value === '' ? done(new InputError('cancelled')) : done();
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char === '\u0015') value = '';
        else if (char >= ' ' || char === '\t') value += char;
        if (Buffer.byteLength(value) > MAX_VALUE_BYTES) return done(new InputError(`the value is longer than ${MAX_VALUE_BYTES} bytes`));
      }
    };
    // Raw mode before the prompt: nothing typed after the prompt is ever echoed.
    stdin.setRawMode(true);
    prompt.write(question);
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** Terminal escape sequences (arrow keys, bracketed-paste markers): never part of a value. */
// eslint-disable-next-line no-control-regex -- ESC is exactly what it looks for
const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
