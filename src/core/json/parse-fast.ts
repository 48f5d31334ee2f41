/**
 * A fast path for `parseDocument`: a single-pass reader for well-formed JSON / JSONC that builds
 * the same tree as the jsonc-parser visitor does, or gives up.
 *
 * jsonc-parser's scanner and visitor are general (error recovery, callbacks with paths) and most
 * of a large file's parse time goes there. A config without syntax errors needs none of that, so
 * this reader accepts only what the jsonc-parser scanner reads without an error — space, tab and
 * line breaks between tokens, `//` and `/* *\/` comments, JSON strings, numbers and literals,
 * trailing commas — and returns undefined at anything else (an error, an unusual character, deep
 * nesting), for `parseDocument` to parse the text the general way. Whatever it accepts, it
 * turns into exactly the tree, comments and trailing commas the visitor would have produced.
 */
import { joinPointer } from './pointer';
import type { Comment, JsonArray, JsonNode, JsonObject, JsonProperty } from './syntax-tree';

export interface FastParse {
  root: JsonNode | undefined;
  comments: Comment[];
  trailingCommas: number[];
}

/**
 * Deeper nesting goes the general way: jsonc-parser recurses once per level, and how deep it can
 * go before the stack runs out must stay its business, not this reader's.
 */
const MAX_DEPTH = 256;

/** Thrown (and caught in `parseWellFormed`) where the text is not plainly well formed. */
class GiveUp {}
const GIVE_UP = new GiveUp();

/**
 * The document's tree, comments and trailing commas when `text` is well-formed JSONC, else
 * undefined. `lineOf` maps an offset to its 0-based line (for comments).
 */
