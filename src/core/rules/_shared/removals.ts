/**
 * Fixes that remove words from a server's command line or entries from its env, touching only
 * those elements, their commas and the lines they stood on.
 */
import type { McpServer } from '../../dialects/dialect';
import { isStructured, removeArrayItemsEdits, removeEdits, removeEntriesEdits } from '../../json/edits';
import type { JsonNode, ParsedDocument } from '../../json/syntax-tree';
import type { TextEdit } from '../../model';
import type { Word } from '../../analysis/words';

/**
 * Edits removing `words` from the server's args: only when each is a whole args element
 * (a word inside a script or a split command string cannot be removed by element). Only the
 * elements, their commas and the lines they stood on change; the rest keeps its formatting.
 */
export function removeWordsEdits(document: ParsedDocument, server: McpServer, words: readonly Word[]): TextEdit[] | undefined {
  const argsNode = server.argsNode;
  if (!argsNode || words.length === 0 || !words.every((word) => word.whole && word.argIndex >= 0)) return undefined;
  const indices = words.map((word) => word.argIndex);
  const spans = argsNode.items.map((item) => ({ start: item.offset, end: item.offset + item.length }));
  // TOML and YAML lists are edited in their own syntax (a YAML block sequence has no commas).
  const inText = !isStructured(document) ? removeEntriesEdits(document.text, spans, new Set(indices)) : undefined;
  const edits = inText ?? removeArrayItemsEdits(document, argsNode.pointer, indices);
  return edits.length > 0 ? edits : undefined;
}

/** Edits removing the env entry whose value is `value`, touching only that entry's text and line. */
export function removeEnvEntryEdits(document: ParsedDocument, server: McpServer, value: JsonNode): TextEdit[] {
  const properties = server.envNode?.properties ?? [];
  const index = properties.findIndex((property) => property.value === value);
  const spans = properties.map((property) => ({ start: property.keyOffset, end: property.value.offset + property.value.length }));
  return (index >= 0 && !isStructured(document) ? removeEntriesEdits(document.text, spans, new Set([index])) : undefined) ?? removeEdits(document, value.pointer);
}
