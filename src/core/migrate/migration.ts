/**
 * Plans and runs the move of inline secrets into the keychain.
 *
 * The plan is pure: which secrets move, under which ids, and the new text of the file (each
 * client gets the rewrite it can resolve at start). Running it follows one order, always: write
 * each keychain entry, read it back and compare, then change the file; if anything fails, the
 * entries created are removed again and the file is left as it was. The plan holds secret values
 * (it must, to write them); only `describeEntry` output and `SkippedSecret.reason` are for display.
 */
import type { Dialect, DialectId, McpServer } from '../dialects/dialect';
import { vscodeInputs } from '../dialects/vscode-inputs';
import { scanText, type ScanOptions } from '../engine/scan';
import { detectFormatting, insertArrayItemEdits, setValueEdits, applyTextEdits, wholeDiff } from '../json/edits';
import { makeSecretId } from '../keychain/store';
import type { Finding, TextEdit } from '../model';
import { maskedSecret } from '../model';
import { findNodeAtPointer, type JsonArray, type JsonString } from '../json/syntax-tree';
import { parseDocument } from '../json/parse';
import { joinPointer, lastSegment, parentPointer } from '../json/pointer';

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
    const name = nameAt(finding.pointer, server, text, finding);
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
  if (server.transport !== 'stdio' || !server.command) {
    return `${dialect.label} cannot hand a keychain secret to a remote server yet; keep it out of the file with the client's own variables (or its sign-in flow) instead`;
  }
  // Relative to the object holding `command` (the server, or Zed's older `command: {path, args, env}`).
  const owner = parentPointer(server.command.pointer);
  const inside = finding.pointer.startsWith(`${owner}/`) ? finding.pointer.slice(owner.length) : finding.pointer.slice(server.node.pointer.length);
  if (!/^\/(?:env|args)\//.test(inside)) return 'only secrets in env and args can be handed over by the launcher';
  return undefined;
}

function nameAt(pointer: string, server: McpServer | undefined, text: string, finding: Finding): string {
  const last = lastSegment(pointer);
  const argsPointer = server?.argsNode?.pointer ?? (server ? joinPointer(server.node.pointer, 'args') : undefined);
  if (server && argsPointer !== undefined && pointer.startsWith(`${argsPointer}/`)) {
    const index = Number(last);
    const previous = server.args[index - 1];
    // Only a bare flag (`--token <secret>`); `--key=value` before the secret is another argument's value.
    const flag = previous?.type === 'string' && /^--?[A-Za-z][\w-]*$/.test(previous.value) ? previous.value : undefined;
    const own = server.args[index];
    // `NAME=<secret>` right before the secret inside the argument (`--api-key=…`, `KEY=… cmd`, `?token=…`).
    const start = own && finding.secret ? Math.max(own.offset + 1, finding.secret.offset - 64) : 0;
    const assigned = own && finding.secret ? /(?:^|[^\w-])([A-Za-z_][\w-]{0,39})=$/.exec(text.slice(start, finding.secret.offset))?.[1] : undefined;
    const inline = own?.type === 'string' ? /^--?([A-Za-z][\w-]*)=/.exec(own.value)?.[1] : undefined;
    return (assigned ?? inline ?? flag?.replace(/^-+/, '') ?? `arg${index}`).replace(/-/g, '_').toUpperCase();
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
    const edits =
      inputs?.type === 'array' && inputs.items.length > 0
        ? [appendItemEdit(result, inputs, input)]
        : inputs?.type === 'array'
          ? insertArrayItemEdits(document, '/inputs', 0, input)
          : setValueEdits(document, '/inputs', [input]);
    result = applyTextEdits(result, edits);
  }
  return result;
}

/** Adds `value` after the last item of a non-empty array, in the array's own layout; the items there stay as written. */
function appendItemEdit(text: string, array: JsonArray, value: unknown): TextEdit {
  const last = array.items[array.items.length - 1];
  if (!last) throw new Error('appendItemEdit needs a non-empty array');
  const end = last.offset + last.length;
  const lineBreak = text.lastIndexOf('\n', last.offset - 1);
  const indent = text.slice(lineBreak + 1, last.offset);
  if (!(lineBreak > array.offset && /^[ \t]*$/.test(indent))) {
    return { offset: end, length: 0, content: `, ${JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ')}` };
  }
  const { insertSpaces, tabSize, eol } = detectFormatting(text);
  const unit = insertSpaces ? ' '.repeat(tabSize ?? 2) : '\t';
  const body = JSON.stringify(value, null, unit).split('\n').join(`${eol ?? '\n'}${indent}`);
  return { offset: end, length: 0, content: `,${eol ?? '\n'}${indent}${body}` };
}

