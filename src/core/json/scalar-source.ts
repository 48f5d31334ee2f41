/**
 * How a TOML or YAML string is written, and the mapping between its decoded value and the text.
 *
 * A secret or a URL scheme is found at an index of the decoded value; the diagnostic must
 * underline those characters in the file, and a fix must replace exactly them. Each quoting style
 * decodes differently (escapes, doubled quotes, indentation of block scalars), so the value is
 * decoded again here with the offset of every character, and checked against the parser's value:
 * where the two disagree (a folded multi-line scalar), the whole content is the span.
 */
import type { JsonString } from './syntax-tree';

export type ScalarStyle =
  | 'toml-basic' // "…"
  | 'toml-literal' // '…'
  | 'toml-ml-basic' // """…"""
  | 'toml-ml-literal' // '''…'''
  | 'yaml-plain' // unquoted
  | 'yaml-single' // '…' ('' is a quote)
  | 'yaml-double' // "…"
  | 'yaml-literal' // |
  | 'yaml-folded'; // >

export interface ScalarSource {
  style: ScalarStyle;
  /** Offset of the first character of the content (after the opening quote or block header). */
  contentOffset: number;
  /** Length of the content in the text (closing quote excluded). */
  contentLength: number;
}

interface Decoded {
  value: string;
  /** `at[i]` is the raw index of value character `i`; `at[value.length]` is the raw end. */
  at: number[];
}

/** Maps `valueStart..valueEnd` of the decoded value to document offsets. */
export function scalarValueSpan(
  text: string,
  node: JsonString,
  source: ScalarSource,
  valueStart: number,
  valueEnd: number,
): { offset: number; length: number } {
  const raw = text.substr(source.contentOffset, source.contentLength);
  const decoded = decodeScalar(raw, source.style);
  if (!decoded || !sameValue(decoded.value, node.value, source.style) || valueEnd > decoded.value.length) {
    return { offset: source.contentOffset, length: source.contentLength };
  }
  const start = decoded.at[valueStart] ?? 0;
  // The end of the last character: the start of the next one (an escape is several raw chars).
  const end = valueEnd === 0 ? start : (decoded.at[valueEnd] ?? raw.length);
  return { offset: source.contentOffset + start, length: Math.max(0, end - start) };
}

/** Block scalars differ from their decoding only by the trailing newlines chomping keeps. */
function sameValue(decoded: string, parsed: string, style: ScalarStyle): boolean {
  if (style === 'yaml-literal' || style === 'yaml-folded') return decoded.replace(/\n+$/, '') === parsed.replace(/\n+$/, '');
  return decoded === parsed;
}

export function decodeScalar(raw: string, style: ScalarStyle): Decoded | undefined {
  switch (style) {
    case 'toml-literal':
      return identity(raw);
    case 'yaml-plain':
      return raw.includes('\n') ? undefined : identity(raw);
    case 'toml-ml-literal':
      return identity(raw, leadingNewline(raw));
    case 'toml-basic':
      return decodeEscapes(raw, 0, 'toml');
    case 'toml-ml-basic':
      return decodeEscapes(raw, leadingNewline(raw), 'toml');
    case 'yaml-double':
      return raw.includes('\n') ? undefined : decodeEscapes(raw, 0, 'yaml');
    case 'yaml-single':
      return raw.includes('\n') ? undefined : decodeSingleQuoted(raw);
    case 'yaml-literal':
    case 'yaml-folded':
      return decodeBlock(raw, style === 'yaml-folded');
  }
}

function leadingNewline(raw: string): number {
  if (raw.startsWith('\r\n')) return 2;
  return raw.startsWith('\n') ? 1 : 0;
}

function identity(raw: string, from = 0): Decoded {
  const at: number[] = [];
  for (let i = from; i <= raw.length; i++) at.push(i);
  return { value: raw.slice(from), at };
}

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\x1b', '/': '/', '0': '\0', a: '\x07', v: '\v', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/** Backslash escapes of TOML basic strings and YAML double-quoted scalars. */
function decodeEscapes(raw: string, from: number, flavour: 'toml' | 'yaml'): Decoded | undefined {
  let value = '';
  const at: number[] = [];
  let i = from;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch !== '\\') {
      value += ch;
      at.push(i);
      i++;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) return undefined;
    // TOML multi-line: a backslash at the end of a line swallows the line break and the blanks after it.
    if (flavour === 'toml' && /[ \t\r\n]/.test(next)) {
      let j = i + 1;
      while (j < raw.length && /[ \t]/.test(raw[j] as string)) j++;
      if (raw[j] !== '\n' && raw[j] !== '\r') return undefined;
      while (j < raw.length && /[ \t\r\n]/.test(raw[j] as string)) j++;
      i = j;
      continue;
    }
    const width = next === 'u' ? 4 : next === 'U' ? 8 : next === 'x' ? 2 : 0;
    if (width > 0) {
      const hex = raw.slice(i + 2, i + 2 + width);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) return undefined;
      const decoded = String.fromCodePoint(parseInt(hex, 16));
      for (const unit of decoded.split('')) {
        value += unit;
        at.push(i);
      }
      i += 2 + width;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple === undefined) return undefined;
    value += simple;
    at.push(i);
    i += 2;
  }
  at.push(raw.length);
  return { value, at };
}

function decodeSingleQuoted(raw: string): Decoded {
  let value = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    value += raw[i];
    at.push(i);
    if (raw[i] === "'" && raw[i + 1] === "'") i++;
  }
  at.push(raw.length);
  return { value, at };
}

/**
 * A block scalar's content (the lines after its `|` / `>` header): each line without the block's
 * indentation; folded blocks join non-empty lines with a space. Chomping only changes the
 * trailing newlines, which `sameValue` ignores.
 */
function decodeBlock(raw: string, folded: boolean): Decoded | undefined {
  const lines: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (;;) {
    const end = raw.indexOf('\n', start);
    const line = end < 0 ? raw.slice(start) : raw.slice(start, end);
    lines.push({ start, text: line.replace(/\r$/, '') });
    if (end < 0) break;
    start = end + 1;
  }
  const indents = lines.filter((l) => l.text.trim() !== '').map((l) => /^ */.exec(l.text)?.[0].length ?? 0);
  if (indents.length === 0) return { value: '', at: [raw.length] };
  const indent = Math.min(...indents);
  let value = '';
  const at: number[] = [];
  lines.forEach((line, index) => {
    if (index > 0) {
      const previous = lines[index - 1] as { start: number; text: string };
      const joinWithSpace = folded && previous.text.trim() !== '' && line.text.trim() !== '' && !/^ /.test(previous.text.slice(indent)) && !/^ /.test(line.text.slice(indent));
      value += joinWithSpace ? ' ' : '\n';
      at.push(previous.start + previous.text.length);
    }
    const content = line.text.slice(Math.min(indent, line.text.length));
    for (let k = 0; k < content.length; k++) {
      value += content[k];
      at.push(line.start + indent + k);
    }
  });
  at.push(raw.length);
  return { value, at };
}
