/** Line arithmetic on a document's text, for edits that add or remove whole lines. */
import type { TextEdit } from '../model';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break ending the line of `offset` (or the text's end). */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The offset just past the line break ending the line of `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The blanks at the start of the line of `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** The file's line ending. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** True when only blanks stand between the line start and `offset`. */
export function onlyBlanksBefore(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** True when only blanks, or blanks and a `#` comment, follow `offset` on its line. */
export function onlyBlanksOrCommentAfter(text: string, offset: number): boolean {
  return /^[ \t]*(?:#.*)?$/.test(text.slice(offset, lineEnd(text, offset)));
}

/**
 * Removes `start..end`: whole lines when nothing else stands on them (a trailing `#` comment
 * goes with the entry it annotates), else just the span.
 */
export function removeSpan(text: string, start: number, end: number): TextEdit {
  if (onlyBlanksBefore(text, start) && onlyBlanksOrCommentAfter(text, end)) {
    const from = lineStart(text, start);
    const to = nextLineStart(text, end);
    return { offset: from, length: to - from, content: '' };
  }
  return { offset: start, length: end - start, content: '' };
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Removes entries of a comma-separated list (a TOML array or inline table, a YAML flow
 * collection): each entry with the comma after it (the one before it for the last entry), and
 * its line when it stood alone there. Comments elsewhere in the list stay.
 */
export function removeListEntries(text: string, entries: readonly Span[], remove: ReadonlySet<number>): TextEdit[] {
  const edits: TextEdit[] = [];
  entries.forEach((entry, i) => {
    if (!remove.has(i)) return;
    const alone = onlyBlanksBefore(text, entry.start);
    let after = entry.end;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (text[after] === ',') {
      let end = after + 1;
      while (text[end] === ' ' || text[end] === '\t') end++;
      edits.push(alone && onlyBlanksOrCommentAfter(text, end) ? removeSpan(text, entry.start, end) : { offset: entry.start, length: end - entry.start, content: '' });
      return;
    }
    // The last entry: the comma before it goes instead (unless that entry goes too).
    let comma = entry.start - 1;
    while (comma >= 0 && /[ \t\r\n]/.test(text[comma] as string)) comma--;
    const hasComma = i > 0 && !remove.has(i - 1) && text[comma] === ',';
    if (alone && onlyBlanksOrCommentAfter(text, entry.end)) {
      edits.push(removeSpan(text, entry.start, entry.end));
      if (hasComma) edits.push({ offset: comma, length: 1, content: '' });
    } else {
      const start = hasComma ? comma : entry.start;
      edits.push({ offset: start, length: entry.end - start, content: '' });
    }
  });
  return mergeEdits(edits);
}

/** Edits sorted and without overlaps (an overlapping later edit is dropped). */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const result: TextEdit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.offset < end) continue;
    result.push(edit);
    end = edit.offset + edit.length;
  }
  return result;
}