/** Other clients: `${keychain:<id>}` in place of the secret, and the server started through the launcher. */
function rewriteForLauncher(text: string, dialect: Dialect, candidates: readonly Candidate[], entries: readonly MigrationEntry[], launcherCommand: string): string {
  let result = replaceSecrets(text, candidates, (entry) => `\${keychain:${entry.id}}`, entries);
  const serverPointers = [...new Set(candidates.map((c) => c.server?.node.pointer).filter((p): p is string => p !== undefined))];
  for (const pointer of serverPointers) result = wrapInLauncher(result, dialect, pointer, launcherCommand);
  return result;
}

/**
 * `command: X, args: [a, b]` → `command: <launcher>, args: ["run", "--", X, a, b]` (once). Written
 * as small text edits (the command string replaced, the three items put before the first
 * argument in the array's own layout) so the rest of the file keeps its formatting and comments.
 * Zed's older `command: {path, args, env}` is wrapped inside that object.
 */
function wrapInLauncher(text: string, dialect: Dialect, serverPointer: string, launcherCommand: string): string {
  const document = parseDocument(text);
  const server = dialect.servers(document).find((s) => s.node.pointer === serverPointer);
  if (!server?.command) return text;
  if (isLauncher(server)) return text;
  const original: JsonString = server.command;
  const prefix = ['run', '--', original.value];
  const commandEdit: TextEdit = { offset: original.offset, length: original.length, content: JSON.stringify(launcherCommand) };
  const argsNode = server.argsNode;
  const inline = `[${prefix.map((value) => JSON.stringify(value)).join(', ')}]`;
  let argsEdit: TextEdit;
  if (argsNode && argsNode.items.length > 0) argsEdit = prependItemsEdit(text, argsNode, prefix);
  else if (argsNode) argsEdit = { offset: argsNode.offset, length: argsNode.length, content: inline };
  else {
    // No `args`: a new property right after the command's value, on its own line if the command is on one.
    const owner = findNodeAtPointer(document.root, parentPointer(original.pointer));
    const property = owner?.type === 'object' ? owner.properties.find((p) => p.value.offset === original.offset) : undefined;
    if (!property) return applyTextEdits(text, [commandEdit, ...setValueEdits(document, joinPointer(parentPointer(original.pointer), 'args'), prefix)]);
    const lineBreak = text.lastIndexOf('\n', property.keyOffset - 1);
    const indent = text.slice(lineBreak + 1, property.keyOffset);
    const eol = text[lineBreak - 1] === '\r' ? '\r\n' : '\n';
    const separator = lineBreak >= 0 && /^[ \t]*$/.test(indent) ? `,${eol}${indent}` : ', ';
    argsEdit = { offset: original.offset + original.length, length: 0, content: `${separator}"args": ${inline}` };
  }
  return applyTextEdits(text, [commandEdit, argsEdit]);
}

/** Inserts `values` before the first item of a non-empty array, one per line if its items are, else inline. */
function prependItemsEdit(text: string, array: JsonArray, values: readonly string[]): TextEdit {
  const first = array.items[0];
  if (!first) throw new Error('prependItemsEdit needs a non-empty array');
  const lineBreak = text.lastIndexOf('\n', first.offset - 1);
  const indent = text.slice(lineBreak + 1, first.offset);
  const ownLine = lineBreak > array.offset && /^[ \t]*$/.test(indent);
  const eol = text[lineBreak - 1] === '\r' ? '\r\n' : '\n';
  const separator = ownLine ? `,${eol}${indent}` : ', ';
  return { offset: first.offset, length: 0, content: values.map((value) => JSON.stringify(value)).join(separator) + separator };
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
      // Counted as created before the write: a set() that fails half-way may still leave an entry,
      // and the id was just checked to be free, so deleting it on rollback touches nothing else.
      created.push(entry.id);
      await store.set(entry.id, entry.value);
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