export function parseWellFormed(text: string, lineOf: (offset: number) => number): FastParse | undefined {
  const reader = new Reader(text, lineOf);
  try {
    return reader.document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class Reader {
  private pos = 0;
  private depth = 0;
  readonly comments: Comment[] = [];
  readonly trailingCommas: number[] = [];

  constructor(
    private readonly text: string,
    private readonly lineOf: (offset: number) => number,
  ) {}

  document(): FastParse {
    this.skipTrivia();
    // Empty content (allowed) or a lone comment: rare, and left to the general parser.
    if (this.pos >= this.text.length) throw GIVE_UP;
    const root = this.value('');
    this.skipTrivia();
    if (this.pos < this.text.length) throw GIVE_UP;
    return { root, comments: this.comments, trailingCommas: this.trailingCommas };
  }

  /** Spaces, tabs, line breaks and comments, as the jsonc-parser scanner reads them. */
  private skipTrivia(): void {
    const { text } = this;
    for (;;) {
      const code = text.charCodeAt(this.pos);
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        this.pos++;
      } else if (code === 47 /* / */) {
        this.comment();
      } else {
        return;
      }
    }
  }

  private comment(): void {
    const { text } = this;
    const start = this.pos;
    const next = text.charCodeAt(start + 1);
    let end: number;
    if (next === 47 /* / */) {
      end = start + 2;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 10 || code === 13) break;
        end++;
      }
    } else if (next === 42 /* * */) {
      const close = text.indexOf('*/', start + 2);
      // An unclosed block comment is a syntax error.
      if (close < 0) throw GIVE_UP;
      end = close + 2;
    } else {
      throw GIVE_UP;
    }
    const length = end - start;
    this.comments.push({ offset: start, length, line: this.lineOf(start), text: text.substr(start, length) });
    this.pos = end;
  }

  /** The value starting at `pos` (trivia skipped), with the pointer it is reached by. */
  private value(pointer: string): JsonNode {
    const { text } = this;
    const offset = this.pos;
    const code = text.charCodeAt(offset);
    if (code === 123 /* { */) return this.object(pointer);
    if (code === 91 /* [ */) return this.array(pointer);
    if (code === 34 /* " */) {
      const value = this.string();
      return { type: 'string', value, pointer, offset, length: this.pos - offset };
    }
    if (code === 45 /* - */ || (code >= 48 && code <= 57)) {
      const value = this.number();
      return { type: 'number', value, pointer, offset, length: this.pos - offset };
    }
    if (this.keyword('true')) return { type: 'boolean', value: true, pointer, offset, length: 4 };
    if (this.keyword('false')) return { type: 'boolean', value: false, pointer, offset, length: 5 };
    if (this.keyword('null')) return { type: 'null', value: null, pointer, offset, length: 4 };
    throw GIVE_UP;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
  }

  private object(pointer: string): JsonObject {
    this.enter();
    const { text } = this;
    const node: JsonObject = { type: 'object', pointer, offset: this.pos, length: 0, properties: [] };
    this.pos++;
    this.skipTrivia();
    if (text.charCodeAt(this.pos) !== 125 /* } */) {
      for (;;) {
        if (text.charCodeAt(this.pos) !== 34 /* " */) throw GIVE_UP;
        const keyOffset = this.pos;
        const key = this.string();
        const keyLength = this.pos - keyOffset;
        this.skipTrivia();
        if (text.charCodeAt(this.pos) !== 58 /* : */) throw GIVE_UP;
        this.pos++;
        this.skipTrivia();
        const value = this.value(joinPointer(pointer, key));
        const property: JsonProperty = { key, keyOffset, keyLength, value };
        node.properties.push(property);
        if (this.endsAfterItem(125 /* } */)) break;
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    this.depth--;
    return node;
  }

  /**
   * After a member: true at the closing `close` (a trailing comma before it is recorded), false
   * after a comma with more to come; anything else sends the text to the slow path.
   */
  private endsAfterItem(close: number): boolean {
    this.skipTrivia();
    const code = this.text.charCodeAt(this.pos);
    if (code === close) return true;
    if (code !== 44 /* , */) throw GIVE_UP;
    const comma = this.pos;
    this.pos++;
    this.skipTrivia();
    if (this.text.charCodeAt(this.pos) !== close) return false;
    this.trailingCommas.push(comma);
    return true;
  }

  private array(pointer: string): JsonArray {
    this.enter();
    const { text } = this;
    const node: JsonArray = { type: 'array', pointer, offset: this.pos, length: 0, items: [] };
    this.pos++;
    this.skipTrivia();
    if (text.charCodeAt(this.pos) !== 93 /* ] */) {
      for (;;) {
        node.items.push(this.value(joinPointer(pointer, node.items.length)));
        if (this.endsAfterItem(93 /* ] */)) break;
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    this.depth--;
    return node;
  }

  /** A string token at `pos` (the opening quote): its decoded value; `pos` moves past it. */
  private string(): string {
    const { text } = this;
    const start = this.pos + 1;
    let i = start;
    for (;;) {
      if (i >= text.length) throw GIVE_UP;
      const code = text.charCodeAt(i);
      if (code === 34 /* " */) break;
      // Escapes are decoded the slow way; raw control characters are syntax errors.
      if (code === 92 /* \ */) return this.escapedString(start, i);
      if (code < 0x20) throw GIVE_UP;
      i++;
    }
    this.pos = i + 1;
    return text.slice(start, i);
  }

  /** The rest of a string that has an escape at `at`, decoded as jsonc-parser decodes it. */
  private escapedString(start: number, at: number): string {
    const { text } = this;
    let result = text.slice(start, at);
    let i = at;
    for (;;) {
      if (i >= text.length) throw GIVE_UP;
      const code = text.charCodeAt(i);
      if (code === 34 /* " */) break;
      if (code < 0x20) throw GIVE_UP;
      if (code !== 92 /* \ */) {
        result += text.charAt(i);
        i++;
        continue;
      }
      const escaped = text.charCodeAt(i + 1);
      i += 2;
      switch (escaped) {
        case 34:
          result += '"';
          break;
        case 92:
          result += '\\';
          break;
        case 47:
          result += '/';
          break;
        case 98:
          result += '\b';
          break;
        case 102:
          result += '\f';
          break;
        case 110:
          result += '\n';
          break;
        case 114:
          result += '\r';
          break;
        case 116:
          result += '\t';
          break;
        case 117: {
          const unit = hexUnit(text, i);
          if (unit < 0) throw GIVE_UP;
          result += String.fromCharCode(unit);
          i += 4;
          break;
        }
        default:
          throw GIVE_UP;
      }
    }
    this.pos = i + 1;
    return result;
  }

  /** A JSON number at `pos`, read as the jsonc-parser scanner reads one (`Number` of its text). */
  private number(): number {
    const { text } = this;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 45 /* - */) i++;
    if (!isDigit(text.charCodeAt(i))) throw GIVE_UP;
    // A leading zero is a number of its own: `01` is two tokens (an error), given up below.
    if (text.charCodeAt(i) === 48) i++;
    else while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 46 /* . */) {
      i++;
      if (!isDigit(text.charCodeAt(i))) throw GIVE_UP;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const exponent = text.charCodeAt(i);
    if (exponent === 69 || exponent === 101) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!isDigit(text.charCodeAt(i))) throw GIVE_UP;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    // What follows must end the token, or the scanner would read something else.
    if (!endsToken(text.charCodeAt(i))) throw GIVE_UP;
    this.pos = i;
    return Number(text.slice(start, i));
  }

  /** True (and `pos` past it) when `word` is at `pos` as a whole token. */
  private keyword(word: string): boolean {
    const { text } = this;
    if (!text.startsWith(word, this.pos) || !endsToken(text.charCodeAt(this.pos + word.length))) return false;
    this.pos += word.length;
    return true;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Characters the jsonc-parser scanner stops a word or number at: whitespace, line breaks,
 * structure, a quote, a slash — and the end of the text (`NaN`).
 */
function endsToken(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code === 32 || code === 9 || code === 10 || code === 13 ||
    code === 123 || code === 125 || code === 91 || code === 93 ||
    code === 34 || code === 58 || code === 44 || code === 47
  );
}

/** The UTF-16 unit written as four hex digits at `at`, or -1. */
function hexUnit(text: string, at: number): number {
  let value = 0;
  for (let k = 0; k < 4; k++) {
    const code = text.charCodeAt(at + k);
    let digit: number;
    if (code >= 48 && code <= 57) digit = code - 48;
    else if (code >= 65 && code <= 70) digit = code - 55;
    else if (code >= 97 && code <= 102) digit = code - 87;
    else return -1;
    value = value * 16 + digit;
  }
  return value;
}
