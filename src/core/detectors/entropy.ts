/**
 * How random a string looks: Shannon entropy, distinct characters, and whether it reads like
 * words (`gpt-4o-mini`, `us-east-1`, `my_index`) rather than a generated token.
 */
import { ALNUM, inTable, table } from '../analysis/charset';

/**
 * Scratch counters for ASCII strings, reused across calls: these functions run on every
 * candidate token, and a Map or Set per call was a large share of the scan's garbage.
 */
const asciiCounts = new Int32Array(128);
const asciiOrder = new Int32Array(128);

/**
 * Counts the characters of `s` into `asciiCounts`, their first appearances into `asciiOrder`,
 * and returns how many distinct ones there are; -1 (counts left clear) when `s` is not ASCII.
 */
function countAscii(s: string): number {
  let distinct = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 128) {
      clearCounts(distinct);
      return -1;
    }
    if (asciiCounts[code]++ === 0) asciiOrder[distinct++] = code;
  }
  return distinct;
}

function clearCounts(distinct: number): void {
  for (let k = 0; k < distinct; k++) asciiCounts[asciiOrder[k]] = 0;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const distinct = countAscii(s);
  if (distinct < 0) return shannonEntropyAnyChars(s);
  // Counts summed in order of first appearance, as the Map version did, so the float result
  // (compared against thresholds) is bit for bit the same.
  const terms = entropyTerms(s.length);
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    const code = asciiOrder[k];
    const count = asciiCounts[code];
    asciiCounts[code] = 0;
    entropy -= terms ? entropyTerm(terms, count, s.length) : (count / s.length) * Math.log2(count / s.length);
  }
  return entropy;
}

/**
 * `p * log2(p)` for `p = count / length`, by count, for strings of one length: a logarithm is
 * the dearest step of `shannonEntropy`, and the same few (count, length) pairs come back for
 * every token. The cached product is the very number the expression gives, so sums do not change.
 */
const termsByLength: Array<Float64Array | undefined> = [];
const MAX_CACHED_LENGTH = 256;

function entropyTerms(length: number): Float64Array | undefined {
  if (length > MAX_CACHED_LENGTH) return undefined;
  let terms = termsByLength[length];
  if (!terms) {
    terms = new Float64Array(length + 1).fill(Number.NaN);
    termsByLength[length] = terms;
  }
  return terms;
}

function entropyTerm(terms: Float64Array, count: number, length: number): number {
  let term = terms[count];
  if (Number.isNaN(term)) {
    const p = count / length;
    term = p * Math.log2(p);
    terms[count] = term;
  }
  return term;
}

function shannonEntropyAnyChars(s: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / s.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Distinct characters (code points) of `s`. */
export function distinctChars(s: string): number {
  const distinct = countAscii(s);
  if (distinct < 0) return new Set(s).size;
  clearCounts(distinct);
  return distinct;
}

/** Maximal runs of ASCII letters and digits, e.g. `gpt-4o_mini` -> [gpt, 4o, mini]. */
export function alnumSegments(s: string): string[] {
  const segments: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const inside = i < s.length && inTable(ALNUM, s.charCodeAt(i));
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      segments.push(s.slice(start, i));
      start = -1;
    }
  }
  return segments;
}

/** Runs of letters only and of digits only: `S3cure!pass` -> [S, 3, cure, pass]. */
export function letterDigitRuns(s: string): string[] {
  const runs: string[] = [];
  let start = -1;
  let kind = 0; // 1 letter, 2 digit
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : -1;
    const k = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : code >= 48 && code <= 57 ? 2 : 0;
    if (k !== kind) {
      if (kind !== 0 && start >= 0) runs.push(s.slice(start, i));
      start = k !== 0 ? i : -1;
      kind = k;
    }
  }
  return runs;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Letters as people write them: lower, UPPER, Capitalised, camelCase or an acronym followed by
 * a word (`APIKey`), at most three humps. Random letters (`ZSIvYUVvsjoh`) break these shapes.
 * Reads `s` from `start` to `end`, so callers need not cut the run out.
 */
function isWordLikeLetters(s: string, start: number, end: number): boolean {
  if (end - start > 20) return false;
  let humps = 0;
  let acronyms = 0;
  let i = start;
  while (i < end) {
    let upper = 0;
    while (i < end && isUpperCode(s.charCodeAt(i))) {
      upper++;
      i++;
    }
    let lower = 0;
    while (i < end && !isUpperCode(s.charCodeAt(i))) {
      lower++;
      i++;
    }
    humps++;
    const last = i >= end;
    if (upper >= 2 && lower > 0) acronyms++;
    // `Word`, `word`, `WORD` (last), `My…`, one `APIKey`; humps like `…Sv`, `ZSIv`, `MXTTVnb` are not words.
    const wordShaped = (lower >= 2 && upper <= 4) || (lower === 0 && last) || (humps === 1 && upper <= 1);
    if (!wordShaped || humps > 3 || acronyms > 1) return false;
  }
  return true;
}

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** 1 for an ASCII letter, 2 for a digit, 0 for anything else (as `letterDigitRuns` splits). */
function runKind(code: number): number {
  return isLetterCode(code) ? 1 : code >= 48 && code <= 57 ? 2 : 0;
}

/** One alphanumeric segment that reads like a word, a number or a short model/version tag. */
export function isWordLikeSegment(segment: string): boolean {
  return isWordLikeSegmentAt(segment, 0, segment.length);
}

/** `isWordLikeSegment` of `s` from `start` to `end`, without cutting it out. */
function isWordLikeSegmentAt(s: string, start: number, end: number): boolean {
  let letters = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    if (isLetterCode(s.charCodeAt(i))) letters++;
    else digits++;
  }
  if (letters === 0) return digits <= 12;
  if (digits === 0) return isWordLikeLetters(s, start, end);
  if (end - start > 16) return false;
  // Mixed: letters with a number before or after (`claude3`, `x86`, `v2`, `4o`), or a short
  // tag (`gpt4o`, `k8s`, `i18n`).
  let runs = 0;
  for (let i = start, kind = 0; i < end; i++) {
    const k = runKind(s.charCodeAt(i));
    if (k !== kind && k !== 0) runs++;
    kind = k;
  }
  if (runs > 3 || (runs === 3 && end - start > 5) || digits > letters + 1) return false;
  // Each letter run must read as a word, each digit run be short.
  let i = start;
  while (i < end) {
    const kind = runKind(s.charCodeAt(i));
    let runEnd = i + 1;
    while (runEnd < end && runKind(s.charCodeAt(runEnd)) === kind) runEnd++;
    if (kind === 1 && !isWordLikeLetters(s, i, runEnd)) return false;
    if (kind === 2 && runEnd - i > 8) return false;
    i = runEnd;
  }
  return true;
}

/** Separators that join words in identifiers, model names, regions, paths and hosts. */
const WORD_SEPARATORS = table('', '-_./:,+=@ ');

/**
 * True when `s` is made of words joined by ordinary separators — a name, not a generated token.
 * Any other symbol (`!`, `#`, `~`, …) means it is not word-like.
 */
export function isWordLike(s: string): boolean {
  // One pass: every character must be a letter, a digit or a separator, and every alphanumeric
  // segment read like a word (both must hold, so either failing first decides).
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (!inTable(ALNUM, code)) {
      if (!inTable(WORD_SEPARATORS, code)) return false;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < s.length && inTable(ALNUM, s.charCodeAt(end))) end++;
    if (!isWordLikeSegmentAt(s, i, end)) return false;
    i = end;
  }
  return true;
}
