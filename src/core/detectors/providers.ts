/**
 * Vendor token formats: a literal prefix and a body of known alphabet and length. Prefixes are
 * found with `indexOf` and bodies measured with lookup tables (see `charset.ts`), so a scan is
 * linear in the string whatever it contains. Each hit's body must also not be a placeholder
 * (`ghp_xxxx…`, `sk-your-key-here`).
 */
import { B64, B64URL, inTable, isAlnumAt, runEnd, table, type CharTable } from '../analysis/charset';
import { distinctChars, isWordLike } from './entropy';
import { isPlaceholder } from './placeholders';
import { hasDigitAndLetter, TOKEN_FORMATS, type TokenFormat } from './token-formats';

export interface ProviderHit {
  /** Human kind, e.g. "GitHub token". */
  kind: string;
  /** Start and end of the whole token (prefix included) in the scanned string. */
  start: number;
  end: number;
}

/** `sk-…` is shared by many AI vendors; the part after `sk-` says whose it is. */
const SK_VARIANTS: Array<[string, string]> = [
  ['ant-', 'Anthropic API key'],
  ['proj-', 'OpenAI API key'],
  ['svcacct-', 'OpenAI API key'],
  ['admin-', 'OpenAI API key'],
  ['None-', 'OpenAI API key'],
  ['or-', 'OpenRouter API key'],
  ['lf-', 'Langfuse secret key'],
  ['ak-', 'Zapier API key'],
];

/** True when `body` looks generated: letters and digits, not words, varied characters. */
function looksGenerated(body: string): boolean {
  const mixed = hasDigitAndLetter(body) || (/[a-z]/.test(body) && /[A-Z]/.test(body) && body.length >= 20);
  return mixed && !isWordLike(body) && distinctChars(body) >= Math.min(10, body.length / 2);
}

function bodyIsReal(format: Pick<TokenFormat, 'random' | 'check'>, body: string): boolean {
  if (format.check && !format.check(body)) return false;
  if (format.random && !looksGenerated(body)) return false;
  return !isPlaceholder(body);
}

/** One prefix of one vendor format; `rank` is its place in `TOKEN_FORMATS` order. */
interface PrefixEntry {
  format: TokenFormat;
  prefix: string;
  rank: number;
}

/**
 * Every prefix, indexed by its first two characters: a string is scanned once, with one table
 * look-up per position, instead of once per prefix (there are well over a hundred).
 */
const PREFIX_COUNT = TOKEN_FORMATS.reduce((n, format) => n + format.prefixes.length, 0);
const PREFIXES_BY_PAIR = indexPrefixes();
/** Per prefix, where its next match may start (see `scanTokenFormats`); reset after each scan. */
const nextFrom = new Int32Array(PREFIX_COUNT);

function pairKey(first: number, second: number): number {
  return first * 128 + second;
}

function indexPrefixes(): Array<PrefixEntry[] | undefined> {
  const index: Array<PrefixEntry[] | undefined> = new Array<PrefixEntry[] | undefined>(128 * 128).fill(undefined);
  let rank = 0;
  for (const format of TOKEN_FORMATS) {
    for (const prefix of format.prefixes) {
      const first = prefix.charCodeAt(0);
      const second = prefix.charCodeAt(1);
      if (!(first < 128 && second < 128)) throw new Error(`vendor prefix ${prefix} must start with two ASCII characters`);
      const key = pairKey(first, second);
      (index[key] ??= []).push({ format, prefix, rank: rank++ });
    }
  }
  return index;
}

interface RankedHit extends ProviderHit {
  rank: number;
}

/**
 * Every vendor-format token in `s`. Equivalent to looking for each prefix in turn with
 * `indexOf` (skipping, per prefix, the run of a token already read), in a single pass; hits come
 * out in that same order (by prefix rank, then position), which `withoutOverlaps` relies on to
 * break ties.
 */
