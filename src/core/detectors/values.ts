/**
 * Is this value a credential, given that its name says it should be one? Two bars: a token
 * (generated, random-looking, 12+ chars) and a password (human, 6+ chars, mixed classes).
 * Booleans, numbers, paths, URLs, emails, host names, dates and word-like names never pass.
 */
import { composition } from '../analysis/charset';
import { alnumSegments, distinctChars, isWordLike, isWordLikeSegment, shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholders';

const BOOLEAN_LIKE = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'enabled', 'disabled', 'null', 'none']);

/** Longest word of `BOOLEAN_LIKE`: lower-casing never shortens a string, so longer ones are not. */
const MAX_BOOLEAN_LIKE = Math.max(...[...BOOLEAN_LIKE].map((word) => word.length));

export function isBooleanLike(v: string): boolean {
  const t = v.trim();
  return t.length <= MAX_BOOLEAN_LIKE && BOOLEAN_LIKE.has(t.toLowerCase());
}

const NUMBER = /^[-+]?\d{1,64}(?:\.\d{1,64})?$/;
export function isNumberLike(v: string): boolean {
  return v.length <= 130 && NUMBER.test(v.trim());
}

const URL_START = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\//;
export function isUrlLike(v: string): boolean {
  return URL_START.test(v.trim());
}

const DRIVE = /^[A-Za-z]:[\\/]/;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,5}$/;
export function isPathLike(v: string): boolean {
  const t = v.trim();
  const rooted =
    t.startsWith('/') || t.startsWith('~') || t.startsWith('./') || t.startsWith('../') ||
    t.startsWith('.\\') || t.startsWith('..\\') || t.startsWith('\\\\') || DRIVE.test(t);
  // A base64 secret may start with `/`; a path has no long random segment and no `+` or `=`.
  if (rooted) return !t.includes('+') && !t.includes('=') && !hasRandomSegment(t);
  return (t.includes('/') || t.includes('\\')) && FILE_EXTENSION.test(t) && isWordLike(t.replace(/\\/g, '/'));
}

function hasRandomSegment(t: string): boolean {
  return alnumSegments(t).some((segment) => segment.length >= 16 && !isWordLikeSegment(segment));
}

const EMAIL = /^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
export function isEmailLike(v: string): boolean {
  return v.length <= 320 && v.includes('@') && EMAIL.test(v.trim());
}

const HOSTNAME = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?::\d{1,5})?$/;
const TLD = /\.[A-Za-z]{2,24}(?::\d{1,5})?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$/;
export function isHostnameLike(v: string): boolean {
  const t = v.trim();
  // Both shapes have a dot.
  if (t.length > 300 || !t.includes('.')) return false;
  return (HOSTNAME.test(t) && TLD.test(t)) || IPV4.test(t);
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
export function isDateLike(v: string): boolean {
  return DATE.test(v.trim());
}

/** Identifiers that name something rather than being it: digests, ARNs, URNs, data URLs. */
const NAMING_PREFIXES = ['sha1:', 'sha256:', 'sha384:', 'sha512:', 'md5:', 'arn:', 'urn:', 'data:', 'did:', 'file:', 'env:', 'ref:'];

function isNotACredentialShape(t: string): boolean {
  // Every naming prefix ends with a colon.
  if (t.includes(':')) {
    const lower = t.toLowerCase();
    for (const prefix of NAMING_PREFIXES) if (lower.startsWith(prefix)) return true;
  }
  return (
    isBooleanLike(t) ||
    isNumberLike(t) ||
    isUrlLike(t) ||
    isPathLike(t) ||
    isEmailLike(t) ||
    isHostnameLike(t) ||
    isDateLike(t)
  );
}

/**
 * A generated token: at least `min` characters, no spaces, not a placeholder or a known
 * non-secret shape, not word-like, letters with digits (or mixed case), and enough entropy.
 */
export function looksLikeToken(value: string, min = 12): boolean {
  const t = value.trim();
  if (t.length < min || t.length > 16384) return false;
  const c = composition(t);
  if (c.masked > 0 || c.space > 0 || c.other > 0) return false;
  if (isNotACredentialShape(t) || isPlaceholder(t) || isWordLike(t)) return false;
  const letters = c.lower + c.upper;
  // Letters with digits, or both cases (word-like values were turned away above).
  const mixed = (letters > 0 && c.digit > 0) || (c.lower > 0 && c.upper > 0);
  if (!mixed) return false;
  const distinct = distinctChars(t);
  if (distinct < Math.min(8, Math.ceil(t.length / 2))) return false;
  // Hex has 16 symbols: random hex sits lower on the entropy scale than base62.
  return shannonEntropy(t) >= (/^[0-9a-fA-F-]+$/.test(t) ? 2.7 : 3.0);
}

/**
 * A human password: at least `min` characters, no spaces, not a placeholder or a known
 * non-secret shape, and at least two of: letters, digits, symbols, mixed case.
 */
export function looksLikePassword(value: string, min = 6): boolean {
  const t = value.trim();
  if (t.length < min || t.length > 1024) return false;
  const c = composition(t);
  if (c.masked > 0 || c.space > 0) return false;
  if (isNotACredentialShape(t) || isPlaceholder(t)) return false;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(t)) return false; // an env var name, not its value
  const wordLike = isWordLike(t);
  const letters = c.lower + c.upper;
  // A capital only at the start (`Summer`) is not mixed case.
  const startsUpper = /^[A-Z]/.test(t);
  const mixedCase = c.lower > 0 && (c.upper > 1 || (c.upper === 1 && !startsUpper));
  let classes = 0;
  if (letters > 0 || c.other > 0) classes++;
  if (c.digit > 0) classes++;
  if (c.symbol > 0 && !wordLike) classes++;
  if (mixedCase) classes++;
  if (classes < 2) return false;
  return distinctChars(t) >= 4;
}

/** The bar a value must pass: generated token, or human password (which tokens also pass). */
export function passesStrength(value: string, strength: 'token' | 'password', min?: number): boolean {
  return strength === 'password' ? looksLikePassword(value, min) || looksLikeToken(value) : looksLikeToken(value, min);
}
