/**
 * The secret detector: one string value, with the name and place it has in the config, in; the
 * secrets it holds out. It combines vendor formats (`providers.ts`), what the name says
 * (`key-names.ts` + `values.ts`), credentials in URLs (`url.ts`), header values (`headers.ts`)
 * and names given inside the string (`args.ts`). References (`${input:x}`, `${env:X}`, `$X`,
 * `op://…`) are masked first, so only literal text can ever be reported.
 */
import { MASK, isWhitespaceCode } from '../analysis/charset';
import { namedSpans } from './args';
import { findSchemeCredentials, forgetLastCredential, headerCredential } from './headers';
import { classifyName, isAuthorizationName, kindForName, strengthFor } from './key-names';
import { findProviderSecrets } from './providers';
import { scanUrls, type UrlSpan } from '../analysis/urls';
import { findUrlCredentials, insideUrlCredentialArea } from './url';
import { isUrlLike, passesStrength } from './values';
import { literalParts } from '../analysis/references';

/** Where a value sits in a server definition. */
export type SecretLocation = 'env' | 'header' | 'arg' | 'url' | 'input' | 'property';

/**
 * How a secret was found: `url` credentials in a URL, `header` the credential of an
 * Authorization / API-key header, `literal` any other secret literal. Each secret rule reports
 * one channel (see `rules/inline-secret.ts`, `url-credentials.ts`, `static-auth-header.ts`).
 */
export type SecretChannel = 'url' | 'header' | 'literal';

export interface SecretContext {
  /** The value's name: env var, header, flag, query parameter, property key or input id. */
  name?: string;
  location?: SecretLocation;
  /** The value is a password whatever its name (a VS Code input with `password: true`). */
  password?: boolean;
  /** A second name to fall back on (an input's description). */
  description?: string;
}

export interface SecretHit {
  /** Human kind: "GitHub token", "Password", "URL password", "Bearer token", … */
  kind: string;
  /** Start and end of the secret characters in the (decoded) value. */
  start: number;
  end: number;
  channel: SecretChannel;
  /** The name the secret was found under inside the value (`GITHUB_TOKEN=…`, `?api_key=`). */
  name?: string;
}

/** Values longer than this are not scanned (no MCP config value is anywhere near it). */
const MAX_VALUE_LENGTH = 1_000_000;

/**
 * How many reference openings (`${`, `$X`, `%X`) a value may have before it is not scanned at
 * all: the reference patterns rescan the rest of the string from each opening, so a value made
 * of thousands of them (never a real config value) would cost quadratic time.
 */
const MAX_REFERENCE_OPENINGS = 64;

function referenceOpenings(value: string): number {
  let count = 0;
  for (let i = value.indexOf('$'); i >= 0; i = value.indexOf('$', i + 1)) {
    const next = value.charCodeAt(i + 1);
    if (next === 123 /* { */ || next === 95 /* _ */ || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  for (let i = value.indexOf('%'); i >= 0; i = value.indexOf('%', i + 1)) {
    const next = value.charCodeAt(i + 1);
    if (next === 95 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}

/**
 * `value` with every reference replaced by NUL characters of the same length, so offsets stay
 * those of `value` and no detector can read across or into a reference. A value with more than
 * `MAX_REFERENCE_OPENINGS` reference openings comes back fully masked.
 */
export function maskReferences(value: string): string {
  if (referenceOpenings(value) > MAX_REFERENCE_OPENINGS) return MASK.repeat(value.length);
  const parts = literalParts(value);
  if (parts.length === 1 && parts[0]?.start === 0 && parts[0].text.length === value.length) return value;
  let out = '';
  let cursor = 0;
  for (const part of parts) {
    if (part.start > cursor) out += MASK.repeat(part.start - cursor);
    out += part.text;
    cursor = part.start + part.text.length;
  }
  if (cursor < value.length) out += MASK.repeat(value.length - cursor);
  return out;
}

function hasLiteralText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code !== 0 && !isWhitespaceCode(code)) return true;
  }
  return false;
}

/** `start..end` without surrounding whitespace and one pair of matching quotes. */
function trimSpan(s: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && isWhitespaceCode(s.charCodeAt(a))) a++;
  while (b > a && isWhitespaceCode(s.charCodeAt(b - 1))) b--;
  if (b - a >= 2 && (s[a] === '"' || s[a] === "'") && s[b - 1] === s[a]) {
    a++;
    b--;
  }
  return [a, b];
}

/** The value `start..end`, judged by what its name says. */
function byName(s: string, start: number, end: number, name: string | undefined, password: boolean): Candidate | undefined {
  const cls = classifyName(name);
  if (!cls && !password) return undefined;
  const [trimmedStart, b] = trimSpan(s, start, end);
  let a = trimmedStart;
  // `Bearer X` / `Basic X` are judged as header values by `findSchemeCredentials`; `token X` here.
  if (/^(?:bearer|basic)\s/i.test(s.slice(a, a + 7))) return undefined;
  const scheme = /^token\s+/i.exec(s.slice(a, a + 16));
  if (scheme) a += scheme[0].length;
  const value = s.slice(a, b);
  if (value.length === 0 || value.includes(MASK) || isUrlLike(value)) return undefined;
  const strength = cls ? strengthFor(cls) : 'password';
  if (!passesStrength(value, password ? 'password' : strength)) return undefined;
  return candidate(cls ? kindForName(cls, name ?? '') : 'Password', a, b, 'literal', name);
}

