/**
 * What a stdio server actually runs: its command line (`command` + `args`) and, depth first, the
 * command lines hidden inside the shell scripts it hands to `bash -c`, `cmd /c`,
 * `powershell -Command` — every word tied to the JSON element it came from, for rules that report
 * on elements and fix them.
 *
 * The layers below, each usable alone: shell text -> tokens (`shell.ts`); words -> launcher and
 * packages (`launchers.ts`, `containers.ts`, `package-pins.ts`); scripts inside a line
 * (`shell-scripts.ts`). Every scan is a single pass over the text: this runs on each keystroke.
 */
import type { McpServer } from '../dialects/dialect';
import type { JsonNode } from '../json/syntax-tree';
import { findLaunch, type Launch } from './launchers';
import { tokenizeShell } from './shell';
import { innerScript, POSIX_SHELLS, POWERSHELLS } from './shell-scripts';
import { assignmentOf, programName, wordsInLines, type CommandLine, type ShellInvocation, type Word, type WordInLine } from './words';

const MAX_DEPTH = 4;
const PREFIX_PROGRAMS = new Set(['env', 'sudo', 'doas', 'nohup', 'exec', 'time', 'nice', 'ionice', 'stdbuf', 'command', 'builtin', 'then', 'do', 'else', 'if', 'while', 'until', '!', '{', 'wsl', 'caffeinate', 'chronic', 'setsid']);
const PREFIX_VALUED = new Set(['-u', '--user', '-g', '--group', '-n', '--adjustment', '-C', '--chdir', '-d', '--distribution', '--cd', '-U', '-p', '-c', '--unset']);
const KNOWN_PROGRAMS = new Set([
  ...POSIX_SHELLS, ...POWERSHELLS, ...PREFIX_PROGRAMS, 'cmd', 'npx', 'pnpx', 'bunx', 'uvx', 'npm', 'pnpm', 'yarn', 'bun',
  'pipx', 'uv', 'docker', 'podman', 'nerdctl', 'finch', 'node', 'deno', 'python', 'python3', 'curl', 'wget',
]);

/**
 * Every command line a server runs: its own (`command` + `args`; a `command` with spaces that
 * starts with a known program is split), then, depth first, those inside the shell scripts it
 * hands to `bash -c`, `cmd /c`, `powershell -Command` (also `-EncodedCommand`).
 */
export function commandLines(server: McpServer): CommandLine[] {
  const cached = linesCache.get(server);
  if (cached) return cached;
  const lines = linesOf(server);
  linesCache.set(server, lines);
  return lines;
}

/** Callers outside a scan may ask for the same server's lines more than once. */
const linesCache = new WeakMap<McpServer, CommandLine[]>();

function linesOf(server: McpServer): CommandLine[] {
  const words = topLevelWords(server);
  return words.length === 0 ? [] : expandLine(words, undefined, false, 0);
}

/**
 * What the command-line rules read of one server: its lines, each line's launch, and (on first
 * use) every word with the one before it. See `serverCommands`.
 */
export class ServerCommands {
  readonly lines: CommandLine[];
  /** `findLaunch` of each line's words, by line index. */
  readonly launches: Array<Launch | undefined>;
  private wordList: WordInLine[] | undefined;

  constructor(readonly server: McpServer) {
    this.lines = linesOf(server);
    this.launches = this.lines.map((line) => findLaunch(line.words.map((word) => word.value)));
  }

  /** `wordsInLines(lines)`. */
  get words(): WordInLine[] {
    this.wordList ??= wordsInLines(this.lines);
    return this.wordList;
  }
}

/**
 * `ServerCommands` of every server, in order, computed once per scan: seven rules read command
 * lines, and the servers array is one scan's own, so each rule pays a single cache look-up.
 */
export function serverCommands(servers: readonly McpServer[]): ServerCommands[] {
  let all = commandsCache.get(servers);
  if (!all) {
    all = servers.map((server) => new ServerCommands(server));
    commandsCache.set(servers, all);
  }
  return all;
}

const commandsCache = new WeakMap<readonly McpServer[], ServerCommands[]>();

function topLevelWords(server: McpServer): Word[] {
  const words: Word[] = [];
  const command = server.command;
  if (command) {
    const split = /\s/.test(command.value.trim()) ? tokenizeShell(command.value) : [];
    const first = split[0];
    const splittable = first !== undefined && !first.operator && KNOWN_PROGRAMS.has(programName(first.value));
    if (splittable) {
      for (const token of split) if (!token.operator) words.push({ value: token.value, node: command, argIndex: -1, start: token.start, end: token.end, whole: false });
    } else {
      words.push(wholeWord(command, -1));
    }
  }
  server.args.forEach((arg, index) => words.push(wholeWord(arg, index)));
  return words;
}

function wholeWord(node: JsonNode, argIndex: number): Word {
  const value = scalarText(node);
  return { value, node, argIndex, start: 0, end: value.length, whole: true };
}

/** A scalar element as the client would pass it on (`8080` -> "8080"); '' for objects and arrays. */
function scalarText(node: JsonNode): string {
  if (node.type === 'string') return node.value;
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  return '';
}

function expandLine(words: Word[], shell: ShellInvocation | undefined, pipedFrom: boolean, depth: number): CommandLine[] {
  const split = splitPrefix(words);
  const line: CommandLine = { prefix: split.prefix, words: split.rest, pipedFrom, depth };
  if (shell) line.shell = shell;
  const lines = [line];
  if (depth >= MAX_DEPTH) return lines;
  const inner = innerScript(line.words);
  if (!inner) return lines;
  for (const nested of inner.lines) lines.push(...expandLine(nested.words, inner.invocation, nested.pipedFrom, depth + 1));
  return lines;
}

/** Leading assignments and wrapper programs (`env A=1 sudo -u x npx …`) split off the line. */
function splitPrefix(words: Word[]): { prefix: Word[]; rest: Word[] } {
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word) break;
    if (assignmentOf(word.value)) {
      i++;
      continue;
    }
    if (!PREFIX_PROGRAMS.has(programName(word.value)) || (i === words.length - 1)) break;
    i++;
    while (i < words.length && (words[i]?.value ?? '').startsWith('-') && (words[i]?.value ?? '').length > 1) {
      i += PREFIX_VALUED.has(words[i]?.value ?? '') ? 2 : 1;
    }
  }
  // Most lines have no prefix: their words are kept as they are (the list is this line's own).
  return i === 0 ? { prefix: [], rest: words } : { prefix: words.slice(0, i), rest: words.slice(i) };
}

