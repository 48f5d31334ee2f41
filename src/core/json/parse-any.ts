/** One entry point for every syntax a config may be written in. */
import { parseDocument, type ParsedDocument } from '../parse';
import type { SourceFormat } from './source-format';
import { parseToml } from './toml';
import { parseYaml } from './yaml';

export function parseAs(text: string, format: SourceFormat = 'json'): ParsedDocument {
  switch (format) {
    case 'toml':
      return parseToml(text);
    case 'yaml':
      return parseYaml(text);
    default:
      return parseDocument(text);
  }
}
