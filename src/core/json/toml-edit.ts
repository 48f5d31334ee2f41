/**
 * Edits to a TOML document in its own layout: a key goes where the table it belongs to is
 * written (after the last line of a `[table]` section, inside `{ … }`, as another dotted
 * `a.b = …` line), strings keep their quoting, removals take their line and comma, comments stay.
 */
import type { TextEdit } from '../model';
import type { JsonArray, JsonNode, JsonObject, JsonString, ParsedDocument } from './syntax-tree';
import { decodeScalar, scalarValueSpan, type ScalarStyle } from './scalar-source';
import type { DocumentEditor, EditValue } from './structured-edit';
import { eolOf, indentationAt, lineEnd, lineStart, nextLineStart, onlyBlanksBefore, removeListEntries, removeSpan, type Span } from './text-lines';
import { tomlIndexOf, type TomlIndex, type TomlTable } from './toml';

export function tomlEditor(document: ParsedDocument): DocumentEditor {
  const index = tomlIndexOf(document) ?? { tables: new Map(), entries: new Map(), arrayTables: new Set() };
  return new TomlEditor(document.text, index);
}

class TomlEditor implements DocumentEditor {
  private readonly eol: string;

  constructor(
    private readonly text: string,
    private readonly index: TomlIndex,
  ) {
    this.eol = eolOf(text);
  }

  replaceScalar(node: JsonNode, value: string | number | boolean): TextEdit[] {
    const style = node.type === 'string' ? node.source?.style : undefined;
    return [{ offset: node.offset, length: node.length, content: tomlScalar(value, style) }];
  }

  replaceInString(node: JsonString, start: number, end: number, replacement: string): TextEdit[] {
    const source = node.source;
    const newValue = node.value.slice(0, start) + replacement + node.value.slice(end);
    if (source) {
      const span = scalarValueSpan(this.text, node, source, start, end);
      const written = escapeFor(replacement, source.style);
      if (written !== undefined) {
        const raw = this.text.slice(source.contentOffset, span.offset) + written + this.text.slice(span.offset + span.length, source.contentOffset + source.contentLength);
        if (decodeScalar(raw, source.style)?.value === newValue) return [{ offset: span.offset, length: span.length, content: written }];
      }
    }
    return this.replaceScalar(node, newValue);
  }

  insertProperty(object: JsonObject, key: string, value: EditValue): TextEdit[] {
    const table = this.index.tables.get(object) ?? { kind: 'root' };
    const line = `${tomlKey(key)} = ${tomlValue(value)}`;
    switch (table.kind) {
      case 'inline':
        return [this.insertInline(object, table, line)];
      case 'dotted':
        return [this.insertLine(table.lastEnd, `${table.prefix.map(tomlKey).join('.')}.${line}`)];
      case 'header':
        return [this.insertLine(table.bodyEnd, line)];
      case 'implicit':
        // `[a.b]` exists but not `[a]`: a header for it, right before the first sub-table.
        return [{ offset: lineStart(this.text, table.firstHeaderStart), length: 0, content: `[${this.pathOf(object)}]${this.eol}${line}${this.eol}${this.eol}` }];
      case 'root':
        return [this.insertAtRoot(object, line)];
    }
  }

  removeProperty(object: JsonObject, key: string): TextEdit[] {
    const property = [...object.properties].reverse().find((p) => p.key === key);
    if (!property) return [];
    const table = this.index.tables.get(object);
    if (table?.kind === 'inline') {
      const spans = this.entrySpans(object);
      const at = object.properties.indexOf(property);
      return spans ? removeListEntries(this.text, spans, new Set([at])) : [];
    }
    const entry = this.index.entries.get(property.value);
    if (entry) return [removeSpan(this.text, entry.start, entry.end)];
    // A table written as its own section(s): the sections go, from header to last line.
    return this.sectionsUnder(property.value).map((span) => ({ offset: span.start, length: span.end - span.start, content: '' }));
  }

  prependArrayItems(array: JsonArray, values: readonly EditValue[]): TextEdit[] {
    if (values.length === 0) return [];
    const first = array.items[0];
    if (!first) return [{ offset: array.offset + 1, length: 0, content: values.map(tomlValue).join(', ') }];
    if (onlyBlanksBefore(this.text, first.offset)) {
      const indent = indentationAt(this.text, first.offset);
      return [{ offset: first.offset, length: 0, content: values.map((v) => `${tomlValue(v)},${this.eol}${indent}`).join('') }];
    }
    return [{ offset: first.offset, length: 0, content: values.map((v) => `${tomlValue(v)}, `).join('') }];
  }

  appendArrayItems(array: JsonArray, values: readonly EditValue[]): TextEdit[] {
    if (values.length === 0) return [];
    const last = array.items[array.items.length - 1];
    if (!last) return [{ offset: array.offset + 1, length: 0, content: values.map(tomlValue).join(', ') }];
    let after = last.offset + last.length;
    while (this.text[after] === ' ' || this.text[after] === '\t') after++;
    const trailingComma = this.text[after] === ',';
    if (onlyBlanksBefore(this.text, last.offset)) {
      const indent = indentationAt(this.text, last.offset);
      const items = values.map((v) => `${this.eol}${indent}${tomlValue(v)},`).join('');
      return [{ offset: trailingComma ? after + 1 : last.offset + last.length, length: 0, content: trailingComma ? items : `,${items.slice(0, -1)}` }];
    }
    return [{ offset: last.offset + last.length, length: 0, content: values.map((v) => `, ${tomlValue(v)}`).join('') }];
  }

