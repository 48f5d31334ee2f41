/**
 * Plans and runs the move of inline secrets into the keychain.
 *
 * The plan is pure: which secrets move, under which ids, and the new text of the file (each
 * client gets the rewrite it can resolve at start). Running it follows one order, always: write
 * each keychain entry, read it back and compare, then change the file; if anything fails, the
 * entries created are removed again and the file is left as it was. The plan holds secret values
 * (it must, to write them); only `describeEntry` output and `SkippedSecret.reason` are for display.
 */
import type { Dialect, DialectId, McpServer } from './dialects/dialect';
import { vscodeInputs } from './dialects/vscode-inputs';
import { scanText, type ScanOptions } from './engine';
import { insertArrayItemEdits, setValueEdits, applyTextEdits, wholeDiff } from './fixes';
import { makeSecretId } from './keychain';
import type { Finding, TextEdit } from './model';
import { maskedSecret } from './model';
import { parseDocument, type JsonString } from './parse';
import { joinPointer } from './pointer';

/** The command VS Code runs for a `"type": "command"` input that resolves a keychain secret. */
export const RESOLVER_COMMAND = 'mcpWarden.secret';

export interface MigrationEntry {
  /** Keychain id (account), e.g. `github.GITHUB_TOKEN.k3f9qa`. */
  id: string;
  /** The secret. Never display or log it. */
  value: string;
  /** Masked description, e.g. `GITHUB_TOKEN · GitHub token · 40 chars`. */
  label: string;
  /** Pointers of the values it was taken from (one secret may be pasted in several places). */
  pointers: string[];
}

export interface SkippedSecret {
  pointer: string;
  label: string;
  reason: string;
}

export interface MigrationPlan {
  dialect: DialectId;
  entries: MigrationEntry[];
  skipped: SkippedSecret[];
  /** The file's text after the move (equal to the original when nothing moves). */
  newText: string;
  /** One edit from the original text to `newText` (one undo step in an editor). */
  edit?: TextEdit;
}

export interface PlanOptions extends Pick<ScanOptions, 'path' | 'dialect'> {
  /** Which secret findings move; all by default. */
  select?: (finding: Finding) => boolean;
  /** How the launcher is written in this file's `command` (non-VS Code clients). */
  launcherCommand: string;
  /** Secret id factory (tests inject a deterministic one). */
  makeId?: (server: string, name: string) => string;
}

interface Candidate {
  finding: Finding;
  server: McpServer | undefined;
  /** The env var / header / arg the secret sits in, for ids and labels. */
  name: string;
  value: string;
}

export function planMigration(text: string, options: PlanOptions): MigrationPlan {
  const scan = scanText(text, { ...(options.path ? { path: options.path } : {}), ...(options.dialect ? { dialect: options.dialect } : {}) });
  const dialect = scan.dialect;
  if (!dialect) throw new MigrationError('This file is not recognisably an MCP config; nothing was changed.');
  if (scan.document.syntaxErrors.length > 0) throw new MigrationError('The file has syntax errors (MCP071); fix them first. Nothing was changed.');
  const select = options.select ?? (() => true);
  const candidates: Candidate[] = [];
  const skipped: SkippedSecret[] = [];
  for (const finding of scan.findings) {
    if (finding.category !== 'secret' || !finding.secret || !select(finding)) continue;
    const server = scan.servers.find((s) => finding.offset >= s.node.offset && finding.offset < s.node.offset + s.node.length);
    const name = nameAt(finding.pointer, server);
    const value = secretValue(text, finding);
    const label = `${name} · ${finding.secret.kind} · ${finding.secret.length} chars`;
    const reason = value === undefined ? 'the secret could not be located exactly in the text' : unsupportedReason(dialect, finding, server);
    if (reason || value === undefined) skipped.push({ pointer: finding.pointer, label, reason: reason ?? 'unknown' });
    else candidates.push({ finding, server, name, value });
  }
  const entries = assignIds(candidates, options.makeId ?? makeSecretId);
  const newText = entries.length === 0 ? text : dialect.id === 'vscode' ? rewriteForVscode(text, candidates, entries) : rewriteForLauncher(text, dialect, candidates, entries, options.launcherCommand);
  const plan: MigrationPlan = { dialect: dialect.id, entries, skipped, newText };
  if (newText !== text) plan.edit = wholeDiff(text, newText);
  return plan;
}

