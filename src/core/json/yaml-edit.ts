/**
 * Edits to a YAML document in its own layout: block mappings and sequences get whole lines at
 * their own indentation, flow collections (`{ … }`, `[ … ]`) get comma-separated entries, scalars
 * keep their quoting where the new value can be written that way. Comments stay.
 */
import { isCollection, isScalar, parseDocument as parseYamlDocument, Scalar, stringify } from 'yaml';
import type { TextEdit } from '../model';
import type { JsonArray, JsonNode, JsonObject, JsonString, ParsedDocument } from './syntax-tree';
import { scalarValueSpan, type ScalarStyle } from './scalar-source';
import type { DocumentEditor, EditValue } from './structured-edit';
import { eolOf, lineEnd, lineStart, nextLineStart, onlyBlanksBefore, removeListEntries } from './text-lines';
import { yamlIndexOf, type YamlIndex, type YamlPlace } from './yaml';

export function yamlEditor(document: ParsedDocument): DocumentEditor {
  return new YamlEditor(document.text, yamlIndexOf(document) ?? { places: new Map() });
}

class YamlEditor implements DocumentEditor {
  private readonly eol: string;
  private readonly unit: string;

  constructor(
    private readonly text: string,
    private readonly index: YamlIndex,
  ) {
    this.eol = eolOf(text);
    this.unit = indentUnit(text);
  }

  replaceScalar(node: JsonNode, value: string | number | boolean): TextEdit[] {
    const style = node.type === 'string' ? node.source?.style : undefined;
    const block = style === 'yaml-literal' || style === 'yaml-folded';
    const written = yamlScalar(value, style);
    // A block scalar's text ends with its line break: keep one.
    const end = node.offset + node.length;
    const keepsBreak = block && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r');
    return [{ offset: node.offset, length: node.length, content: keepsBreak ? `${written}${this.eol}` : written }];
  }

