/**
 * Credentials carried by a URL: the password of `scheme://user:password@host`, credential
 * query parameters (`?token=`, `?api_key=`, `?sig=`, …) and keys written into the path
 * (`/api/mcp/s/<key>/mcp`), in the URLs `scanUrls` finds (every `scheme://…`, ended by
 * whitespace, a quote or the next URL).
 */
import { indexIn, MASK } from '../analysis/charset';
import { scanUrls, type UrlSpan } from '../analysis/urls';
import { classifyName, type NameClass } from './key-names';
import { isPlaceholder } from './placeholders';
import { looksLikePassword, looksLikeToken } from './values';

export interface UrlCredential {
  kind: string;
  /** The secret characters themselves (the password, the parameter value). */
  start: number;
  end: number;
  /** The query parameter's name, when the secret is a parameter. */
  param?: string;
}

function percentDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Query parameter names that carry a credential though no name rule says so. */
const CREDENTIAL_PARAMS: Record<string, NameClass> = {
  key: 'key',
  sig: 'token',
  signature: 'token',
  code: 'token',
  auth: 'auth',
  apikey: 'key',
  'api-key': 'key',
  jwt: 'token',
  pass: 'password',
  pwd: 'password',
  pw: 'password',
};

const PARAM_KIND: Record<NameClass, string> = {
  password: 'URL password',
  secret: 'URL secret',
  key: 'URL API key',
  token: 'URL token',
  pat: 'URL token',
  credential: 'URL credential',
  auth: 'URL credential',
  session: 'URL session token',
  private: 'URL secret',
};

/** Parameters whose value is a signature or a one-time code: generated, never human. */
function paramClass(name: string): NameClass | undefined {
  const lower = name.toLowerCase();
  if (lower === 'code') return undefined; // OAuth codes are short-lived and usually not in configs
  return CREDENTIAL_PARAMS[lower] ?? classifyName(name);
}

function credentialInUserinfo(s: string, info: { start: number; end: number }, out: UrlCredential[]): void {
  const colon = indexIn(s, ':', info.start, info.end);
  if (colon < 0) return;
  const rawPassword = s.slice(colon + 1, info.end);
  if (rawPassword.length === 0 || rawPassword.includes(MASK)) return;
  const password = percentDecode(rawPassword);
  const user = percentDecode(s.slice(info.start, colon));
  if (password === user || isPlaceholder(password)) return;
  if (!looksLikePassword(password) && !looksLikeToken(password)) return;
  out.push({ kind: 'URL password', start: colon + 1, end: info.end });
}

/** Query parameters judged per URL: real URLs have a handful. */
const MAX_PARAMS = 64;

function credentialsInQuery(s: string, query: { start: number; end: number }, out: UrlCredential[]): void {
  let cursor = query.start;
  let params = 0;
  while (cursor < query.end && params++ < MAX_PARAMS) {
    let next = cursor;
    while (next < query.end && s[next] !== '&' && s[next] !== ';' && s[next] !== '#') next++;
    const eq = indexIn(s, '=', cursor, next);
    if (eq >= 0) {
      const name = percentDecode(s.slice(cursor, eq));
      const cls = paramClass(name);
      const raw = s.slice(eq + 1, next);
      if (cls && raw.length > 0 && !raw.includes(MASK)) {
        const value = percentDecode(raw);
        const ok = cls === 'password' ? looksLikePassword(value) || looksLikeToken(value) : looksLikeToken(value, 12);
        if (ok) out.push({ kind: PARAM_KIND[cls], start: eq + 1, end: next, param: name });
      }
    }
    cursor = next + 1;
  }
}

/**
 * Shortest path segment taken for a key. Document and folder ids (Google Drive: 33 and 44
 * characters) are shorter; a base64 key with padding may be shorter too.
 */
const MIN_PATH_KEY = 48;
const MIN_PADDED_PATH_KEY = 32;

/**
 * A key written into the path (`/api/mcp/s/<key>/mcp`): a long segment that looks generated and
 * mixes upper case, lower case and digits. Hex-only segments (commit ids, digests, UUIDs) are
 * identifiers, not keys.
 */
function credentialsInPath(s: string, path: { start: number; end: number }, out: UrlCredential[]): void {
  let cursor = path.start + 1;
  while (cursor < path.end) {
    let next = cursor;
    while (next < path.end && s[next] !== '/') next++;
    if (next - cursor >= MIN_PADDED_PATH_KEY) {
      const raw = s.slice(cursor, next);
      const segment = percentDecode(raw);
      const padded = /[=+]/.test(segment);
      if (
        !raw.includes(MASK) &&
        !/^[0-9a-fA-F-]+$/.test(segment) &&
        /[a-z]/.test(segment) &&
        /[A-Z]/.test(segment) &&
        /[0-9]/.test(segment) &&
        looksLikeToken(segment, padded ? MIN_PADDED_PATH_KEY : MIN_PATH_KEY)
      ) {
        out.push({ kind: 'URL token', start: cursor, end: next });
      }
    }
    cursor = next + 1;
  }
}

/** URLs judged per string: a real value holds one or two. */
const MAX_URLS = 64;

/** Credentials in every URL of `s` (references masked), left to right. */
export function findUrlCredentials(s: string, urls: UrlSpan[] = scanUrls(s)): UrlCredential[] {
  const found: UrlCredential[] = [];
  for (const url of urls.slice(0, MAX_URLS)) {
    if (url.userinfo) credentialInUserinfo(s, url.userinfo, found);
    if (url.query) credentialsInQuery(s, url.query, found);
    if (url.path) credentialsInPath(s, url.path, found);
  }
  return found;
}

/** True when `start..end` lies in the userinfo or the query of one of `urls`. */
export function insideUrlCredentialArea(urls: UrlSpan[], start: number, end: number): boolean {
  return urls.some(
    (url) =>
      (url.userinfo !== undefined && start >= url.userinfo.start && end <= url.userinfo.end) ||
      (url.query !== undefined && start >= url.query.start && end <= url.query.end),
  );
}
