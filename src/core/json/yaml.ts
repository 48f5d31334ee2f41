/**
 * YAML (Continue `config.yaml` and block files, Goose `config.yaml`) -> the `JsonNode` tree every
 * rule reads, through `yaml` (eemeli/yaml: maintained, ISC, no dependencies, keeps the source
 * range of every node and reports errors with their place while still recovering a tree).
 *
 * Mappings become objects, sequences arrays, scalars strings / numbers / booleans / null (YAML
 * 1.2 core schema, as the clients' parsers read it). Aliases stand for their anchor's value.
 * How each node is written (block or flow, the quoting of a scalar, where a pair's key ends) is
 * kept in a side index for the edits (`yaml-edit.ts`).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseDocument, Scalar, type Document, type Node as YamlNode } from 'yaml';
import { joinPointer } from './pointer';
import type { Comment, JsonNode, JsonObject, ParsedDocument, SyntaxProblem } from './syntax-tree';
import { makeDocument } from './document';
import type { ScalarStyle } from './scalar-source';

export interface YamlPlace {
  /** The yaml library's node (its `flow`, its scalar `type`, its `range`). */
  node: YamlNode;
  /** For a mapping value: where its key starts and ends. */
  keyStart?: number;
  keyEnd?: number;
  /** For a sequence item: where its `- ` indicator is (block sequences). */
  dash?: number;
}

export interface YamlIndex {
  places: Map<JsonNode, YamlPlace>;
}

const indexes = new WeakMap<ParsedDocument, YamlIndex>();

/** The layout index of a document parsed by `parseYaml`. */
export function yamlIndexOf(document: ParsedDocument): YamlIndex | undefined {
  return indexes.get(document);
}

/** Aliases may nest; a config never needs more than a few levels. */
const MAX_DEPTH = 64;

export function parseYaml(text: string): ParsedDocument {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: false });
  const syntaxErrors: SyntaxProblem[] = doc.errors.map((error) => ({
    message: `Invalid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error'}`,
    offset: Math.min(error.pos[0], text.length),
    length: Math.max(error.pos[0] < text.length ? 1 : 0, Math.min(error.pos[1], text.length) - error.pos[0]),
  }));
  const index: YamlIndex = { places: new Map() };
  const root = doc.contents ? new Converter(text, doc, index).convert(doc.contents as YamlNode, '', 0) : undefined;
  const document = makeDocument(text, 'yaml', root, syntaxErrors, yamlComments(text));
  indexes.set(document, index);
  return document;
}

class Converter {
  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly index: YamlIndex,
  ) {}

  convert(node: YamlNode, pointer: string, depth: number): JsonNode {
    const [start, valueEnd] = node.range ?? [0, 0];
    const offset = start;
    const length = Math.max(0, valueEnd - start);
    if (isAlias(node) && depth < MAX_DEPTH) {
      const target = node.resolve(this.doc);
      if (target) return this.convert(target as YamlNode, pointer, depth + 1);
    }
    let result: JsonNode;
    if (isMap(node) && depth < MAX_DEPTH) {
      result = this.map(node.items, pointer, offset, length, depth);
    } else if (isSeq(node) && depth < MAX_DEPTH) {
      const items: JsonNode[] = [];
      node.items.forEach((item, i) => {
        const child = item as YamlNode | null;
        const value = child ? this.convert(child, joinPointer(pointer, i), depth + 1) : emptyValue(joinPointer(pointer, i), offset);
        const place = this.index.places.get(value);
        if (place && !node.flow) place.dash = this.dashBefore(value.offset);
        items.push(value);
      });
      result = { type: 'array', pointer, offset, length, items };
    } else if (isScalar(node)) {
      result = this.scalar(node, pointer, offset, length);
    } else {
      result = { type: 'null', value: null, pointer, offset, length };
    }
    this.index.places.set(result, { node });
    return result;
  }

  private map(pairs: readonly unknown[], pointer: string, offset: number, length: number, depth: number): JsonObject {
    const object: JsonObject = { type: 'object', pointer, offset, length, properties: [] };
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const key = pair.key as YamlNode | null;
      const name = keyText(key);
      const [keyStart, keyEnd] = key?.range ?? [offset, offset];
      const childPointer = joinPointer(pointer, name);
      const valueNode = pair.value as YamlNode | null;
      const value = valueNode ? this.convert(valueNode, childPointer, depth + 1) : emptyValue(childPointer, keyEnd);
      object.properties.push({ key: name, keyOffset: keyStart, keyLength: keyEnd - keyStart, value });
      const place = this.index.places.get(value) ?? { node: (valueNode ?? key) as YamlNode };
      place.keyStart = keyStart;
      place.keyEnd = keyEnd;
      this.index.places.set(value, place);
    }
    return object;
  }

  private scalar(node: Scalar, pointer: string, offset: number, length: number): JsonNode {
    const value: unknown = node.value;
    if (value === null || value === undefined) return { type: 'null', value: null, pointer, offset, length };
    if (typeof value === 'boolean') return { type: 'boolean', value, pointer, offset, length };
    if (typeof value === 'number' || typeof value === 'bigint') return { type: 'number', value: Number(value), pointer, offset, length };
    const text = typeof value === 'string' ? value : this.text.slice(offset, offset + length);
    const style = STYLES[node.type ?? Scalar.PLAIN] ?? 'yaml-plain';
    return { type: 'string', value: text, pointer, offset, length, source: this.contentOf(style, offset, length) };
  }

  /** Where a scalar's content starts and ends: inside its quotes, after a block scalar's header line. */
  private contentOf(style: ScalarStyle, offset: number, length: number): { style: ScalarStyle; contentOffset: number; contentLength: number } {
    if (style === 'yaml-single' || style === 'yaml-double') return { style, contentOffset: offset + 1, contentLength: Math.max(0, length - 2) };
    if (style === 'yaml-literal' || style === 'yaml-folded') {
      const newline = this.text.indexOf('\n', offset);
      const contentOffset = newline < 0 || newline >= offset + length ? offset + length : newline + 1;
      return { style, contentOffset, contentLength: offset + length - contentOffset };
    }
    return { style, contentOffset: offset, contentLength: length };
  }

  /** The `-` of a block sequence item that starts at `offset` (blanks and line breaks may sit between). */
  private dashBefore(offset: number): number | undefined {
    let i = offset - 1;
    while (i >= 0 && /[ \t\r\n]/.test(this.text[i] as string)) i--;
    return this.text[i] === '-' ? i : undefined;
  }
}

function keyText(key: YamlNode | null): string {
  if (key === null) return '';
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return String(key);
}

function emptyValue(pointer: string, at: number): JsonNode {
  return { type: 'null', value: null, pointer, offset: at, length: 0 };
}

const STYLES: Partial<Record<string, ScalarStyle>> = {
  [Scalar.PLAIN]: 'yaml-plain',
  [Scalar.QUOTE_SINGLE]: 'yaml-single',
  [Scalar.QUOTE_DOUBLE]: 'yaml-double',
  [Scalar.BLOCK_LITERAL]: 'yaml-literal',
  [Scalar.BLOCK_FOLDED]: 'yaml-folded',
};

/** Every `#` comment, found by the yaml lexer (so a `#` inside a quoted string is not one). */
function yamlComments(text: string): Comment[] {
  const comments: Comment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's own markers (document start, scalar, flow end) stand for no text.
    if (token === '\x02' || token === '\x1f' || token === '\x18') continue;
    if (token.startsWith('#')) comments.push({ offset, length: token.length, line: 0, text: token });
    offset += token.length;
  }
  return comments;
}