function scanTokenFormats(s: string, hits: ProviderHit[]): void {
  let found: RankedHit[] | undefined;
  let touched: number[] | undefined;
  for (let i = 0; i + 1 < s.length; i++) {
    const first = s.charCodeAt(i);
    const second = s.charCodeAt(i + 1);
    if (first >= 128 || second >= 128) continue;
    const entries = PREFIXES_BY_PAIR[pairKey(first, second)];
    if (entries === undefined) continue;
    for (const entry of entries) {
      if (i < nextFrom[entry.rank] || !s.startsWith(entry.prefix, i)) continue;
      if (nextFrom[entry.rank] === 0) (touched ??= []).push(entry.rank);
      const end = runEnd(s, i + entry.prefix.length, entry.format.chars);
      // Skip the whole run: a prefix found inside it would only be a suffix of the same token.
      nextFrom[entry.rank] = Math.max(end, i + 1);
      if (isTokenAt(s, entry, i, end)) (found ??= []).push({ kind: entry.format.kind, start: i, end, rank: entry.rank });
    }
  }
  for (const rank of touched ?? []) nextFrom[rank] = 0;
  if (!found) return;
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  for (const hit of found) hits.push({ kind: hit.kind, start: hit.start, end: hit.end });
}

/** The prefix of `entry` at `at`, its body running to `end`: a real token of its format? */
function isTokenAt(s: string, entry: PrefixEntry, at: number, end: number): boolean {
  const { format } = entry;
  const bodyStart = at + entry.prefix.length;
  if (!format.embedded && isAlnumAt(s, at - 1)) return false;
  const length = end - bodyStart;
  if (length < format.min || (format.max !== undefined && length > format.max)) return false;
  if (isAlnumAt(s, end)) return false;
  return bodyIsReal(format, s.slice(bodyStart, end));
}

/** `sk-…`: OpenAI, Anthropic, OpenRouter, DeepSeek and other OpenAI-compatible keys. */
function scanSk(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf('sk-', from);
    if (at < 0) return;
    const bodyStart = at + 3;
    const end = runEnd(s, bodyStart, B64URL);
    from = Math.max(end, at + 1);
    if (isAlnumAt(s, at - 1) || s[at - 1] === '_') continue;
    const body = s.slice(bodyStart, end);
    if (body.length < 20 || body.length > 300) continue;
    let kind = body.includes('T3BlbkFJ') ? 'OpenAI API key' : 'OpenAI-compatible API key';
    let rest = body;
    for (const [variant, variantKind] of SK_VARIANTS) {
      if (body.startsWith(variant)) {
        kind = variantKind;
        rest = body.slice(variant.length);
        break;
      }
    }
    if (rest.length < 20 || !looksGenerated(rest) || isPlaceholder(rest)) continue;
    hits.push({ kind, start: at, end });
  }
}

/** JWT: three base64url segments, the first two JSON objects (`eyJ`). */
function scanJwt(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf('eyJ', from);
    if (at < 0) return;
    const end1 = runEnd(s, at, B64URL);
    from = Math.max(end1, at + 1);
    if (isAlnumAt(s, at - 1) || end1 - at < 12 || s[end1] !== '.' || !s.startsWith('eyJ', end1 + 1)) continue;
    const end2 = runEnd(s, end1 + 1, B64URL);
    if (end2 - end1 - 1 < 12 || s[end2] !== '.') continue;
    const end3 = runEnd(s, end2 + 1, B64URL);
    from = Math.max(end3, from);
    if (end3 - end2 - 1 < 16 || isAlnumAt(s, end3)) continue;
    const token = s.slice(at, end3);
    if (isPlaceholder(s.slice(end2 + 1, end3)) || isPlaceholder(token)) continue;
    hits.push({ kind: 'JWT', start: at, end: end3 });
  }
}

/** SendGrid: `SG.` + 22 + `.` + 43 base64url characters. */
function scanSendGrid(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf('SG.', from);
    if (at < 0) return;
    const end1 = runEnd(s, at + 3, B64URL);
    from = Math.max(end1, at + 1);
    if (isAlnumAt(s, at - 1) || end1 - at - 3 < 16 || s[end1] !== '.') continue;
    const end2 = runEnd(s, end1 + 1, B64URL);
    from = Math.max(end2, from);
    if (end2 - end1 - 1 < 30 || isAlnumAt(s, end2)) continue;
    if (!looksGenerated(s.slice(at + 3, end2).replace('.', '')) || isPlaceholder(s.slice(at + 3, end2))) continue;
    hits.push({ kind: 'SendGrid API key', start: at, end: end2 });
  }
}

