/**
 * `// mcp-warden-disable-next-line MCP020 MCP031` (`#` in TOML and YAML) silences those rules on the next line;
 * with no ids it silences every rule there. Only real comments count, never text in a string.
 */
import type { ParsedDocument } from '../json/syntax-tree';

const DIRECTIVE = /^(?:\/[/*]|#)\s*mcp-warden-disable-next-line\b([^\n*]*)/;
const RULE_ID = /\bMCP\d{3}\b/gi;

/** Line number -> the rule ids silenced on it (or every rule). */
export function suppressedLines(document: ParsedDocument): Map<number, Set<string> | 'all'> {
  const result = new Map<number, Set<string> | 'all'>();
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const endLine = document.positionAt(comment.offset + comment.length).line;
    const ids = (match[1] ?? '').match(RULE_ID)?.map((id) => id.toUpperCase()) ?? [];
    const line = endLine + 1;
    const previous = result.get(line);
    if (ids.length === 0 || previous === 'all') {
      result.set(line, 'all');
    } else {
      const set = previous ?? new Set<string>();
      for (const id of ids) set.add(id);
      result.set(line, set);
    }
  }
  return result;
}
