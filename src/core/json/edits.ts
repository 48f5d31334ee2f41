/**
 * Text edits for fixes. Structural changes go through jsonc-parser's `modify`, which keeps the
 * user's comments, indentation and line endings; edits inside one string value are computed
 * directly so that the rest of the string stays byte for byte.
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { Fix, TextEdit } from '../model';
import { asArray, findNodeAtPointer, stringValueSpan, type JsonString, type ParsedDocument } from './syntax-tree';
import { splitPointer } from './pointer';
import { editorFor, removeAt, setValueAt } from './structured-edit';

/** TOML and YAML documents are edited in their own syntax (`structured-edit.ts`); JSON here. */
export function isStructured(document: ParsedDocument): boolean {
  return document.format === 'toml' || document.format === 'yaml';
}

/**
 * A fix whose edits are computed on first use. jsonc-parser's `modify` re-parses the whole text,
 * so computing every finding's edits up front costs findings × file size; most are never applied.
 */
export function lazyFix(title: string, safe: boolean, compute: () => TextEdit[]): Fix {
  let edits: TextEdit[] | undefined;
  return {
    title,
    safe,
    get edits(): TextEdit[] {
      edits ??= compute();
      return edits;
    },
  };
}

/** Indentation and line ending as the file already uses them. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const indent = indented?.[1] ?? '  ';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: Math.max(1, Math.min(indent.length, 8)), eol };
}

function toPath(pointer: string): JSONPath {
  return splitPointer(pointer).map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** Sets (or adds) the value at `pointer`; containers on the way are created. */
export function setValueEdits(document: ParsedDocument, pointer: string, value: unknown): TextEdit[] {
  // Fixes set strings, numbers, booleans and small objects: what every syntax has.
  if (isStructured(document)) return setValueAt(document, pointer, value as Parameters<typeof setValueAt>[2]);
  return modify(document.text, toPath(pointer), value, { formattingOptions: detectFormatting(document.text) });
}

/** Removes the property or array element at `pointer`, with its comma. */
export function removeEdits(document: ParsedDocument, pointer: string): TextEdit[] {
  if (isStructured(document)) return removeAt(document, pointer);
  return modify(document.text, toPath(pointer), undefined, { formattingOptions: detectFormatting(document.text) });
}

/** Inserts `value` into the array at `arrayPointer` at `index` (-1 appends). */
export function insertArrayItemEdits(document: ParsedDocument, arrayPointer: string, index: number, value: unknown): TextEdit[] {
  if (isStructured(document)) {
    const array = asArray(findNodeAtPointer(document.root, arrayPointer));
    if (!array) return [];
    const editor = editorFor(document);
    const item = value as Parameters<typeof setValueAt>[2];
    return index === 0 ? editor.prependArrayItems(array, [item]) : editor.appendArrayItems(array, [item]);
  }
  const path = [...toPath(arrayPointer), index];
  return modify(document.text, path, value, { formattingOptions: detectFormatting(document.text), isArrayInsertion: true });
}

/**
 * Replaces characters `start`..`end` of a string's decoded value with `replacement` (plain text,
 * escaped here as JSON needs).
 */
export function replaceInStringEdit(document: ParsedDocument, node: JsonString, start: number, end: number, replacement: string): TextEdit {
  if (node.source) return editorFor(document).replaceInString(node, start, end, replacement)[0] as TextEdit;
  const span = stringValueSpan(document.text, node, start, end);
  return { offset: span.offset, length: span.length, content: JSON.stringify(replacement).slice(1, -1) };
}

/** Removes several array elements at once (indices of the same array), highest first so offsets hold. */
export function removeArrayItemsEdits(document: ParsedDocument, arrayPointer: string, indices: number[]): TextEdit[] {
  if (isStructured(document)) {
    const array = asArray(findNodeAtPointer(document.root, arrayPointer));
    return array ? editorFor(document).removeArrayItems(array, indices) : [];
  }
  let text = document.text;
  const sorted = [...new Set(indices)].sort((a, b) => b - a);
  for (const index of sorted) {
    const edits = modify(text, [...toPath(arrayPointer), index], undefined, { formattingOptions: detectFormatting(text) });
    text = applyEdits(text, edits);
  }
  return text === document.text ? [] : [wholeDiff(document.text, text)];
}

/** One edit covering the changed middle of two texts (used when edits were applied in sequence). */
export function wholeDiff(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) };
}

/** Applies edits to a text (exported for the CLI and tests). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits);
}
interface Span {
  start: number;
  end: number;
}

/**
 * Removes entries of one container (array items or object properties, as spans in source order):
 * their text, the comma that separated them, and their line when they stood alone on it.
 * Undefined when a comment sits between entries (the caller falls back to a structural edit).
 */
export function removeEntriesEdits(text: string, entries: readonly Span[], remove: ReadonlySet<number>): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (let first = 0; first < entries.length; first++) {
    if (!remove.has(first)) continue;
    let last = first;
    while (last + 1 < entries.length && remove.has(last + 1)) last++;
    const edit = removeRun(text, entries, first, last);
    if (!edit) return undefined;
    edits.push(edit);
    first = last;
  }
  return edits;
}

function removeRun(text: string, entries: readonly Span[], first: number, last: number): TextEdit | undefined {
  const head = entries[first];
  const tail = entries[last];
  if (!head || !tail) return undefined;
  for (let k = first; k < last; k++) {
    if (!isSeparator(text.slice(entries[k]?.end ?? 0, entries[k + 1]?.start ?? 0))) return undefined;
  }
  const next = entries[last + 1];
  const previous = entries[first - 1];
  if (next) {
    const gap = text.slice(tail.end, next.start);
    if (!isSeparator(gap)) return undefined;
    let start = head.start;
    let end = tail.end + gap.indexOf(',') + 1;
    while (text.charAt(end) === ' ' || text.charAt(end) === '\t') end++;
    const lineStart = text.lastIndexOf('\n', head.start - 1) + 1;
    const aloneOnLine = /^[ \t]*$/.test(text.slice(lineStart, head.start));
    if (aloneOnLine && (text.charAt(end) === '\n' || text.charAt(end) === '\r')) {
      start = lineStart;
      end += text.startsWith('\r\n', end) ? 2 : 1;
    }
    return { offset: start, length: end - start, content: '' };
  }
  if (previous) {
    if (!isSeparator(text.slice(previous.end, head.start))) return undefined;
    return { offset: previous.end, length: tail.end - previous.end, content: '' };
  }
  return removeWholeLines(text, head.start, tail.end);
}

/** `start..end`, widened to whole lines when nothing else stands on them. */
function removeWholeLines(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = end;
  while (text.charAt(lineEnd) === ' ' || text.charAt(lineEnd) === '\t') lineEnd++;
  const alone = /^[ \t]*$/.test(text.slice(lineStart, start)) && (text.charAt(lineEnd) === '\n' || text.charAt(lineEnd) === '\r');
  if (!alone) return { offset: start, length: end - start, content: '' };
  lineEnd += text.startsWith('\r\n', lineEnd) ? 2 : 1;
  return { offset: lineStart, length: lineEnd - lineStart, content: '' };
}

/** Whitespace and one comma: nothing (no comment) that a removal would take along. */
function isSeparator(gap: string): boolean {
  return /^\s*,\s*$/.test(gap);
}
