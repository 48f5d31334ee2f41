/**
 * Names given to values inside argument lists and command strings: `--api-key VALUE`,
 * `--token=VALUE`, docker's `-e KEY=VALUE`, `--header "Authorization: Bearer X"`, `KEY=VALUE`
 * assignments in `bash -c "…"` scripts, connection strings (`Server=…;Password=…`) and JSON
 * written into an argument (`--config '{"apiKey":"…"}'`).
 */
import { isWhitespaceCode } from '../analysis/charset';
import { NameCache } from '../analysis/name-cache';
import { classifyName, isAuthorizationName } from './key-names';

export interface Word {
  /** The word's text in the string, without the quotes when the whole word is quoted. */
  start: number;
  end: number;
}

/** A value and the name it is given under, both found inside one string. */
export interface NamedSpan {
  name: string;
  /** The value's place in the string. */
  start: number;
  end: number;
  /** The name is an HTTP header (the value is judged as that header's value). */
  header: boolean;
}

function isQuote(ch: string | undefined): boolean {
  return ch === '"' || ch === "'" || ch === '`';
}

/** Splits a command line into words the way a shell roughly would (quotes group, no expansion). */
export function shellWords(s: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWhitespaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const quote = s[i];
    if (isQuote(quote)) {
      const close = s.indexOf(quote ?? '', i + 1);
      const end = close < 0 ? n : close;
      words.push({ start: i + 1, end });
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < n && !isWhitespaceCode(s.charCodeAt(i))) {
      if (isQuote(s[i])) {
        const close = s.indexOf(s[i] ?? '', i + 1);
        i = close < 0 ? n : close + 1;
      } else {
        i++;
      }
    }
    words.push({ start, end: i });
  }
  return words;
}

const FLAG = /^--?([A-Za-z][A-Za-z0-9_.-]{0,63})$/;
const FLAG_ASSIGN = /^--?([A-Za-z][A-Za-z0-9_.-]{0,63})=/;
const ASSIGN = /^([A-Za-z_][A-Za-z0-9_.-]{0,127})=/;
const HEADER_LINE = /^[ \t]{0,16}([A-Za-z][A-Za-z0-9_-]{0,63})[ \t]{0,8}:[ \t]{0,8}/;
const JSON_PAIR = /"([A-Za-z0-9_.\- ]{1,64})"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}"([^"\\]{0,4096})"/g;
const HEADER_FLAGS = new Set(['-H', '--header', '--headers', '-header', '--http-header', '--add-header']);

/** `--api-key` -> `api-key` when `arg` is a flag without a value. */
export function flagName(arg: string): string | undefined {
  return FLAG.exec(arg)?.[1];
}

/** True when `arg` introduces an HTTP header (`-H`, `--header`). */
export function isHeaderFlag(arg: string): boolean {
  return HEADER_FLAGS.has(arg);
}

/** `start..end` without one pair of matching quotes around it. */
function unquote(s: string, start: number, end: number): [number, number] {
  if (end - start >= 2 && isQuote(s[start]) && s[end - 1] === s[start]) return [start + 1, end - 1];
  return [start, end];
}

/** A string written as `Name: value` whose name is a credential header (`Authorization: Bearer X`). */
export function headerLine(s: string, from = 0, to = s.length): NamedSpan | undefined {
  // No colon, no header line: most strings are turned away without a slice or a regex.
  const colon = s.indexOf(':', from);
  if (colon < 0 || colon >= to) return undefined;
  const m = HEADER_LINE.exec(from === 0 && to === s.length ? s : s.slice(from, to));
  if (!m) return undefined;
  const name = m[1] ?? '';
  const valueStart = from + m[0].length;
  // `https://…`, `C:\…` are not headers.
  if (s[valueStart] === '/' || s[valueStart] === '\\') return undefined;
  if (!isAuthorizationName(name) && !classifyName(name)) return undefined;
  return { name, start: valueStart, end: to, header: true };
}

