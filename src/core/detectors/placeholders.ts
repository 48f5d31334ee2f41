/**
 * Placeholders and documented examples: values that stand for a secret without being one
 * (`<YOUR_TOKEN>`, `your-api-key`, `sk-...`, `ghp_xxxx…`, `changeme`, AWS's `…EXAMPLE` keys,
 * `1234567890`). A placeholder never fires, whatever its name or prefix.
 */
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

/**
 * A fixed set of ASCII words indexed by their first two characters, so that one pass over a
 * string finds every occurrence of any of them: cheaper than an `indexOf` per word, and these
 * checks run on every candidate secret.
 */
interface WordIndex {
  byPair: Array<string[] | undefined>;
  /** Length of the shortest word: shorter strings hold none. */
  min: number;
}

function wordIndex(words: readonly string[]): WordIndex {
  const byPair: Array<string[] | undefined> = new Array<string[] | undefined>(128 * 128).fill(undefined);
  for (const word of words) (byPair[pairKey(word.charCodeAt(0), word.charCodeAt(1))] ??= []).push(word);
  return { byPair, min: Math.min(...words.map((word) => word.length)) };
}

function pairKey(first: number, second: number): number {
  return first * 128 + second;
}

const SUBSTRING_INDEX = wordIndex(SUBSTRINGS);
const LONG_SUBSTRING_INDEX = wordIndex(LONG_SUBSTRINGS);
const KNOWN_EXAMPLE_INDEX = wordIndex(KNOWN_EXAMPLES);
/** Longest of `WHOLE`: a longer value is none of them. */
const MAX_WHOLE = Math.max(...[...WHOLE].map((word) => word.length));

/** True when `text` contains one of the known examples. */
function containsKnownExample(text: string): boolean {
  for (let at = 0; at + KNOWN_EXAMPLE_INDEX.min <= text.length; at++) {
    const first = text.charCodeAt(at);
    const second = text.charCodeAt(at + 1);
    const candidates = first < 128 && second < 128 ? KNOWN_EXAMPLE_INDEX.byPair[pairKey(first, second)] : undefined;
    if (candidates) for (const example of candidates) if (text.startsWith(example, at)) return true;
  }
  return false;
}

// ---------- the value's letters and digits ----------

/**
 * The letters and digits of the value being judged (what `compact` returns, lower-cased, and in
 * their original case), in scratch arrays reused from call to call: the checks below read them
 * there instead of building strings, since they run on every candidate secret.
 */
let originals = new Uint8Array(256);
let lowers = new Uint8Array(256);

/** Fills the scratch arrays with the letters and digits of `s`; returns how many there are. */
function compactInto(s: string): number {
  if (s.length > originals.length) {
    originals = new Uint8Array(s.length);
    lowers = new Uint8Array(s.length);
  }
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      originals[n] = code;
      // Digits and lower-case letters have this bit already; upper-case letters get it.
      lowers[n] = code | 32;
      n++;
    }
  }
  return n;
}

function clearCompact(n: number): void {
  originals.fill(0, 0, n);
  lowers.fill(0, 0, n);
}

/** The first `n` lower-cased letters and digits as a string (for the short `WHOLE` words). */
function lowersText(n: number): string {
  let text = '';
  for (let k = 0; k < n; k++) text += String.fromCharCode(lowers[k]);
  return text;
}

/**
 * True when one of the words of `index` (lower case) occurs in the first `n` letters and digits,
 * written as a word is (see `isConsistentCase`).
 */
function containsAnyWord(n: number, index: WordIndex): boolean {
  for (let at = 0; at + index.min <= n; at++) {
    const candidates = index.byPair[pairKey(lowers[at], lowers[at + 1])];
    if (!candidates) continue;
    for (const word of candidates) {
      if (at + word.length <= n && lowersStartWith(word, at) && isConsistentCaseAt(at, at + word.length)) return true;
    }
  }
  return false;
}

