/**
 * One entry point for every syntax a config may be written in. The TOML and YAML parsers are
 * loaded on first use: most workspaces hold only JSON configs, and the extension activates faster
 * without them.
 */
import { parseDocument } from './parse';
import type { ParsedDocument } from './syntax-tree';
import type { SourceFormat } from './source-format';
import type * as TomlModule from './toml';
import type * as YamlModule from './yaml';

export function parseAs(text: string, format: SourceFormat = 'json'): ParsedDocument {
  switch (format) {
    case 'toml':
      return (require('./toml') as typeof TomlModule).parseToml(text);
    case 'yaml':
      return (require('./yaml') as typeof YamlModule).parseYaml(text);
    default:
      return parseDocument(text);
  }
}
