/**
 * Character tables and run scanning for the secret detectors. Scanning a run of allowed
 * characters by table lookup is linear and never backtracks, unlike a regular expression with a
 * long quantifier, so every detector is built on `runEnd`.
 */

/** A lookup table over the first 128 code points: 1 when the character belongs to the set. */
export type CharTable = Uint8Array;

/** `ranges` holds `a-z` style ranges; `literal` holds characters taken as they are. */
export function table(ranges: string, literal = ''): CharTable {
  const result = new Uint8Array(128);
  for (let i = 0; i + 2 < ranges.length; i += 3) {
    for (let c = ranges.charCodeAt(i); c <= ranges.charCodeAt(i + 2); c++) result[c] = 1;
  }
  for (let i = 0; i < literal.length; i++) result[literal.charCodeAt(i)] = 1;
  return result;
}

export const ALNUM = table('A-Za-z0-9');
/** Letters, digits and underscore. */
export const WORD = table('A-Za-z0-9', '_');
/** base64url alphabet (JWT segments, most modern tokens). */
export const B64URL = table('A-Za-z0-9', '_-');
/** Standard base64 with padding. */
export const B64 = table('A-Za-z0-9', '+/=');
/** Both base64 alphabets with padding, underscore and dash. */
export const B64ANY = table('A-Za-z0-9', '+/=_-');
export const HEX_LOWER = table('0-9a-f');
export const HEX = table('0-9a-fA-F');
export const UPPER_ALNUM = table('A-Z0-9');
/** Slack tokens: letters, digits and dashes. */
export const ALNUM_DASH = table('A-Za-z0-9', '-');
/** Letters, digits and dots (Airtable, Dynatrace). */
export const ALNUM_DOT = table('A-Za-z0-9', '.');

export function inTable(t: CharTable, code: number): boolean {
  return code < 128 && t[code] === 1;
}

/** Index of the first character at or after `start` that is not in `t` (the run's end). */
export function runEnd(s: string, start: number, t: CharTable): number {
  let i = start;
  while (i < s.length && inTable(t, s.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last character before `end` (and at or after `floor`) that is not in `t`. */
export function runStart(s: string, end: number, t: CharTable, floor = 0): number {
  let i = end;
  while (i > floor && inTable(t, s.charCodeAt(i - 1))) i--;
  return i;
}

export function isAlnumAt(s: string, index: number): boolean {
  return index >= 0 && index < s.length && inTable(ALNUM, s.charCodeAt(index));
}

/** `s.lastIndexOf(ch)` restricted to `from..to`. */
export function lastIndexIn(s: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (s[i] === ch) return i;
  return -1;
}

/** `s.indexOf(ch)` restricted to `from..to`. */
export function indexIn(s: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (s[i] === ch) return i;
  return -1;
}

export function isWhitespaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12 || code === 0xa0;
}

/** Character used in place of a reference (`${input:x}`) so that detectors never see it as text. */
export const MASK = '\u0000';
export const MASK_CODE = 0;

export interface Composition {
  lower: number;
  upper: number;
  digit: number;
  /** Characters other than letters and digits. */
  symbol: number;
  /** Whitespace characters. */
  space: number;
  /** Masked (reference) characters. */
  masked: number;
  /** Characters outside ASCII. */
  other: number;
}

export function composition(s: string): Composition {
  const c: Composition = { lower: 0, upper: 0, digit: 0, symbol: 0, space: 0, masked: 0, other: 0 };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 97 && code <= 122) c.lower++;
    else if (code >= 65 && code <= 90) c.upper++;
    else if (code >= 48 && code <= 57) c.digit++;
    else if (code === MASK_CODE) c.masked++;
    else if (isWhitespaceCode(code)) c.space++;
    else if (code < 128) c.symbol++;
    else c.other++;
  }
  return c;
}