function lowersStartWith(word: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (lowers[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** `isConsistentCase` of the original-case letters and digits `start..end`. */
function isConsistentCaseAt(start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  let upperAfterFirst = false;
  for (let k = start; k < end; k++) {
    const code = originals[k];
    if (code >= 65 && code <= 90) {
      upper = true;
      if (k > start) upperAfterFirst = true;
    } else if (code >= 97) {
      lower = true;
    }
  }
  return !upper || !lower || !upperAfterFirst;
}

/** Lower-cased letters and digits of `s`. */
export function compact(s: string): string {
  const n = compactInto(s);
  const text = lowersText(n);
  clearCompact(n);
  return text;
}

/**
 * `lower`, `UPPER` or `Capitalised`: how people write a word. Random mixed-case tokens contain
 * `deMO` or `tBd` by chance; those are not the words `demo` and `tbd`.
 */
function isConsistentCase(word: string): boolean {
  const rest = word.slice(1);
  return word === word.toLowerCase() || word === word.toUpperCase() || rest === rest.toLowerCase();
}

/** Position of a character in the alphabet it belongs to: `0-9` or `a-z` (-1 for neither). */
function alphabetIndex(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 97 + ALPHABET_GAP;
  return -1;
}
/** Keeps digits and letters apart, so `9` -> `a` is no step. */
const ALPHABET_GAP = 100;

/** Longest run of consecutive characters going up or down an alphabet (`123456`, `fedcba`). */
export function longestSequentialRun(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let up = 1;
  let down = 1;
  let previous = s.length > 0 ? alphabetIndex(s.charCodeAt(0)) : -1;
  for (let i = 1; i < s.length; i++) {
    const current = alphabetIndex(s.charCodeAt(i));
    const both = previous >= 0 && current >= 0;
    up = both && current === previous + 1 ? up + 1 : 1;
    down = both && current === previous - 1 ? down + 1 : 1;
    if (up > best) best = up;
    if (down > best) best = down;
    previous = current;
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
      if (s.charCodeAt(i) !== s.charCodeAt(i - unit)) {
        repeated = false;
        break;
      }
    }
    if (repeated) return true;
  }
  return false;
}

/** `isRepeatedUnit` of the first `n` lower-cased letters and digits. */
function lowersRepeatUnit(n: number): boolean {
  const maxUnit = Math.min(8, Math.floor(n / 2));
  for (let unit = 1; unit <= maxUnit; unit++) {
    if (n % unit !== 0) continue;
    let k = unit;
    while (k < n && lowers[k] === lowers[k - unit]) k++;
    if (k === n) return true;
  }
  return false;
}

/** Values that carry too little information to be a credential: `0000`, `aaaa1111`, `abcdef`. */
export function isLowInformation(s: string): boolean {
  const n = compactInto(s);
  const low = isLowInformationCompact(n);
  clearCompact(n);
  return low;
}

/**
 * `isLowInformation` of the first `n` lower-cased letters and digits (see `compactInto`). One
 * pass, on registers only: which characters occur (two bit masks), a majority candidate, and
 * the longest sequential run (as `longestSequentialRun` counts it).
 */
function isLowInformationCompact(n: number): boolean {
  if (n === 0) return true;
  if (n < 4) return false;
  let digits = 0;
  let letters = 0;
  // Boyer–Moore majority vote: if a character fills more than half, it is the candidate.
  let candidate = -1;
  let votes = 0;
  let sequential = 1;
  let up = 1;
  let down = 1;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const code = lowers[i];
    if (code <= 57) digits |= 1 << (code - 48);
    else letters |= 1 << (code - 97);
    if (votes === 0) {
      candidate = code;
      votes = 1;
    } else {
      votes += code === candidate ? 1 : -1;
    }
    const current = alphabetIndex(code);
    if (i > 0) {
      const both = previous >= 0 && current >= 0;
      up = both && current === previous + 1 ? up + 1 : 1;
      down = both && current === previous - 1 ? down + 1 : 1;
      if (up > sequential) sequential = up;
      if (down > sequential) sequential = down;
    }
    previous = current;
  }
  const distinct = bitCount(digits) + bitCount(letters);
  if (distinct <= 2) return true;
  if (n >= 8 && distinct <= 3) return true;
  if (n >= 20 && distinct <= 5) return true;
  // One character more than half of them.
  if (n >= 10 && 2 * occurrences(candidate, n) > n) return true;
  if (lowersRepeatUnit(n)) return true;
  // `123456`, `abcdef`, `ghp_1234567890abcdef…`; long random digit runs contain 5-runs by chance.
  return sequential >= 7 || sequential === n || (sequential >= 5 && sequential * 5 >= n * 2);
}

function occurrences(code: number, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (lowers[i] === code) count++;
  return count;
}

function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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
  if (containsKnownExample(t)) return true;
  // The letters and digits of `t` go to the scratch arrays, read by the checks that follow, and
  // are wiped after them: the value may be a secret.
  const n = compactInto(t);
  const placeholder = isCompactPlaceholder(t, n);
  clearCompact(n);
  return placeholder;
}

function isCompactPlaceholder(t: string, n: number): boolean {
  if (n <= MAX_WHOLE && WHOLE.has(lowersText(n))) return true;
  // A long blob (a private key, a JWT) would contain short words by chance: only long markers count.
  const long = n > LONG_VALUE;
  if (containsAnyWord(n, long ? LONG_SUBSTRING_INDEX : SUBSTRING_INDEX)) return true;
  if (!long && hasRunWord(t)) return true;
  return isLowInformationCompact(n);
}

/** `RUN_WORDS` by length (they are all letters): a run is compared only with words as long. */
const RUN_WORDS_BY_LENGTH: string[][] = [];
for (const word of RUN_WORDS) (RUN_WORDS_BY_LENGTH[word.length] ??= []).push(word);

/** True when a whole letter run of `t` is one of `RUN_WORDS`, written as a word is. */
function hasRunWord(t: string): boolean {
  let i = 0;
  while (i < t.length) {
    if (!isLetter(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < t.length && isLetter(t.charCodeAt(end))) end++;
    if (isRunWord(t, i, end) && isConsistentCase(t.slice(i, end))) return true;
    i = end;
  }
  return false;
}

/** Is the letter run `start..end` of `t`, in any case, one of `RUN_WORDS`? Compared in place. */
function isRunWord(t: string, start: number, end: number): boolean {
  const words = RUN_WORDS_BY_LENGTH[end - start];
  if (!words) return false;
  for (const word of words) {
    let k = 0;
    // `| 32` lower-cases an ASCII letter.
    while (k < word.length && (t.charCodeAt(start + k) | 32) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
