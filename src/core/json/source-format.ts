/**
 * The syntax a config file is written in. Every syntax is read into the same `JsonNode` tree
 * (RFC 6901 pointers, offsets into the text), so rules never need to know which one it was.
 */
export type SourceFormat = 'json' | 'toml' | 'yaml';

/** The syntax a file name says: `.toml`, `.yaml` / `.yml`, else JSON (JSONC included). */
export function formatOfPath(path: string | undefined): SourceFormat | undefined {
  if (path === undefined) return undefined;
  const name = path.replace(/\\/g, '/').toLowerCase();
  if (name.endsWith('.toml')) return 'toml';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  if (name.endsWith('.json') || name.endsWith('.jsonc') || name.endsWith('.json5')) return 'json';
  return undefined;
}