  replaceInString(node: JsonString, start: number, end: number, replacement: string): TextEdit[] {
    const source = node.source;
    const newValue = node.value.slice(0, start) + replacement + node.value.slice(end);
    if (source) {
      const span = scalarValueSpan(this.text, node, source, start, end);
      const written = source.style === 'yaml-single' ? replacement.replace(/'/g, "''") : source.style === 'yaml-double' ? JSON.stringify(replacement).slice(1, -1) : replacement;
      const scalarText = this.text.slice(node.offset, span.offset) + written + this.text.slice(span.offset + span.length, node.offset + node.length);
      if (!/[\r\n]/.test(written) && readsAs(scalarText, newValue)) return [{ offset: span.offset, length: span.length, content: written }];
    }
    return this.replaceScalar(node, newValue);
  }

  insertProperty(object: JsonObject, key: string, value: EditValue): TextEdit[] {
    const place = this.index.places.get(object);
    if (!place || isFlow(place) || object.properties.length === 0) return this.insertFlowProperty(object, place, key, value);
    const first = object.properties[0] as { keyOffset: number };
    const indent = columnOf(this.text, first.keyOffset);
    const at = this.afterBlock(object);
    const needsBreak = at === this.text.length && at > 0 && !this.text.endsWith('\n');
    return [{ offset: at, length: 0, content: `${needsBreak ? this.eol : ''}${indent}${yamlKey(key)}:${this.blockValue(value, indent)}${this.eol}` }];
  }

  removeProperty(object: JsonObject, key: string): TextEdit[] {
    const at = object.properties.map((p) => p.key).lastIndexOf(key);
    const property = object.properties[at];
    if (!property) return [];
    const place = this.index.places.get(object);
    if (place && isFlow(place)) return removeListEntries(this.text, object.properties.map((p) => ({ start: p.keyOffset, end: p.value.offset + p.value.length })), new Set([at]));
    if (object.properties.length === 1) return this.emptyCollection(object, '{}');
    const start = property.keyOffset;
    const end = this.endOf(property.value);
    if (!onlyBlanksBefore(this.text, start)) {
      // The first pair of a sequence item (`- name: x`): the next pair moves up behind the dash.
      const next = object.properties[at + 1];
      if (next) return [{ offset: start, length: next.keyOffset - start, content: '' }];
    }
    return [{ offset: lineStart(this.text, start), length: nextLineStart(this.text, end) - lineStart(this.text, start), content: '' }];
  }

  prependArrayItems(array: JsonArray, values: readonly EditValue[]): TextEdit[] {
    if (values.length === 0) return [];
    const place = this.index.places.get(array);
    const first = array.items[0];
    const dash = first ? this.index.places.get(first)?.dash : undefined;
    if (!first || dash === undefined || (place && isFlow(place))) return this.insertFlowItems(array, values, 0);
    const indent = columnOf(this.text, dash);
    const items = values.map((v) => `${indent}-${this.blockValue(v, `${indent}  `)}${this.eol}`).join('');
    if (onlyBlanksBefore(this.text, dash)) return [{ offset: lineStart(this.text, dash), length: 0, content: items }];
    return [{ offset: dash, length: 0, content: `${items.trimStart()}${indent}` }];
  }

  appendArrayItems(array: JsonArray, values: readonly EditValue[]): TextEdit[] {
    if (values.length === 0) return [];
    const place = this.index.places.get(array);
    const first = array.items[0];
    const dash = first ? this.index.places.get(first)?.dash : undefined;
    if (!first || dash === undefined || (place && isFlow(place))) return this.insertFlowItems(array, values, array.items.length);
    const indent = columnOf(this.text, dash);
    const at = this.afterBlock(array);
    return [{ offset: at, length: 0, content: values.map((v) => `${indent}-${this.blockValue(v, `${indent}  `)}${this.eol}`).join('') }];
  }

  removeArrayItems(array: JsonArray, indices: readonly number[]): TextEdit[] {
    const remove = new Set(indices.filter((i) => i >= 0 && i < array.items.length));
    if (remove.size === 0) return [];
    const place = this.index.places.get(array);
    if (place && isFlow(place)) return removeListEntries(this.text, array.items.map((item) => ({ start: item.offset, end: item.offset + item.length })), remove);
    if (remove.size === array.items.length) return this.emptyCollection(array, '[]');
    const edits: TextEdit[] = [];
    for (const i of [...remove].sort((a, b) => a - b)) {
      const item = array.items[i] as JsonNode;
      const dash = this.index.places.get(item)?.dash ?? item.offset;
      const from = onlyBlanksBefore(this.text, dash) ? lineStart(this.text, dash) : dash;
      edits.push({ offset: from, length: nextLineStart(this.text, this.endOf(item)) - from, content: '' });
    }
    return edits;
  }

  // ---------- helpers ----------

  /** Where a block collection's text ends: the start of the line after its last line. */
  private afterBlock(node: JsonNode): number {
    return nextLineStart(this.text, Math.max(node.offset, this.endOf(node) - 1));
  }

  /** The end of a node's own text (a nested block included, trailing comments not). */
  private endOf(node: JsonNode): number {
    let end = node.offset + node.length;
    if (node.type === 'object') for (const p of node.properties) end = Math.max(end, this.endOf(p.value));
    if (node.type === 'array') for (const item of node.items) end = Math.max(end, this.endOf(item));
    return end;
  }

  /** A block collection emptied: `{}` / `[]` right after its key's colon (or its dash). */
  private emptyCollection(node: JsonObject | JsonArray, empty: string): TextEdit[] {
    const place = this.index.places.get(node);
    const end = nextLineStart(this.text, Math.max(node.offset, this.endOf(node) - 1));
    let from: number | undefined;
    if (place?.keyEnd !== undefined) from = this.text.indexOf(':', place.keyEnd) + 1;
    else if (place?.dash !== undefined) from = place.dash + 1;
    if (from === undefined || from <= 0) return [{ offset: node.offset, length: end - node.offset, content: `${empty}${this.eol}` }];
    const comment = /^[ \t]*#.*/.exec(this.text.slice(from, lineEnd(this.text, from)))?.[0] ?? '';
    return [{ offset: from, length: end - from, content: ` ${empty}${comment}${this.eol}` }];
  }

  private insertFlowProperty(object: JsonObject, place: YamlPlace | undefined, key: string, value: EditValue): TextEdit[] {
    const entry = `${yamlKey(key)}: ${flowValue(value)}`;
    const last = object.properties[object.properties.length - 1];
    if (last) return [{ offset: last.value.offset + last.value.length, length: 0, content: `, ${entry}` }];
    // An empty `{}` (or an empty value): the whole of it becomes the one-entry mapping.
    const range = place?.node.range;
    const start = range ? range[0] : object.offset;
    const end = range ? range[1] : object.offset + object.length;
    return [{ offset: start, length: end - start, content: `{ ${entry} }` }];
  }

  private insertFlowItems(array: JsonArray, values: readonly EditValue[], at: number): TextEdit[] {
    const written = values.map(flowValue);
    if (array.items.length === 0) return [{ offset: array.offset, length: array.length, content: `[${written.join(', ')}]` }];
    if (at === 0) return [{ offset: (array.items[0] as JsonNode).offset, length: 0, content: written.map((w) => `${w}, `).join('') }];
    const last = array.items[array.items.length - 1] as JsonNode;
    return [{ offset: last.offset + last.length, length: 0, content: written.map((w) => `, ${w}`).join('') }];
  }

  /** ` value` for a scalar; a nested block on the lines after for a mapping or sequence. */
  private blockValue(value: EditValue, indent: string): string {
    if (Array.isArray(value)) {
      if (value.length === 0) return ' []';
      return value.map((item) => `${this.eol}${indent}${this.unit}-${this.blockValue(item, `${indent}${this.unit}  `)}`).join('');
    }
    if (typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 0) return ' {}';
      return entries.map(([k, v]) => `${this.eol}${indent}${this.unit}${yamlKey(k)}:${this.blockValue(v, `${indent}${this.unit}`)}`).join('');
    }
    return ` ${yamlScalar(value, undefined)}`;
  }
}

