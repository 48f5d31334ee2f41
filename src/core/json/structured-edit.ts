/**
 * Edits to a config in its own syntax (JSON / JSONC, TOML, YAML), keeping its layout and comments:
 * the primitives fixes and the keychain migration are built from.
 *
 * Every operation returns text edits against `document.text` (never overlapping); nothing is
 * applied here. Pointers are RFC 6901, as everywhere else.
 *
 *   replaceScalar      a value, in the quoting style it is written in (`"…"`, `'…'`, plain)
 *   replaceInString    characters of a string's decoded value (a URL scheme, a host)
 *   setProperty        a key's value: replaced when present, else inserted
 *   insertProperty     a new key in an object / table / mapping, where that layout puts it
 *   removeProperty     a key with its value, its line when it stood alone, its comma
 *   prependArrayItems  items at the start of an array / sequence, in its layout
 *   appendArrayItems   items at its end
 *   removeArrayItems   items by index
 */
import { modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { applyTextEdits, detectFormatting, isStructured, wholeDiff } from './edits';
import type { TextEdit } from '../model';
import { findNodeAtPointer, stringValueSpan, type JsonArray, type JsonNode, type JsonObject, type JsonString, type ParsedDocument } from './syntax-tree';
import { joinPointer, splitPointer } from './pointer';
import type * as TomlEditModule from './toml-edit';
import type * as YamlEditModule from './yaml-edit';

/** A value an edit writes: what JSON, TOML and YAML all have. */
export type EditValue = string | number | boolean | EditValue[] | { [key: string]: EditValue };

export interface DocumentEditor {
  replaceScalar(node: JsonNode, value: string | number | boolean): TextEdit[];
  replaceInString(node: JsonString, start: number, end: number, replacement: string): TextEdit[];
  insertProperty(object: JsonObject, key: string, value: EditValue): TextEdit[];
  removeProperty(object: JsonObject, key: string): TextEdit[];
  prependArrayItems(array: JsonArray, values: readonly EditValue[]): TextEdit[];
  appendArrayItems(array: JsonArray, values: readonly EditValue[]): TextEdit[];
  removeArrayItems(array: JsonArray, indices: readonly number[]): TextEdit[];
}

/** The editor for a document's syntax. */
export function editorFor(document: ParsedDocument): DocumentEditor {
  // Loaded on first use, like the parsers (see parse-any.ts).
  if (document.format === 'toml') return (require('./toml-edit') as typeof TomlEditModule).tomlEditor(document);
  if (document.format === 'yaml') return (require('./yaml-edit') as typeof YamlEditModule).yamlEditor(document);
  return jsonEditor(document);
}

// ---------- by pointer ----------

/** Sets the value at `pointer`: a scalar in place, else (re)written; a missing key is inserted into its object. */
export function setValueAt(document: ParsedDocument, pointer: string, value: EditValue): TextEdit[] {
  const editor = editorFor(document);
  const existing = findNodeAtPointer(document.root, pointer);
  const isScalarValue = typeof value !== 'object';
  if (existing && isScalarValue && existing.type !== 'object' && existing.type !== 'array') return editor.replaceScalar(existing, value);
  const { parent, key } = parentOf(document, pointer);
  if (parent?.type !== 'object') return [];
  const removal = existing ? editor.removeProperty(parent, key) : [];
  if (removal.length > 0 && isStructured(document)) {
    // Replace a structured value: remove it, insert the new one (two edits that do not overlap).
    return [...removal, ...editor.insertProperty(parent, key, value)].sort((a, b) => a.offset - b.offset);
  }
  return editor.insertProperty(parent, key, value);
}

/** Removes the property or array item at `pointer`. */
export function removeAt(document: ParsedDocument, pointer: string): TextEdit[] {
  const { parent, key } = parentOf(document, pointer);
  const editor = editorFor(document);
  if (parent?.type === 'object') return editor.removeProperty(parent, key);
  if (parent?.type === 'array') return editor.removeArrayItems(parent, [Number(key)]);
  return [];
}

function parentOf(document: ParsedDocument, pointer: string): { parent: JsonNode | undefined; key: string } {
  const segments = splitPointer(pointer);
  const key = segments.pop() ?? '';
  const parentPointer = segments.reduce((p, s) => joinPointer(p, s), '');
  return { parent: findNodeAtPointer(document.root, parentPointer), key };
}

// ---------- JSON / JSONC ----------

function jsonEditor(document: ParsedDocument): DocumentEditor {
  const text = document.text;
  const options = { formattingOptions: detectFormatting(text) };
  const path = (node: JsonNode): JSONPath => splitPointer(node.pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  return {
    replaceScalar: (node, value) => [{ offset: node.offset, length: node.length, content: JSON.stringify(value) }],
    replaceInString(node, start, end, replacement) {
      const span = stringValueSpan(text, node, start, end);
      return [{ offset: span.offset, length: span.length, content: JSON.stringify(replacement).slice(1, -1) }];
    },
    insertProperty: (object, key, value) => modify(text, [...path(object), key], value, options),
    removeProperty: (object, key) => modify(text, [...path(object), key], undefined, options),
    prependArrayItems: (array, values) => insertJsonItems(text, array, values, 0, options),
    appendArrayItems: (array, values) => insertJsonItems(text, array, values, array.items.length, options),
    removeArrayItems(array, indices) {
      // One index at a time, highest first, on the text as each removal leaves it.
      let current = text;
      for (const index of [...new Set(indices)].sort((a, b) => b - a)) current = applyTextEdits(current, modify(current, [...path(array), index], undefined, { formattingOptions: detectFormatting(current) }));
      return current === text ? [] : [wholeDiff(text, current)];
    },
  };
}

function insertJsonItems(text: string, array: JsonArray, values: readonly EditValue[], at: number, options: { formattingOptions: FormattingOptions }): TextEdit[] {
  const arrayPath = splitPointer(array.pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  let current = text;
  values.forEach((value, i) => {
    current = applyTextEdits(current, modify(current, [...arrayPath, at + i], value, { ...options, isArrayInsertion: true }));
  });
  return current === text ? [] : [wholeDiff(text, current)];
}