function assignments(s: string, word: Word, out: NamedSpan[]): void {
  const text = s.slice(word.start, word.end);
  const flag = FLAG_ASSIGN.exec(text);
  if (flag) {
    const [start, end] = unquote(s, word.start + flag[0].length, word.end);
    out.push({ name: flag[1] ?? '', start, end, header: false });
    return;
  }
  // `A=1;B=2` and `a=1&b=2` (connection strings): each piece may be an assignment.
  let cursor = word.start;
  while (cursor < word.end) {
    let next = cursor;
    while (next < word.end && s[next] !== ';' && s[next] !== '&') next++;
    const piece = s.slice(cursor, next).trimStart();
    const m = ASSIGN.exec(piece);
    if (m) {
      const valueStart = next - piece.length + m[0].length;
      const [start, end] = unquote(s, valueStart, next);
      out.push({ name: m[1] ?? '', start, end, header: false });
    }
    cursor = next + 1;
  }
}

/**
 * Every value given a credential name inside `s`: assignments, flags with their value, header
 * lines and JSON pairs. The caller judges the values.
 */
export function namedSpans(s: string): NamedSpan[] {
  const spans = allNamedSpans(s);
  if (spans.length === 0) return spans;
  const verdicts = new Map<string, boolean>();
  const isCredential = (name: string): boolean => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) {
      verdict = classifyName(name) !== undefined;
      verdicts.set(name, verdict);
    }
    return verdict;
  };
  return spans
    .filter((span) => span.header || isCredential(span.name))
    .slice(0, MAX_NAMED_SPANS);
}

/** Named values judged per string: a real command line has a handful. */
const MAX_NAMED_SPANS = 64;

function allNamedSpans(s: string): NamedSpan[] {
  const out: NamedSpan[] = [];
  const whole = headerLine(s);
  if (whole) out.push(whole);
  if (s.includes('":')) {
    JSON_PAIR.lastIndex = 0;
    for (let m = JSON_PAIR.exec(s); m; m = JSON_PAIR.exec(s)) {
      const name = m[1] ?? '';
      const value = m[2] ?? '';
      const end = m.index + m[0].length - 1;
      out.push({ name, start: end - value.length, end, header: isAuthorizationName(name) });
    }
  }
  if (!/[\s=]/.test(s)) return out;
  const words = shellWords(s);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const text = s.slice(word.start, word.end);
    if (text.includes('://')) continue;
    if (text.includes('=')) {
      assignments(s, word, out);
      continue;
    }
    const next = words[i + 1];
    if (!next) continue;
    const nextText = s.slice(next.start, next.end);
    if (isHeaderFlag(text)) {
      const line = headerLine(s, next.start, next.end);
      if (line) out.push(line);
      continue;
    }
    const flag = flagName(text);
    if (flag && !nextText.startsWith('-')) {
      const [start, end] = unquote(s, next.start, next.end);
      out.push({ name: flag, start, end, header: false });
    }
  }
  return out;
}

/**
 * For each element of an args array, the flag that names it (`["--api-key", "X"]` gives `X` the
 * name `api-key`), when that flag names a credential.
 */
export function argNames(args: ReadonlyArray<string | undefined>): Array<string | undefined> {
  return args.map((arg, i) => {
    const previous = i > 0 ? args[i - 1] : undefined;
    // Only a flag names the next element, and a flag is never named: both start with `-`.
    if (arg === undefined || previous === undefined || !previous.startsWith('-') || (arg.startsWith('-') && FLAG.test(arg))) return undefined;
    return credentialFlags.get(previous, credentialFlagOf);
  });
}

/** The flag `arg` names when it is a credential flag (`--api-key` -> `api-key`); flags repeat, verdicts are kept. */
const credentialFlags = new NameCache<string | undefined>();

function credentialFlagOf(arg: string): string | undefined {
  const flag = flagName(arg);
  return flag && classifyName(flag) ? flag : undefined;
}
