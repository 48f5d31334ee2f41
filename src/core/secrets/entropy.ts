/**
 * How random a string looks: Shannon entropy, distinct characters, and whether it reads like
 * words (`gpt-4o-mini`, `us-east-1`, `my_index`) rather than a generated token.
 */
import { ALNUM, inTable } from './charset';

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
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

export function distinctChars(s: string): number {
  return new Set(s).size;
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
 */
function isWordLikeLetters(run: string): boolean {
  if (run.length > 20) return false;
  let humps = 0;
  let acronyms = 0;
  let i = 0;
  while (i < run.length) {
    let upper = 0;
    while (i < run.length && isUpperCode(run.charCodeAt(i))) {
      upper++;
      i++;
    }
    let lower = 0;
    while (i < run.length && !isUpperCode(run.charCodeAt(i))) {
      lower++;
      i++;
    }
    humps++;
    const last = i >= run.length;
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

/** One alphanumeric segment that reads like a word, a number or a short model/version tag. */
export function isWordLikeSegment(segment: string): boolean {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < segment.length; i++) {
    if (isLetterCode(segment.charCodeAt(i))) letters++;
    else digits++;
  }
  if (letters === 0) return digits <= 12;
  if (digits === 0) return isWordLikeLetters(segment);
  if (segment.length > 16) return false;
  // Mixed: letters with a number before or after (`claude3`, `x86`, `v2`, `4o`), or a short
  // tag (`gpt4o`, `k8s`, `i18n`).
  const runs = letterDigitRuns(segment);
  if (runs.length > 3 || (runs.length === 3 && segment.length > 5) || digits > letters + 1) return false;
  return runs.every((run) => (isLetterCode(run.charCodeAt(0)) ? isWordLikeLetters(run) : run.length <= 8));
}

/** Separators that join words in identifiers, model names, regions, paths and hosts. */
const WORD_SEPARATORS = new Set(['-', '_', '.', '/', ':', ',', '+', '=', '@', ' ']);

/**
 * True when `s` is made of words joined by ordinary separators — a name, not a generated token.
 * Any other symbol (`!`, `#`, `~`, …) means it is not word-like.
 */
export function isWordLike(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!inTable(ALNUM, code) && !WORD_SEPARATORS.has(s[i] ?? '')) return false;
  }
  const segments = alnumSegments(s);
  return segments.every(isWordLikeSegment);
}
