/**
 * Text edits for fixes. Structural changes go through jsonc-parser's `modify`, which keeps the
 * user's comments, indentation and line endings; edits inside one string value are computed
 * directly so that the rest of the string stays byte for byte.
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { Fix, TextEdit } from './model';
import { asArray, findNodeAtPointer, stringValueSpan, type JsonString, type ParsedDocument } from './parse';
import { splitPointer } from './pointer';
import { editorFor, removeAt, setValueAt } from './json/structured-edit';

/** TOML and YAML documents are edited in their own syntax (`json/structured-edit.ts`); JSON here. */
function isStructured(document: ParsedDocument): boolean {
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
