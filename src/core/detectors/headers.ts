/**
 * Credentials in HTTP header values: `Authorization: <scheme> <credential>` (Bearer, Basic,
 * token, raw), API-key headers (`X-API-Key`, `*-Token`), `Cookie: a=b; c=d`, and `Bearer …`
 * written anywhere in a string.
 */
import { MASK, isWhitespaceCode } from '../analysis/charset';
import { classifyName, isAuthorizationName, kindForName, strengthFor } from './key-names';
import { isPlaceholder } from './placeholders';
import { looksLikePassword, looksLikeToken, passesStrength } from './values';

export interface HeaderCredential {
  kind: string;
  /** The credential characters (after the scheme), in the scanned string. */
  start: number;
  end: number;
}

/** Start and end of `s` without leading and trailing whitespace, from `from` to `to`. */
function trimmed(s: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isWhitespaceCode(s.charCodeAt(a))) a++;
  while (b > a && isWhitespaceCode(s.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** A credential in an Authorization header: generated or human, at least 8 characters. */
function isAuthCredential(value: string): boolean {
  // `Bearer X` in a header is judged as the header's value and again as a scheme credential:
  // the last answer is kept for the second time (and dropped after each value, see below).
  if (value !== lastAuthValue) {
    lastAuthValue = value;
    lastAuthVerdict = looksLikeToken(value, 8) || looksLikePassword(value, 8);
  }
  return lastAuthVerdict;
}

let lastAuthValue: string | undefined;
let lastAuthVerdict = false;

/** Drops the kept credential, so that no value outlives the detection it was read for. */
export function forgetLastCredential(): void {
  lastAuthValue = undefined;
}

const BASE64_VALUE = /^[A-Za-z0-9+/]{4,4096}={0,2}$/;

/** `Basic base64(user:password)`: judge the decoded password, not the base64. */
function isBasicCredential(value: string): boolean {
  if (!BASE64_VALUE.test(value)) return isAuthCredential(value);
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return isAuthCredential(value);
  }
  const colon = decoded.indexOf(':');
  // Not printable `user:password`: an opaque credential.
  if (colon < 0 || /[^\u0020-\u007e]/.test(decoded)) return isAuthCredential(value);
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password === user || isPlaceholder(password)) return false;
  return looksLikePassword(password) || looksLikeToken(password);
}

const SCHEME_KINDS: Record<string, string> = {
  bearer: 'Bearer token',
  basic: 'Basic credentials',
  token: 'Token',
  bot: 'Bot token',
  digest: 'Digest credentials',
};

/**
 * The credential of an `Authorization` value (`s` from `from` to `to`, references masked):
 * `Bearer X`, `Basic X`, `token X`, `<Scheme> X` or a bare `X`.
 */
export function authorizationCredential(s: string, from = 0, to = s.length): HeaderCredential | undefined {
  const [start, end] = trimmed(s, from, to);
  if (end <= start) return undefined;
  let space = start;
  while (space < end && !isWhitespaceCode(s.charCodeAt(space))) space++;
  if (space === end) {
    const value = s.slice(start, end);
    return !value.includes(MASK) && isAuthCredential(value) ? { kind: 'Authorization credential', start, end } : undefined;
  }
  const scheme = s.slice(start, space);
  if (scheme.includes(MASK) || scheme.length > 32) return undefined;
  const [credStart, credEnd] = trimmed(s, space, end);
  const credential = s.slice(credStart, credEnd);
  if (credential.length === 0 || credential.includes(MASK)) return undefined;
  const lower = scheme.toLowerCase();
  const kind = SCHEME_KINDS[lower] ?? 'Authorization credential';
  if (lower === 'basic') return isBasicCredential(credential) ? { kind, start: credStart, end: credEnd } : undefined;
  // `Digest username="…", response="…"`, `AWS4-HMAC-SHA256 Credential=…, Signature=…`: parameters.
  if (/[\s,]/.test(credential)) return parameterCredential(s, credStart, credEnd, kind);
  return isAuthCredential(credential) ? { kind, start: credStart, end: credEnd } : undefined;
}

