/**
 * TOML (OpenAI Codex `config.toml`) -> the `JsonNode` tree every rule reads, through
 * `toml-eslint-parser` (maintained, MIT, keeps the source range of every key and value).
 *
 * Tables (`[mcp_servers.github]`), array tables (`[[x]]`), dotted keys (`env.TOKEN = …`) and
 * inline tables all become objects, so `/mcp_servers/github/env/TOKEN` is the pointer of that
 * value however it was written. How each object was written is kept in a side index for the
 * edits (`toml-edit.ts`), which must add a key where the file's own layout expects it.
 *
 * The parser stops at the first error: a broken file yields that one syntax error (MCP071, at its
 * place) and no tree.
 */
import type { AST } from 'toml-eslint-parser' with { 'resolution-mode': 'import' };
import { joinPointer } from './pointer';
import type { Comment, JsonArray, JsonNode, JsonObject, JsonProperty, JsonString, ParsedDocument, SyntaxProblem } from './syntax-tree';
import { makeDocument } from './document';
import type { ScalarStyle } from './scalar-source';

// The package is an ES module; Node (20.19+, and every bundle esbuild makes) loads it with require.
const tomlParser = require('toml-eslint-parser') as typeof import('toml-eslint-parser', { with: { 'resolution-mode': 'import' } });

/** How an object of the tree is written in the file. */
export type TomlTable =
  | { kind: 'root' }
  /** `[a.b]` or one `[[a]]` element: the header's range and the end of its last key/value. */
  | { kind: 'header'; headerStart: number; headerEnd: number; bodyEnd: number }
  /** `{ … }` */
  | { kind: 'inline'; open: number; close: number }
  /** Made by dotted keys (`env.A = "1"`) inside `section`, under `prefix` there; `lastEnd` ends its last line. */
  | { kind: 'dotted'; section: JsonObject; prefix: string[]; lastEnd: number }
  /** Only named by headers of its sub-tables (`mcp_servers` in `[mcp_servers.x]`). */
  | { kind: 'implicit'; firstHeaderStart: number };

export interface TomlIndex {
  tables: Map<JsonObject, TomlTable>;
  /** The text of each key/value pair (`key = value`), by its value node. */
  entries: Map<JsonNode, { start: number; end: number }>;
  /** Each array table's (`[[x]]`) array. */
  arrayTables: Set<JsonArray>;
}

const indexes = new WeakMap<ParsedDocument, TomlIndex>();

/** The layout index of a document parsed by `parseToml`. */
export function tomlIndexOf(document: ParsedDocument): TomlIndex | undefined {
  return indexes.get(document);
}

export function parseToml(text: string): ParsedDocument {
  let program: AST.TOMLProgram;
  try {
    program = tomlParser.parseTOML(text);
  } catch (error) {
    const problem = syntaxProblem(error, text);
    return makeDocument(text, 'toml', undefined, [problem], []);
  }
  const index: TomlIndex = { tables: new Map(), entries: new Map(), arrayTables: new Set() };
  const builder = new Builder(text, index);
  const root = builder.build(program);
  const comments: Comment[] = program.comments.map((comment) => ({
    offset: comment.range[0],
    length: comment.range[1] - comment.range[0],
    line: 0,
    text: text.slice(comment.range[0], comment.range[1]),
  }));
  const document = makeDocument(text, 'toml', root, [], comments);
  indexes.set(document, index);
  return document;
}

function syntaxProblem(error: unknown, text: string): SyntaxProblem {
  const parseError = error as { index?: unknown; message?: unknown };
  const offset = typeof parseError.index === 'number' ? Math.min(parseError.index, text.length) : 0;
  const message = typeof parseError.message === 'string' ? parseError.message.replace(/\.$/, '') : 'Invalid TOML';
  return { message: `Invalid TOML: ${message}`, offset, length: offset < text.length ? 1 : 0 };
}

class Builder {
  private readonly root: JsonObject;

  constructor(
    private readonly text: string,
    private readonly index: TomlIndex,
  ) {
    this.root = { type: 'object', pointer: '', offset: 0, length: text.length, properties: [] };
    index.tables.set(this.root, { kind: 'root' });
  }

  build(program: AST.TOMLProgram): JsonObject {
    const top = program.body[0];
    for (const item of top.body) {
      if (item.type === 'TOMLKeyValue') this.keyValue(this.root, this.root, item);
      else this.table(item);
    }
    this.spans(this.root);
    return this.root;
  }

