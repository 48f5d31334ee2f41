/**
 * JSON / JSONC -> a tree in which every value knows its JSON pointer and its place in the text.
 *
 * Built in one pass of jsonc-parser's visitor so that comments (for suppressions), duplicate keys
 * and syntax errors come out of the same walk as the values.
 */
import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { parseWellFormed } from './parse-fast';
import { joinPointer, splitPointer } from './pointer';
import type { Position, Range } from './model';
import { scalarValueSpan, type ScalarSource } from './json/scalar-source';
import type { SourceFormat } from './json/source-format';

interface NodeBase {
  pointer: string;
  /** Offset of the value's first character (the opening quote for strings). */
  offset: number;
  /** Length of the value's text, quotes and brackets included. */
  length: number;
}

export interface JsonProperty {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

export interface JsonObject extends NodeBase {
  type: 'object';
  /** Every property in source order, duplicates included (JSON semantics: the last one wins). */
  properties: JsonProperty[];
}

export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonNode[];
}

export interface JsonString extends NodeBase {
  type: 'string';
  value: string;
  /** How a TOML or YAML string is written (quoting style, content span); absent in JSON. */
  source?: ScalarSource;
}

export interface JsonNumber extends NodeBase {
  type: 'number';
  value: number;
}

export interface JsonBoolean extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface JsonNull extends NodeBase {
  type: 'null';
  value: null;
}

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

export interface SyntaxProblem {
  message: string;
  offset: number;
  length: number;
}

export interface Comment {
  offset: number;
  length: number;
  /** 0-based line the comment starts on. */
  line: number;
  text: string;
}

export interface ParsedDocument {
  text: string;
  root: JsonNode | undefined;
  syntaxErrors: SyntaxProblem[];
  comments: Comment[];
  /** Offsets of commas before a closing `}` or `]` (JSONC allows them, plain JSON does not). */
  trailingCommas: number[];
  positionAt(offset: number): Position;
  rangeAt(offset: number, length: number): Range;
  /** The file's syntax; absent means JSON / JSONC. */
  format?: SourceFormat;
  /**
   * True when two nodes may start at the same offset (a TOML table and its first key, a YAML
   * alias and its anchor). JSON never has that; walks that mark nodes by offset must not rely on it.
   */
  sharedOffsets?: boolean;
}

const SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes is expected here',
  ValueExpected: 'A value is expected here',
  ColonExpected: 'A colon is expected after the property name',
  CommaExpected: 'A comma is expected here',
  CloseBraceExpected: 'A closing } is missing',
  CloseBracketExpected: 'A closing ] is missing',
  EndOfFileExpected: 'Nothing may follow the top-level value',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'A comment is not closed',
  UnexpectedEndOfString: 'A string is not closed',
  UnexpectedEndOfNumber: 'A number is cut off',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape character in a string',
  InvalidCharacter: 'Invalid character in a string (control characters must be escaped)',
};

function describeParseError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return SYNTAX_MESSAGES[name] ?? name;
}

export function parseDocument(text: string): ParsedDocument {
  const lineStarts = computeLineStarts(text);
  // Well-formed text (the usual case) is read by the fast path; anything else the general way.
  const fast = parseWellFormed(text, (offset) => offsetToPosition(lineStarts, offset).line);
  if (fast) return parsedDocument(text, lineStarts, fast.root, [], fast.comments, fast.trailingCommas);
  return parseWithVisitor(text, lineStarts);
}

/**
 * The general parse: jsonc-parser's visitor, with its error reporting and recovery. Exported for
 * the tests that hold the fast path to it.
 */
export function parseWithVisitor(text: string, lineStarts: number[] = computeLineStarts(text)): ParsedDocument {
  const syntaxErrors: SyntaxProblem[] = [];
  const comments: Comment[] = [];
  const trailingCommas: number[] = [];
  // A comma seen since the last value or key: if the container closes next, it was trailing.
  let openComma: number | undefined;
  let root: JsonNode | undefined;
  // Containers being filled, innermost last, and the key waiting for its value.
  const stack: Array<JsonObject | JsonArray> = [];
  let pendingKey: { key: string; offset: number; length: number } | undefined;

  const childPointer = (): string => {
    const parent = stack[stack.length - 1];
    if (!parent) return '';
    if (parent.type === 'array') return joinPointer(parent.pointer, parent.items.length);
    return joinPointer(parent.pointer, pendingKey?.key ?? '');
  };

  const attach = (node: JsonNode): void => {
    openComma = undefined;
    const parent = stack[stack.length - 1];
    if (!parent) {
      root ??= node;
    } else if (parent.type === 'array') {
      parent.items.push(node);
    } else if (pendingKey) {
      parent.properties.push({ key: pendingKey.key, keyOffset: pendingKey.offset, keyLength: pendingKey.length, value: node });
    }
    pendingKey = undefined;
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        const node: JsonObject = { type: 'object', pointer: childPointer(), offset, length: 0, properties: [] };
        attach(node);
        stack.push(node);
      },
      onObjectProperty: (key, offset, length) => {
        pendingKey = { key, offset, length };
        openComma = undefined;
      },
      onSeparator: (character, offset) => {
        if (character === ',') openComma = offset;
      },
      onObjectEnd: (offset, length) => {
        if (openComma !== undefined) trailingCommas.push(openComma);
        openComma = undefined;
        const node = stack.pop();
        if (node) node.length = offset + length - node.offset;
        pendingKey = undefined;
      },
      onArrayBegin: (offset) => {
        const node: JsonArray = { type: 'array', pointer: childPointer(), offset, length: 0, items: [] };
        attach(node);
        stack.push(node);
      },
      onArrayEnd: (offset, length) => {
        if (openComma !== undefined) trailingCommas.push(openComma);
        openComma = undefined;
        const node = stack.pop();
        if (node) node.length = offset + length - node.offset;
      },
      onLiteralValue: (value: unknown, offset, length) => {
        attach(literalNode(value, childPointer(), offset, length));
      },
      onComment: (offset, length, startLine) => {
        comments.push({ offset, length, line: startLine, text: text.substr(offset, length) });
      },
      onError: (error, offset, length) => {
        syntaxErrors.push({ message: describeParseError(error), offset, length });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true },
  );
  // An unterminated container never gets its end callback: let it run to the end of the text.
  for (const open of stack) open.length = text.length - open.offset;
  return parsedDocument(text, lineStarts, root, syntaxErrors, comments, trailingCommas);
}