const PRIVATE_KEY_BEGIN = '-----BEGIN ';
const PRIVATE_KEY_LABEL = /^[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?$/;

/** PEM private keys: `-----BEGIN … PRIVATE KEY-----` through the matching END line. */
function scanPrivateKeys(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf(PRIVATE_KEY_BEGIN, from);
    if (at < 0) return;
    from = at + PRIVATE_KEY_BEGIN.length;
    const labelEnd = s.indexOf('-----', from);
    if (labelEnd < 0) return;
    if (labelEnd - from > 60 || !PRIVATE_KEY_LABEL.test(s.slice(from, labelEnd))) continue;
    const bodyStart = labelEnd + 5;
    const endMarker = s.indexOf('-----END ', bodyStart);
    let end: number;
    if (endMarker < 0) {
      end = s.length;
    } else {
      const close = s.indexOf('-----', endMarker + 9);
      end = close < 0 || close - endMarker > 80 ? endMarker : close + 5;
    }
    from = end;
    const body = s.slice(bodyStart, endMarker < 0 ? s.length : endMarker);
    let base64 = 0;
    for (let i = 0; i < body.length; i++) if (inTable(B64, body.charCodeAt(i))) base64++;
    if (base64 < 40 || isPlaceholder(body.replace(/\s+/g, ''))) continue;
    hits.push({ kind: 'Private key', start: at, end });
    if (endMarker < 0) return;
  }
}

/** Webhook URLs that are credentials by themselves (anyone holding one can post). */
const WEBHOOKS: Array<{ kind: string; marker: string; chars: CharTable; min: number; check: (path: string) => boolean }> = [
  {
    kind: 'Slack webhook URL',
    marker: 'hooks.slack.com/',
    chars: table('A-Za-z0-9', '/_-'),
    min: 30,
    check: (path) => /^(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+$/.test(path) && /[0-9]/.test(path),
  },
  {
    kind: 'Discord webhook URL',
    marker: 'discord.com/api/webhooks/',
    chars: table('A-Za-z0-9', '/_-'),
    min: 60,
    check: (path) => /^\d{5,25}\/[A-Za-z0-9_-]{40,}$/.test(path),
  },
  {
    kind: 'Discord webhook URL',
    marker: 'discordapp.com/api/webhooks/',
    chars: table('A-Za-z0-9', '/_-'),
    min: 60,
    check: (path) => /^\d{5,25}\/[A-Za-z0-9_-]{40,}$/.test(path),
  },
];

function scanWebhooks(s: string, hits: ProviderHit[]): void {
  for (const hook of WEBHOOKS) {
    let from = 0;
    while (from < s.length) {
      const at = s.indexOf(hook.marker, from);
      if (at < 0) break;
      const pathStart = at + hook.marker.length;
      const end = runEnd(s, pathStart, hook.chars);
      from = Math.max(end, at + 1);
      const path = s.slice(pathStart, end);
      if (path.length < hook.min || !hook.check(path) || isPlaceholder(path.slice(path.lastIndexOf('/') + 1))) continue;
      // Take the scheme too, so that the whole URL is what moves to the keychain.
      const start = s.startsWith('https://', at - 8) ? at - 8 : s.startsWith('http://', at - 7) ? at - 7 : at;
      hits.push({ kind: hook.kind, start, end });
    }
  }
}

/** Shortest string a vendor token can be; shorter strings are not scanned. */
const MIN_SCAN_LENGTH = 18;

/**
 * Every vendor-format secret in `s`, left to right, without overlaps. `s` should have its
 * references masked (see `maskReferences`), so a token never spans a `${…}`.
 */
export function findProviderSecrets(s: string): ProviderHit[] {
  if (s.length < MIN_SCAN_LENGTH) return [];
  const hits: ProviderHit[] = [];
  scanTokenFormats(s, hits);
  scanSk(s, hits);
  scanJwt(s, hits);
  scanSendGrid(s, hits);
  scanPrivateKeys(s, hits);
  scanWebhooks(s, hits);
  return withoutOverlaps(hits);
}

/** Sorted by start; of two overlapping hits the longer (then the earlier) wins. */
export function withoutOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const result: T[] = [];
  for (const hit of sorted) {
    const last = result[result.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) result[result.length - 1] = hit;
      continue;
    }
    result.push(hit);
  }
  return result;
}