export class MigrationError extends Error {}

// ---------- what can move ----------

function unsupportedReason(dialect: Dialect, finding: Finding, server: McpServer | undefined): string | undefined {
  if (!server) {
    if (dialect.id === 'vscode' && finding.pointer.startsWith('/inputs/')) return 'a secret as an input default cannot be moved yet: delete the default and let VS Code prompt, or reference a keychain secret';
    return 'the secret is outside any server, so no server could receive it';
  }
  if (dialect.id === 'vscode') return undefined;
  const inside = finding.pointer.slice(server.node.pointer.length);
  if (server.transport !== 'stdio' || !server.command) {
    return `${dialect.label} cannot hand a keychain secret to a remote server yet; keep it out of the file with the client's own variables (or its sign-in flow) instead`;
  }
  if (!/^\/(?:env|args)\//.test(inside)) return 'only secrets in env and args can be handed over by the launcher';
  return undefined;
}

function nameAt(pointer: string, server: McpServer | undefined): string {
  const segments = pointer.split('/');
  const last = (segments[segments.length - 1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  if (server && pointer.startsWith(`${server.node.pointer}/args/`)) {
    const index = Number(last);
    const previous = server.args[index - 1];
    const flag = previous?.type === 'string' && previous.value.startsWith('-') ? previous.value : undefined;
    const own = server.args[index];
    const inline = own?.type === 'string' ? /^--?([A-Za-z][\w-]*)=/.exec(own.value)?.[1] : undefined;
    return (inline ?? flag?.replace(/^-+/, '') ?? `arg${index}`).replace(/-/g, '_').toUpperCase();
  }
  return last;
}

/** The secret's characters, decoded from the JSON text exactly where the detector found them. */
function secretValue(text: string, finding: Finding): string | undefined {
  const secret = finding.secret;
  if (!secret) return undefined;
  const raw = text.substr(secret.offset, secret.valueLength);
  try {
    const value = JSON.parse(`"${raw}"`) as unknown;
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** One keychain entry per distinct value (a token pasted into two servers is stored once). */
function assignIds(candidates: readonly Candidate[], makeId: (server: string, name: string) => string): MigrationEntry[] {
  const byValue = new Map<string, MigrationEntry>();
  for (const candidate of candidates) {
    const existing = byValue.get(candidate.value);
    if (existing) {
      existing.pointers.push(candidate.finding.pointer);
      continue;
    }
    const secret = candidate.finding.secret;
    byValue.set(candidate.value, {
      id: makeId(candidate.server?.name ?? 'secret', candidate.name),
      value: candidate.value,
      label: `${candidate.name} · ${secret ? maskedSecret(secret).replace(/ \((\d+) chars\)$/, ' · $1 chars') : 'secret'}`,
      pointers: [candidate.finding.pointer],
    });
  }
  return [...byValue.values()];
}

// ---------- rewrites ----------

/** Replaces each secret's characters (right to left, so earlier offsets hold) with a reference. */
function replaceSecrets(text: string, candidates: readonly Candidate[], reference: (entry: MigrationEntry) => string, entries: readonly MigrationEntry[]): string {
  const entryOf = new Map(entries.flatMap((entry) => entry.pointers.map((pointer) => [pointer, entry] as const)));
  const spans = candidates
    .map((c) => ({ offset: c.finding.secret?.offset ?? 0, length: c.finding.secret?.valueLength ?? 0, entry: entryOf.get(c.finding.pointer) }))
    .filter((span): span is { offset: number; length: number; entry: MigrationEntry } => span.entry !== undefined)
    .sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const span of spans) result = result.slice(0, span.offset) + reference(span.entry) + result.slice(span.offset + span.length);
  return result;
}

/** VS Code: `${input:<id>}` in place of the secret, and a `command` input that asks MCP Warden. */
function rewriteForVscode(text: string, candidates: readonly Candidate[], entries: readonly MigrationEntry[]): string {
  const taken = new Set(vscodeInputs(parseDocument(text)).map((input) => input.id));
  const inputIds = new Map<MigrationEntry, string>();
  for (const entry of entries) {
    const base = entry.id.replace(/\.[a-z0-9]+$/, ''); // the input id drops the random suffix
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    inputIds.set(entry, id);
  }
  let result = replaceSecrets(text, candidates, (entry) => `\${input:${inputIds.get(entry) ?? entry.id}}`, entries);
  for (const entry of entries) {
    const input = { id: inputIds.get(entry) ?? entry.id, type: 'command', command: RESOLVER_COMMAND, args: { id: entry.id } };
    const document = parseDocument(result);
    const inputs = document.root?.type === 'object' ? document.root.properties.find((p) => p.key === 'inputs')?.value : undefined;
    const edits = inputs?.type === 'array' ? insertArrayItemEdits(document, '/inputs', inputs.items.length, input) : setValueEdits(document, '/inputs', [input]);
    result = applyTextEdits(result, edits);
  }
  return result;
}

/** Other clients: `${keychain:<id>}` in place of the secret, and the server started through the launcher. */
function rewriteForLauncher(text: string, dialect: Dialect, candidates: readonly Candidate[], entries: readonly MigrationEntry[], launcherCommand: string): string {
  let result = replaceSecrets(text, candidates, (entry) => `\${keychain:${entry.id}}`, entries);
  const serverPointers = [...new Set(candidates.map((c) => c.server?.node.pointer).filter((p): p is string => p !== undefined))];
  for (const pointer of serverPointers) result = wrapInLauncher(result, dialect, pointer, launcherCommand);
  return result;
}

/** `command: X, args: [a, b]` → `command: <launcher>, args: ["run", "--", X, a, b]` (once). */
function wrapInLauncher(text: string, dialect: Dialect, serverPointer: string, launcherCommand: string): string {
  const document = parseDocument(text);
  const server = dialect.servers(document).find((s) => s.node.pointer === serverPointer);
  if (!server?.command) return text;
  if (isLauncher(server)) return text;
  const original: JsonString = server.command;
  let result = applyTextEdits(text, setValueEdits(document, joinPointer(serverPointer, 'command'), launcherCommand));
  const prefix = ['run', '--', original.value];
  for (let i = 0; i < prefix.length; i++) {
    const current = parseDocument(result);
    const argsPointer = joinPointer(serverPointer, 'args');
    const hasArgs = server.argsNode !== undefined || i > 0;
    const edits = hasArgs ? insertArrayItemEdits(current, argsPointer, i, prefix[i]) : setValueEdits(current, argsPointer, prefix);
    result = applyTextEdits(result, edits);
    if (!hasArgs) break;
  }
  return result;
}

export function isLauncher(server: McpServer): boolean {
  const command = server.command?.value ?? '';
  const first = server.args[0];
  return /(?:^|[\\/])mcp-warden(?:\.cmd)?$/.test(command) && first?.type === 'string' && first.value === 'run';
}

// ---------- running a plan ----------

export interface KeychainWriter {
  get(id: string): Promise<string | undefined>;
  set(id: string, value: string): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export interface MigrationHooks {
  /** Called between steps; tests use it to stop the process at each point. */
  step?: (name: 'stored' | 'verified' | 'file-written', id?: string) => void | Promise<void>;
}

/**
 * Runs a plan: keychain writes, each read back and compared, then `writeFile`. On any failure
 * the entries this run created are deleted and the error is rethrown; `writeFile` must leave
 * the file untouched when it throws (atomic replace on disk, a WorkspaceEdit in the editor).
 */
export async function executeMigration(plan: MigrationPlan, store: KeychainWriter, writeFile: (newText: string) => Promise<void>, hooks: MigrationHooks = {}): Promise<void> {
  const created: string[] = [];
  try {
    for (const entry of plan.entries) {
      if ((await store.get(entry.id)) !== undefined) throw new MigrationError(`A keychain entry named ${entry.id} already exists; nothing was changed.`);
      await store.set(entry.id, entry.value);
      created.push(entry.id);
      await hooks.step?.('stored', entry.id);
      if ((await store.get(entry.id)) !== entry.value) {
        throw new MigrationError(`The keychain returned something else for ${entry.id} than was written; nothing was changed.`);
      }
      await hooks.step?.('verified', entry.id);
    }
    if (plan.edit) await writeFile(plan.newText);
    await hooks.step?.('file-written');
  } catch (error) {
    await Promise.all(created.map((id) => store.delete(id).catch(() => false)));
    throw error;
  }
}