/** Spaces up to `offset`'s column (YAML indents with spaces only). */
function columnOf(text: string, offset: number): string {
  return ' '.repeat(offset - lineStart(text, offset));
}

function isFlow(place: YamlPlace): boolean {
  return isCollection(place.node) && place.node.flow === true;
}

/** The indentation step the file uses (two spaces when it cannot tell). */
function indentUnit(text: string): string {
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => (m[1] as string).length);
  const smallest = widths.length > 0 ? Math.min(...widths) : 2;
  return ' '.repeat(Math.max(1, Math.min(smallest, 8)));
}

/** True when `scalarText`, as a mapping value, reads as `value`. */
function readsAs(scalarText: string, value: string): boolean {
  const doc = parseYamlDocument(`k: ${scalarText}`);
  if (doc.errors.length > 0) return false;
  const pair = (doc.contents as { items?: Array<{ value?: unknown }> } | null)?.items?.[0]?.value;
  return isScalar(pair) && pair.value === value;
}

export function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) && !isSpecialPlain(key) ? key : JSON.stringify(key);
}

/** A scalar as YAML writes it: plain when that reads back the same, else quoted in `style`'s quotes. */
export function yamlScalar(value: string | number | boolean, style: ScalarStyle | undefined): string {
  if (typeof value !== 'string') return String(value);
  if (style === 'yaml-single' && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (style === 'yaml-double') return JSON.stringify(value);
  const plain = stringify(new Scalar(value), { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
  // YAML 1.1 readers still take `yes`, `off`, `y` for booleans: those stay quoted.
  if (!/[\r\n]/.test(plain) && (style === undefined || style === 'yaml-plain') && !isSpecialPlain(plain) && readsAs(plain, value)) return plain;
  return JSON.stringify(value);
}

function flowValue(value: EditValue): string {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${yamlKey(k)}: ${flowValue(v)}`).join(', ')} }`;
  if (typeof value === 'string' && /[,[\]{}]/.test(value)) return JSON.stringify(value);
  return yamlScalar(value, undefined);
}

function isSpecialPlain(key: string): boolean {
  return /^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(key);
}

