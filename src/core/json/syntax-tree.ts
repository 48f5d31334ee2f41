/**
 * The syntax tree every parser produces (JSON and JSONC, TOML, YAML): each value knows its JSON
 * pointer and its place in the text. Plus the small helpers that walk it. No parsing here, so
 * parsers and readers depend on this module and not on each other.
 */
import { splitPointer } from './pointer';
import type { Position, Range } from '../model';
import { scalarValueSpan, type ScalarSource } from './scalar-source';
import type { SourceFormat } from './source-format';

interface NodeBase {
  pointer: string;
  /** Offset of the value's first character (the opening quote for strings). */
  offset: number;
  /** Length of the value's text, quotes and brackets included. */
  length: number;
}

export interface JsonProperty {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

export interface JsonObject extends NodeBase {
  type: 'object';
  /** Every property in source order, duplicates included (JSON semantics: the last one wins). */
  properties: JsonProperty[];
}

export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonNode[];
}

export interface JsonString extends NodeBase {
  type: 'string';
  value: string;
  /** How a TOML or YAML string is written (quoting style, content span); absent in JSON. */
  source?: ScalarSource;
}

export interface JsonNumber extends NodeBase {
  type: 'number';
  value: number;
}

export interface JsonBoolean extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface JsonNull extends NodeBase {
  type: 'null';
  value: null;
}

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

export interface SyntaxProblem {
  message: string;
  offset: number;
  length: number;
}

export interface Comment {
  offset: number;
  length: number;
  /** 0-based line the comment starts on. */
  line: number;
  text: string;
}

export interface ParsedDocument {
  text: string;
  root: JsonNode | undefined;
  syntaxErrors: SyntaxProblem[];
  comments: Comment[];
  /** Offsets of commas before a closing `}` or `]` (JSONC allows them, plain JSON does not). */
  trailingCommas: number[];
  positionAt(offset: number): Position;
  rangeAt(offset: number, length: number): Range;
  /** The file's syntax; absent means JSON / JSONC. */
  format?: SourceFormat;
  /**
   * True when two nodes may start at the same offset (a TOML table and its first key, a YAML
   * alias and its anchor). JSON never has that; walks that mark nodes by offset must not rely on it.
   */
  sharedOffsets?: boolean;
}

/** The value of `key` in `node` if `node` is an object (last duplicate wins, as in JSON.parse). */
export function getProperty(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property && property.key === key) return property.value;
  }
  return undefined;
}

export function getPropertyEntry(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property && property.key === key) return property;
  }
  return undefined;
}

/** Properties with duplicates removed, keeping the last of each key in its source position. */
export function uniqueProperties(node: JsonObject): JsonProperty[] {
  if (!hasDuplicateKeys(node.properties)) return node.properties.slice();
  const seen = new Set<string>();
  const result: JsonProperty[] = [];
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (!property || seen.has(property.key)) continue;
    seen.add(property.key);
    result.push(property);
  }
  return result.reverse();
}

/** Objects this small are checked for duplicate keys pairwise, without building a set. */
const SMALL_OBJECT = 16;

/** True when two of `properties` have the same key. */
export function hasDuplicateKeys(properties: readonly JsonProperty[]): boolean {
  if (properties.length > SMALL_OBJECT) return new Set(properties.map((property) => property.key)).size < properties.length;
  for (let i = 1; i < properties.length; i++) {
    const key = (properties[i] as JsonProperty).key;
    for (let j = 0; j < i; j++) if ((properties[j] as JsonProperty).key === key) return true;
  }
  return false;
}

export function asString(node: JsonNode | undefined): JsonString | undefined {
  return node?.type === 'string' ? node : undefined;
}

export function asObject(node: JsonNode | undefined): JsonObject | undefined {
  return node?.type === 'object' ? node : undefined;
}

export function asArray(node: JsonNode | undefined): JsonArray | undefined {
  return node?.type === 'array' ? node : undefined;
}

export function findNodeAtPointer(root: JsonNode | undefined, pointer: string): JsonNode | undefined {
  if (pointer === '') return root;
  let node = root;
  for (const segment of splitPointer(pointer)) {
    if (node?.type === 'object') node = getProperty(node, segment);
    else if (node?.type === 'array') node = node.items[Number(segment)];
    else return undefined;
  }
  return node;
}

/** Converts a JsonNode back to a plain JavaScript value (for schema validation). */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) result[property.key] = toPlainValue(property.value);
      return result;
    }
    case 'array':
      return node.items.map(toPlainValue);
    default:
      return node.value;
  }
}

/**
 * Maps a range inside a string's decoded value to the document. Values with escapes (`\"`,
 * `\u0041`) are longer in the text than in memory, so indices are walked, not added.
 */
export function stringValueSpan(
  text: string,
  node: JsonString,
  valueStart: number,
  valueEnd: number,
): { offset: number; length: number } {
  if (node.source) return scalarValueSpan(text, node, node.source, valueStart, valueEnd);
  const contentStart = node.offset + 1;
  // As long as `text.substr(contentStart, node.length - 2)`, without cutting it out.
  const rawLength = Math.min(Math.max(0, node.length - 2), Math.max(0, text.length - contentStart));
  if (rawLength === node.value.length) {
    return { offset: contentStart + valueStart, length: valueEnd - valueStart };
  }
  const raw = text.substr(contentStart, Math.max(0, node.length - 2));
  let rawIndex = 0;
  let valueIndex = 0;
  let startOffset = -1;
  while (rawIndex <= raw.length) {
    if (valueIndex === valueStart && startOffset < 0) startOffset = rawIndex;
    if (valueIndex === valueEnd) break;
    if (raw[rawIndex] === '\\') {
      const next = raw[rawIndex + 1];
      if (next === 'u') {
        rawIndex += 6;
      } else {
        rawIndex += 2;
      }
    } else {
      rawIndex += 1;
    }
    valueIndex += 1;
  }
  if (startOffset < 0) startOffset = 0;
  return { offset: contentStart + startOffset, length: Math.max(0, rawIndex - startOffset) };
}
