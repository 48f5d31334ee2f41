/**
 * JSON / JSONC -> a tree in which every value knows its JSON pointer and its place in the text.
 *
 * Built in one pass of jsonc-parser's visitor so that comments (for suppressions), duplicate keys
 * and syntax errors come out of the same walk as the values.
 */
import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { parseWellFormed } from './parse-fast';
import { joinPointer } from './pointer';
import type { Position } from '../model';
import type { Comment, JsonArray, JsonNode, JsonObject, ParsedDocument, SyntaxProblem } from './syntax-tree';

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
