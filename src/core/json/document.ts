/** A `ParsedDocument` for a non-JSON syntax: the same shape the JSON parser returns (comment lines are filled in here). */
import { computeLineStarts, offsetToPosition } from './parse';
import type { Comment, JsonNode, ParsedDocument, SyntaxProblem } from './syntax-tree';
import type { SourceFormat } from './source-format';

export function makeDocument(
  text: string,
  format: SourceFormat,
  root: JsonNode | undefined,
  syntaxErrors: SyntaxProblem[],
  comments: Comment[],
): ParsedDocument {
  const lineStarts = computeLineStarts(text);
  const positionAt = (offset: number) => offsetToPosition(lineStarts, offset);
  for (const comment of comments) comment.line = positionAt(comment.offset).line;
  return {
    text,
    root,
    syntaxErrors,
    comments,
    trailingCommas: [],
    format,
    sharedOffsets: true,
    positionAt,
    rangeAt: (offset, length) => ({ start: positionAt(offset), end: positionAt(offset + length) }),
  };
}