function parsedDocument(
  text: string,
  lineStarts: number[],
  root: JsonNode | undefined,
  syntaxErrors: SyntaxProblem[],
  comments: Comment[],
  trailingCommas: number[],
): ParsedDocument {
  const positionAt = (offset: number): Position => offsetToPosition(lineStarts, offset);
  return {
    text,
    root,
    syntaxErrors,
    comments,
    trailingCommas,
    positionAt,
    rangeAt: (offset, length) => ({ start: positionAt(offset), end: positionAt(offset + length) }),
  };
}

function literalNode(value: unknown, pointer: string, offset: number, length: number): JsonNode {
  if (typeof value === 'string') return { type: 'string', value, pointer, offset, length };
  if (typeof value === 'number') return { type: 'number', value, pointer, offset, length };
  if (typeof value === 'boolean') return { type: 'boolean', value, pointer, offset, length };
  return { type: 'null', value: null, pointer, offset, length };
}

/** Offsets where each line starts; `\r\n`, `\r` and `\n` all end a line, as in VS Code. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Without `\r` only `\n` ends a line, and the native search finds them much faster.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetToPosition(lineStarts: number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - (lineStarts[low] ?? 0) };
}

// ---------- navigation helpers ----------

/** The value of `key` in `node` if `node` is an object (last duplicate wins, as in JSON.parse). */
export function getProperty(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property && property.key === key) return property.value;
  }
  return undefined;
}

export function getPropertyEntry(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property && property.key === key) return property;
  }
  return undefined;
}

/** Properties with duplicates removed, keeping the last of each key in its source position. */
export function uniqueProperties(node: JsonObject): JsonProperty[] {
  if (!hasDuplicateKeys(node.properties)) return node.properties.slice();
  const seen = new Set<string>();
  const result: JsonProperty[] = [];
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (!property || seen.has(property.key)) continue;
    seen.add(property.key);
    result.push(property);
  }
  return result.reverse();
}

/** Objects this small are checked for duplicate keys pairwise, without building a set. */
const SMALL_OBJECT = 16;

/** True when two of `properties` have the same key. */
export function hasDuplicateKeys(properties: readonly JsonProperty[]): boolean {
  if (properties.length > SMALL_OBJECT) return new Set(properties.map((property) => property.key)).size < properties.length;
  for (let i = 1; i < properties.length; i++) {
    const key = (properties[i] as JsonProperty).key;
    for (let j = 0; j < i; j++) if ((properties[j] as JsonProperty).key === key) return true;
  }
  return false;
}

export function asString(node: JsonNode | undefined): JsonString | undefined {
  return node?.type === 'string' ? node : undefined;
}

export function asObject(node: JsonNode | undefined): JsonObject | undefined {
  return node?.type === 'object' ? node : undefined;
}

export function asArray(node: JsonNode | undefined): JsonArray | undefined {
  return node?.type === 'array' ? node : undefined;
}

export function findNodeAtPointer(root: JsonNode | undefined, pointer: string): JsonNode | undefined {
  if (pointer === '') return root;
  let node = root;
  for (const segment of splitPointer(pointer)) {
    if (node?.type === 'object') node = getProperty(node, segment);
    else if (node?.type === 'array') node = node.items[Number(segment)];
    else return undefined;
  }
  return node;
}

/** Converts a JsonNode back to a plain JavaScript value (for schema validation). */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) result[property.key] = toPlainValue(property.value);
      return result;
    }
    case 'array':
      return node.items.map(toPlainValue);
    default:
      return node.value;
  }
}

/**
 * Maps a range inside a string's decoded value to the document. Values with escapes (`\"`,
 * `\u0041`) are longer in the text than in memory, so indices are walked, not added.
 */
export function stringValueSpan(
  text: string,
  node: JsonString,
  valueStart: number,
  valueEnd: number,
): { offset: number; length: number } {
  if (node.source) return scalarValueSpan(text, node, node.source, valueStart, valueEnd);
  const contentStart = node.offset + 1;
  // As long as `text.substr(contentStart, node.length - 2)`, without cutting it out.
  const rawLength = Math.min(Math.max(0, node.length - 2), Math.max(0, text.length - contentStart));
  if (rawLength === node.value.length) {
    return { offset: contentStart + valueStart, length: valueEnd - valueStart };
  }
  const raw = text.substr(contentStart, Math.max(0, node.length - 2));
  let rawIndex = 0;
  let valueIndex = 0;
  let startOffset = -1;
  while (rawIndex <= raw.length) {
    if (valueIndex === valueStart && startOffset < 0) startOffset = rawIndex;
    if (valueIndex === valueEnd) break;
    if (raw[rawIndex] === '\\') {
      const next = raw[rawIndex + 1];
      if (next === 'u') {
        rawIndex += 6;
      } else {
        rawIndex += 2;
      }
    } else {
      rawIndex += 1;
    }
    valueIndex += 1;
  }
  if (startOffset < 0) startOffset = 0;
  return { offset: contentStart + startOffset, length: Math.max(0, rawIndex - startOffset) };
}