interface Candidate {
  kind: string;
  start: number;
  end: number;
  channel: SecretChannel;
  name: string | undefined;
  /** Found by a vendor format: its kind is the most precise one. */
  vendor: boolean;
}

/** Every candidate has the same fields (and so one shape for the engine): no spreads, no optional ones. */
function candidate(kind: string, start: number, end: number, channel: SecretChannel, name: string | undefined, vendor = false): Candidate {
  return { kind, start, end, channel, name, vendor };
}

/**
 * Keeps the first of overlapping hits (they come in priority order), upgrading its kind to a
 * vendor's and taking the name another one found it under. Accepted hits never overlap, so
 * sorted by start they are sorted by end too, and the one a candidate could overlap is found by
 * binary search.
 */
function merge(candidates: Candidate[]): SecretHit[] {
  const accepted: Candidate[] = [];
  const byStart: Candidate[] = [];
  for (const next of candidates) {
    // First accepted hit that ends after the candidate starts.
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((byStart[mid]?.end ?? 0) <= next.start) low = mid + 1;
      else high = mid;
    }
    const overlapping = byStart[low];
    if (overlapping && overlapping.start < next.end) {
      if (next.vendor && !overlapping.vendor) {
        overlapping.kind = next.kind;
        overlapping.vendor = true;
      }
      if (overlapping.name === undefined && next.name !== undefined) overlapping.name = next.name;
      continue;
    }
    accepted.push(next);
    byStart.splice(low, 0, next);
  }
  return accepted.map(withoutVendor);
}

function withoutVendor(candidate: Candidate): SecretHit {
  const hit: SecretHit = { kind: candidate.kind, start: candidate.start, end: candidate.end, channel: candidate.channel };
  if (candidate.name !== undefined) hit.name = candidate.name;
  return hit;
}

/**
 * Below this length a value can only be a secret through a URL or through its name: vendor
 * formats need 18 characters, names given inside the value 8, and `Bearer X` more. Most config
 * values (`-y`, `npx`, `run`, `info`) are shorter and are turned away by that test alone.
 */
const MIN_UNNAMED_LENGTH = 8;

/** Does the context make the value a credential by name (steps 2 and 4 of `detectSecrets`)? */
function isNamedCredential(context: SecretContext): boolean {
  return (
    context.location === 'header' ||
    context.password === true ||
    isAuthorizationName(context.name) ||
    classifyName(context.name) !== undefined ||
    (context.description !== undefined && classifyName(context.description) !== undefined)
  );
}

/**
 * Finds the secrets in one config string value. `context` says what the value is (its name and
 * place); the result lists non-overlapping secrets, most relevant first, each with its rule
 * channel and its position in `value`. Never throws; empty for references and placeholders.
 */
export function detectSecrets(value: string, context: SecretContext = {}): SecretHit[] {
  if (value.length === 0 || value.length > MAX_VALUE_LENGTH) return [];
  if (value.length < MIN_UNNAMED_LENGTH && !value.includes('://') && !isNamedCredential(context)) return [];
  const s = maskReferences(value);
  if (!hasLiteralText(s)) return [];
  const candidates: Candidate[] = [];
  const urls: UrlSpan[] = s.includes('://') ? scanUrls(s) : [];
  const headerName = context.location === 'header' || isAuthorizationName(context.name) ? (context.name ?? '') : undefined;

  // 1. Credentials in a URL.
  for (const credential of urls.length > 0 ? findUrlCredentials(s, urls) : []) {
    candidates.push(candidate(credential.kind, credential.start, credential.end, 'url', credential.param));
  }
  // 2. The value of a credential header.
  if (headerName !== undefined) {
    const credential = headerCredential(headerName, s);
    if (credential) candidates.push(candidate(credential.kind, credential.start, credential.end, 'header', undefined));
  }
  // 3. Vendor formats, anywhere.
  for (const hit of findProviderSecrets(s)) {
    const inUrl = insideUrlCredentialArea(urls, hit.start, hit.end);
    candidates.push(candidate(hit.kind, hit.start, hit.end, inUrl ? 'url' : 'literal', undefined, true));
  }
  // 4. The whole value, judged by its name (headers were judged in 2).
  if (headerName === undefined) {
    const named = byName(s, 0, s.length, context.name, context.password === true);
    if (named) candidates.push(named);
    else if (context.description !== undefined && !classifyName(context.name)) {
      const described = byName(s, 0, s.length, context.description, false);
      if (described) candidates.push(described);
    }
  }
  // 5. Values named inside the string: `KEY=…`, `--token …`, `-H "Authorization: …"`, JSON.
  if (s.length >= 8) {
    for (const span of namedSpans(s)) {
      if (span.header) {
        const credential = headerCredential(span.name, s, span.start, span.end);
        if (credential) candidates.push(candidate(credential.kind, credential.start, credential.end, 'header', span.name));
      } else {
        const named = byName(s, span.start, span.end, span.name, false);
        if (named) candidates.push(named);
      }
    }
  }
  // 6. `Bearer X` / `Basic X` anywhere.
  for (const credential of findSchemeCredentials(s)) {
    candidates.push(candidate(credential.kind, credential.start, credential.end, headerName !== undefined ? 'header' : 'literal', undefined));
  }

  forgetLastCredential();
  const hits = merge(candidates);
  if (context.location === 'url') for (const hit of hits) hit.channel = 'url';
  return hits;
}
