/**
 * The words of a command line: what a word is (its value and the JSON element it came from) and
 * the small readers every command-line rule uses (program names, `NAME=value`, `--flag=value`,
 * on/off values).
 */
import type { JsonNode } from '../json/syntax-tree';

/** A word of a server's command line and the JSON element it comes from. */
export interface Word {
  value: string;
  /** The element: the `command` string or an `args` item (a script, for words inside one). */
  node: JsonNode;
  /** Index of that element in the server's args; -1 for the command. */
  argIndex: number;
  /** Span of the raw word inside the element's string value; the whole value for a whole element. */
  start: number;
  end: number;
  /** True when the word is the entire element, so removing the element removes just the word. */
  whole: boolean;
}

export interface ShellInvocation {
  /** The shell's program name: `bash`, `sh`, `cmd`, `powershell`, `pwsh`, … */
  shell: string;
  /** The `-c` / `/c` / `-Command` word. */
  flag: Word;
  /** The word holding the script: the first after the flag. */
  script: Word;
}

export interface CommandLine {
  /** `NAME=value` assignments and wrappers (`env`, `sudo`, `nohup`, …) before the program. */
  prefix: Word[];
  /** The program, then its arguments. */
  words: Word[];
  /** How the line was reached through a shell; undefined for the server's own command line. */
  shell?: ShellInvocation;
  /** True when the line reads the previous one's output (`curl … | sh`). */
  pipedFrom: boolean;
  /** 0 for the server's command line, 1 inside one shell script, … */
  depth: number;
}


/** The raw text of a word inside its element (quotes included when it came from a script). */
export function rawWordText(word: Word): string {
  return word.node.type === 'string' ? word.node.value.slice(word.start, word.end) : word.value;
}

/** A word of a command line with the word before it (the flag it may be the value of). */
export interface WordInLine {
  line: CommandLine;
  word: Word;
  previous?: Word;
  /** True for words of the line's prefix (`env A=1`, `sudo`), false for the program and its args. */
  inPrefix: boolean;
}

/** Every word of the lines (prefix first), each with the one before it in the same line. */
export function wordsInLines(lines: readonly CommandLine[]): WordInLine[] {
  const result: WordInLine[] = [];
  for (const line of lines) {
    // The prefix, then the words, without joining the two lists.
    const { prefix, words } = line;
    const wordAt = (i: number): Word | undefined => (i < prefix.length ? prefix[i] : words[i - prefix.length]);
    for (let i = 0; i < prefix.length + words.length; i++) {
      const entry: WordInLine = { line, word: wordAt(i) as Word, inPrefix: i < prefix.length };
      const previous = i > 0 ? wordAt(i - 1) : undefined;
      if (previous) entry.previous = previous;
      result.push(entry);
    }
  }
  return result;
}

/** `NAME=value` in a word, also written `--env=NAME=value` (docker). */
export function wordAssignment(word: Word): { name: string; value: string } | undefined {
  return assignmentOf(word.value.startsWith('--env=') ? word.value.slice('--env='.length) : word.value);
}

/** The words that go when an assignment is removed: `-e NAME=value` as a pair, else the word. */
export function assignmentWords(entry: WordInLine): Word[] {
  const previous = entry.previous;
  return previous && /^(?:-e|--env)$/.test(previous.value) ? [previous, entry.word] : [entry.word];
}

/** `--flag=value` -> { flag, value }; a flag without `=` -> { flag }; not a flag -> undefined. */
export function splitFlag(word: string): { flag: string; value?: string } | undefined {
  if (!isFlagStart(word)) return undefined;
  const eq = word.indexOf('=');
  return eq < 0 ? { flag: word } : { flag: word.slice(0, eq), value: word.slice(eq + 1) };
}

/** `-x…` or `--x…` with `x` a letter (`/^--?[A-Za-z]/`, without a regex: every word is asked). */
function isFlagStart(word: string): boolean {
  if (word.charCodeAt(0) !== 45 /* - */) return false;
  const at = word.charCodeAt(1) === 45 ? 2 : 1;
  const code = word.charCodeAt(at) | 32;
  return code >= 97 && code <= 122;
}

/**
 * Where `value` sits in the element of `word` (offsets in the element's decoded string), when it
 * is written literally at the end of the word's raw text (not quoted or escaped differently).
 */
export function valueSpanInWord(word: Word, value: string): { start: number; end: number } | undefined {
  if (word.node.type !== 'string' || value === '') return undefined;
  const raw = rawWordText(word);
  if (!raw.endsWith(value)) return undefined;
  return { start: word.end - value.length, end: word.end };
}

/** `/usr/local/bin/npx`, `C:\…\npx.cmd`, `NPX.EXE` -> `npx`. */
export function programName(word: string): string {
  if (isPlainProgramName(word)) return word;
  const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();
  return base.replace(/\.(?:exe|cmd|bat|ps1|com)$/, '');
}

/**
 * True when `programName(word)` is `word` itself: no path, no extension, nothing to lower-case.
 * Most words are like that (`npx`, `-y`, `run`), and need no copy.
 */
function isPlainProgramName(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // `/`, `\`, `.`, A-Z and anything outside ASCII take the long way.
    if (code === 47 || code === 92 || code === 46 || (code >= 65 && code <= 90) || code >= 128) return false;
  }
  return true;
}

/** `NAME=value` (a shell or `docker -e` assignment): the name and the value; undefined otherwise. */
export function assignmentOf(word: string): { name: string; value: string } | undefined {
  if (!word.includes('=')) return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word);
  return match?.[1] === undefined ? undefined : { name: match[1], value: word.slice(match[0].length) };
}

/**
 * Reads an on/off value as programs do (`1`, `true`, `yes`, `on` / `0`, `false`, `no`, `off`);
 * undefined for anything else.
 */
export function switchValue(value: string | number | boolean | null | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const normalized = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'y', 'on', 'enable', 'enabled'].includes(normalized)) return true;
  if (['0', 'false', 'no', 'n', 'off', 'disable', 'disabled'].includes(normalized)) return false;
  return undefined;
}