  private table(table: AST.TOMLTable): void {
    const parts = table.key.keys;
    let object = this.root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const name = keyName(part);
      if (last && table.kind === 'array') {
        const array = this.arrayAt(object, name, part);
        const element: JsonObject = { type: 'object', pointer: joinPointer(array.pointer, array.items.length), offset: table.range[0], length: 0, properties: [] };
        array.items.push(element);
        object = element;
      } else {
        object = this.childObject(object, name, part, last ? undefined : table.range[0]);
      }
    });
    const bodyEnd = table.body.length > 0 ? (table.body[table.body.length - 1] as AST.TOMLKeyValue).range[1] : table.range[1];
    this.index.tables.set(object, { kind: 'header', headerStart: table.range[0], headerEnd: headerEnd(this.text, table), bodyEnd });
    if (table.kind === 'standard') object.offset = table.range[0];
    for (const keyValue of table.body) this.keyValue(object, object, keyValue);
  }

  /** `key = value` (the key possibly dotted) inside `section`, starting at `object`. */
  private keyValue(section: JsonObject, object: JsonObject, keyValue: AST.TOMLKeyValue): void {
    const parts = keyValue.key.keys;
    let target = object;
    const prefix: string[] = [];
    for (const part of parts.slice(0, -1)) {
      const name = keyName(part);
      prefix.push(name);
      target = this.childObject(target, name, part, undefined);
      const known = this.index.tables.get(target);
      if (!known || known.kind === 'dotted' || known.kind === 'implicit') {
        this.index.tables.set(target, { kind: 'dotted', section, prefix: [...prefix], lastEnd: keyValue.range[1] });
      }
    }
    const lastPart = parts[parts.length - 1] as AST.TOMLBare | AST.TOMLQuoted;
    const value = this.value(keyValue.value, joinPointer(target.pointer, keyName(lastPart)));
    target.properties.push({ key: keyName(lastPart), keyOffset: lastPart.range[0], keyLength: lastPart.range[1] - lastPart.range[0], value });
    this.index.entries.set(value, { start: keyValue.range[0], end: keyValue.range[1] });
  }

  /** The object under `name` in `parent`, created (implicitly) when missing. */
  private childObject(parent: JsonObject, name: string, part: AST.TOMLBare | AST.TOMLQuoted, headerStart: number | undefined): JsonObject {
    const existing = parent.properties.find((p) => p.key === name)?.value;
    if (existing?.type === 'object') return existing;
    if (existing?.type === 'array' && this.index.arrayTables.has(existing)) {
      const last = existing.items[existing.items.length - 1];
      if (last?.type === 'object') return last;
    }
    const object: JsonObject = { type: 'object', pointer: joinPointer(parent.pointer, name), offset: part.range[0], length: part.range[1] - part.range[0], properties: [] };
    parent.properties.push(property(name, part, object));
    if (headerStart !== undefined) this.index.tables.set(object, { kind: 'implicit', firstHeaderStart: headerStart });
    return object;
  }

  private arrayAt(parent: JsonObject, name: string, part: AST.TOMLBare | AST.TOMLQuoted): JsonArray {
    const existing = parent.properties.find((p) => p.key === name)?.value;
    if (existing?.type === 'array') return existing;
    const array: JsonArray = { type: 'array', pointer: joinPointer(parent.pointer, name), offset: part.range[0], length: 0, items: [] };
    parent.properties.push(property(name, part, array));
    this.index.arrayTables.add(array);
    return array;
  }

  private value(node: AST.TOMLContentNode, pointer: string): JsonNode {
    const offset = node.range[0];
    const length = node.range[1] - node.range[0];
    switch (node.type) {
      case 'TOMLArray': {
        const array: JsonArray = { type: 'array', pointer, offset, length, items: [] };
        node.elements.forEach((element, i) => array.items.push(this.value(element, joinPointer(pointer, i))));
        return array;
      }
      case 'TOMLInlineTable': {
        const object: JsonObject = { type: 'object', pointer, offset, length, properties: [] };
        this.index.tables.set(object, { kind: 'inline', open: offset, close: node.range[1] - 1 });
        for (const keyValue of node.body) this.keyValue(object, object, keyValue);
        return object;
      }
      default:
        return scalar(node, pointer, offset, length);
    }
  }

  /** Objects and arrays made of several pieces span from their first piece to their last. */
  private spans(node: JsonNode): { start: number; end: number } {
    if (node.type === 'object' || node.type === 'array') {
      const table = node.type === 'object' ? this.index.tables.get(node) : undefined;
      const fixed = table?.kind === 'inline' || (node.type === 'array' && !this.index.arrayTables.has(node));
      let start = node.offset;
      let end = node.offset + node.length;
      if (table?.kind === 'header') end = Math.max(end, table.bodyEnd);
      const children = node.type === 'object' ? node.properties.map((p) => p.value) : node.items;
      for (const child of children) {
        const span = this.spans(child);
        if (!fixed) {
          start = Math.min(start, span.start);
          end = Math.max(end, span.end);
        }
      }
      if (node !== this.root && !fixed) {
        node.offset = start;
        node.length = end - start;
      }
      return { start: node.offset, end: node.offset + node.length };
    }
    return { start: node.offset, end: node.offset + node.length };
  }
}

function property(name: string, part: AST.TOMLBare | AST.TOMLQuoted, value: JsonNode): JsonProperty {
  return { key: name, keyOffset: part.range[0], keyLength: part.range[1] - part.range[0], value };
}

function keyName(part: AST.TOMLBare | AST.TOMLQuoted): string {
  return part.type === 'TOMLBare' ? part.name : part.value;
}

/** The end of a table header (`]` or `]]`). */
function headerEnd(text: string, table: AST.TOMLTable): number {
  const close = text.indexOf(']', table.key.range[1]);
  if (close < 0) return table.key.range[1];
  return table.kind === 'array' && text[close + 1] === ']' ? close + 2 : close + 1;
}

function scalar(node: AST.TOMLValue, pointer: string, offset: number, length: number): JsonNode {
  switch (node.kind) {
    case 'string': {
      const quote = node.multiline ? 3 : 1;
      const style: ScalarStyle = node.style === 'basic' ? (node.multiline ? 'toml-ml-basic' : 'toml-basic') : node.multiline ? 'toml-ml-literal' : 'toml-literal';
      const string: JsonString = {
        type: 'string',
        value: node.value,
        pointer,
        offset,
        length,
        source: { style, contentOffset: offset + quote, contentLength: Math.max(0, length - 2 * quote) },
      };
      return string;
    }
    case 'integer':
    case 'float':
      return { type: 'number', value: Number(node.value), pointer, offset, length };
    case 'boolean':
      return { type: 'boolean', value: node.value, pointer, offset, length };
    default:
      // Dates and times: kept as the text they are written as.
      return { type: 'string', value: node.datetime, pointer, offset, length };
  }
}