  removeArrayItems(array: JsonArray, indices: readonly number[]): TextEdit[] {
    const spans = array.items.map((item) => ({ start: item.offset, end: item.offset + item.length }));
    return removeListEntries(this.text, spans, new Set(indices));
  }

  // ---------- helpers ----------

  private insertInline(object: JsonObject, table: Extract<TomlTable, { kind: 'inline' }>, line: string): TextEdit {
    const last = object.properties[object.properties.length - 1];
    if (!last) return { offset: table.open, length: table.close + 1 - table.open, content: `{ ${line} }` };
    const end = this.index.entries.get(last.value)?.end ?? last.value.offset + last.value.length;
    return { offset: end, length: 0, content: `, ${line}` };
  }

  /** A new line after the line that ends at or after `after`, indented like that line. */
  private insertLine(after: number, line: string): TextEdit {
    const indent = indentationAt(this.text, after);
    const at = nextLineStart(this.text, after);
    const needsBreak = at === this.text.length && !this.text.endsWith('\n');
    return { offset: at, length: 0, content: `${needsBreak ? this.eol : ''}${indent}${line}${this.eol}` };
  }

  /** Top-level keys go after the last top-level key, before the first table. */
  private insertAtRoot(root: JsonObject, line: string): TextEdit {
    let lastEnd: number | undefined;
    for (const property of root.properties) {
      const entry = this.index.entries.get(property.value);
      if (entry) lastEnd = Math.max(lastEnd ?? 0, entry.end);
    }
    if (lastEnd !== undefined) return this.insertLine(lastEnd, line);
    const firstHeader = [...this.index.tables.values()].filter((t) => t.kind === 'header').map((t) => (t as { headerStart: number }).headerStart);
    if (firstHeader.length === 0) {
      const needsBreak = this.text.length > 0 && !this.text.endsWith('\n');
      return { offset: this.text.length, length: 0, content: `${needsBreak ? this.eol : ''}${line}${this.eol}` };
    }
    return { offset: lineStart(this.text, Math.min(...firstHeader)), length: 0, content: `${line}${this.eol}${this.eol}` };
  }

  private entrySpans(object: JsonObject): Span[] | undefined {
    const spans: Span[] = [];
    for (const property of object.properties) {
      const entry = this.index.entries.get(property.value);
      if (!entry) return undefined;
      spans.push(entry);
    }
    return spans;
  }

  /** The `[header]` sections defining `node` or tables under it, each from its header line to its last line. */
  private sectionsUnder(node: JsonNode): Span[] {
    const spans: Span[] = [];
    const visit = (value: JsonNode): void => {
      if (value.type === 'array') value.items.forEach(visit);
      if (value.type !== 'object') return;
      const table = this.index.tables.get(value);
      if (table?.kind === 'header') spans.push({ start: lineStart(this.text, table.headerStart), end: nextLineStart(this.text, Math.max(table.bodyEnd, lineEnd(this.text, table.headerStart))) });
      for (const property of value.properties) visit(property.value);
    };
    visit(node);
    return spans.sort((a, b) => a.start - b.start);
  }

  /** `a.b."c d"` for an object's pointer. */
  private pathOf(object: JsonObject): string {
    return object.pointer
      .slice(1)
      .split('/')
      .map((segment) => tomlKey(segment.replace(/~1/g, '/').replace(/~0/g, '~')))
      .join('.');
  }
}

// ---------- values ----------

/** A bare key when TOML allows one, else a basic-string key. */
export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : basicString(key);
}

export function tomlValue(value: EditValue): string {
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return tomlScalar(value, undefined);
}

/** A scalar in the given string style where it can be written so, else a basic string. */
export function tomlScalar(value: string | number | boolean, style: ScalarStyle | undefined): string {
  if (typeof value !== 'string') return String(value);
  if (style === 'toml-literal' && fitsLiteral(value)) return `'${value}'`;
  if (style === 'toml-ml-literal' && !value.includes("'''") && !hasControlCharacter(value, true)) return `'''${value}'''`;
  if (style === 'toml-ml-basic') return `"""${escapeBasic(value, true)}"""`;
  return basicString(value);
}

/** True when `text` can be written between single quotes (a TOML literal string: no `'`, no line break). */
function fitsLiteral(text: string): boolean {
  return !text.includes("'") && !hasControlCharacter(text, false);
}

/** True when `text` holds a character TOML strings cannot hold as it is: a control character other than tab (or `\n` where `newlines`). */
function hasControlCharacter(text: string, newlines: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7f || (code < 0x20 && code !== 0x09 && !(newlines && code === 0x0a))) return true;
  }
  return false;
}

function basicString(value: string): string {
  return `"${escapeBasic(value, false)}"`;
}

function escapeBasic(value: string, multiline: boolean): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += multiline ? '\n' : '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** `text` as it is written inside a string of `style`, or undefined when it cannot be. */
function escapeFor(text: string, style: ScalarStyle): string | undefined {
  switch (style) {
    case 'toml-basic':
      return escapeBasic(text, false);
    case 'toml-ml-basic':
      return escapeBasic(text, true);
    case 'toml-literal':
      return fitsLiteral(text) ? text : undefined;
    case 'toml-ml-literal':
      return text.includes("'") ? undefined : text;
    default:
      return undefined;
  }
}