/** In `a=b, c="d"` parameter lists: the first value named like a credential (or `signature`). */
function parameterCredential(s: string, from: number, to: number, kind: string): HeaderCredential | undefined {
  let cursor = from;
  while (cursor < to) {
    let next = cursor;
    while (next < to && s[next] !== ',' && !isWhitespaceCode(s.charCodeAt(next))) next++;
    let eq = -1;
    for (let i = cursor; i < next; i++) {
      if (s[i] === '=') {
        eq = i;
        break;
      }
    }
    if (eq > cursor) {
      const name = s.slice(cursor, eq);
      let valueStart = eq + 1;
      let valueEnd = next;
      if (s[valueStart] === '"' && s[valueEnd - 1] === '"' && valueEnd - valueStart >= 2) {
        valueStart++;
        valueEnd--;
      }
      const value = s.slice(valueStart, valueEnd);
      const credentialName = /^(?:signature|response|oauth_signature|sig)$/i.test(name) || classifyName(name) !== undefined;
      if (credentialName && isAuthCredential(value)) return { kind, start: valueStart, end: valueEnd };
    }
    cursor = next + 1;
  }
  return undefined;
}

/** `Cookie: a=b; c=d`: the first cookie value that looks generated. */
export function cookieCredential(s: string, from = 0, to = s.length): HeaderCredential | undefined {
  let cursor = from;
  while (cursor < to) {
    let next = cursor;
    while (next < to && s[next] !== ';') next++;
    let eq = -1;
    for (let i = cursor; i < next; i++) {
      if (s[i] === '=') {
        eq = i;
        break;
      }
    }
    const [start, end] = trimmed(s, eq >= 0 ? eq + 1 : cursor, next);
    if (end > start && looksLikeToken(s.slice(start, end), 16)) return { kind: 'Session cookie', start, end };
    cursor = next + 1;
  }
  return undefined;
}

/**
 * The credential in the value of header `name`, or undefined when the header is not a credential
 * header (`Accept`, `User-Agent`) or its value is a placeholder, a reference or too plain.
 */
export function headerCredential(name: string, s: string, from = 0, to = s.length): HeaderCredential | undefined {
  if (isAuthorizationName(name)) return authorizationCredential(s, from, to);
  const cls = classifyName(name);
  if (!cls) return undefined;
  if (cls === 'session') return cookieCredential(s, from, to);
  const [start, end] = trimmed(s, from, to);
  const value = s.slice(start, end);
  if (value.length === 0 || value.includes(MASK)) return undefined;
  // `X-API-Key: Bearer …` happens: judge what follows a scheme word.
  if (/^(?:bearer|token|basic)\s/i.test(value)) return authorizationCredential(s, start, end);
  return passesStrength(value, strengthFor(cls), strengthFor(cls) === 'password' ? 6 : 10)
    ? { kind: kindForName(cls, name), start, end }
    : undefined;
}

/** Candidates judged per string: a real value holds one or two, a pathological one thousands. */
const MAX_SCHEME_CANDIDATES = 32;

/** Whitespace, a quote, `,` or `;` ends a credential written after `Bearer` / `Basic`. */
function endsSchemeCredential(code: number): boolean {
  return isWhitespaceCode(code) || code === 34 || code === 39 || code === 96 || code === 44 || code === 59;
}

/** Either scheme word in any case: most strings have neither, and are not searched further. */
const SCHEME_WORD = /bearer|basic/i;

/** `Bearer X` / `Basic X` written anywhere in a string (an env var holding a header value). */
export function findSchemeCredentials(s: string): HeaderCredential[] {
  const found: HeaderCredential[] = [];
  if (!SCHEME_WORD.test(s)) return found;
  const pattern = /\b(bearer|basic)[ \t]+/gi;
  let checked = 0;
  for (let m = pattern.exec(s); m && checked < MAX_SCHEME_CANDIDATES; m = pattern.exec(s)) {
    const credStart = m.index + m[0].length;
    let credEnd = credStart;
    while (credEnd < s.length && !endsSchemeCredential(s.charCodeAt(credEnd))) credEnd++;
    if (credEnd === credStart) continue;
    const credential = s.slice(credStart, credEnd);
    pattern.lastIndex = Math.max(pattern.lastIndex, credEnd);
    if (credential.length < 8 || credential.includes(MASK)) continue;
    checked++;
    const basic = (m[1] ?? '').toLowerCase() === 'basic';
    if (basic ? isBasicCredential(credential) : isAuthCredential(credential)) {
      found.push({ kind: basic ? 'Basic credentials' : 'Bearer token', start: credStart, end: credEnd });
    }
  }
  return found;
}
