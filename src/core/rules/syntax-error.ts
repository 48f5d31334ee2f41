/** MCP071 — the file is not valid JSON(C), TOML or YAML, so the client will not load any server from it. */
import type { ParsedDocument } from '../json/syntax-tree';
import type { Report, Rule } from './rule';

/** A binary or badly broken file yields thousands of errors; the first few say enough. */
const MAX_REPORTED = 10;

export function reportSyntaxErrors(document: ParsedDocument, report: (report: Report) => void): void {
  const errors = document.syntaxErrors;
  errors.slice(0, MAX_REPORTED).forEach((error, index) => {
    const more = index === MAX_REPORTED - 1 && errors.length > MAX_REPORTED ? ` (${errors.length - MAX_REPORTED} more syntax errors follow)` : '';
    report({ message: `${error.message}${more}.`, offset: error.offset, length: error.length });
  });
}

export const syntaxError: Rule = {
  id: 'MCP071',
  name: 'syntax-error',
  category: 'syntax',
  defaultSeverity: 'error',
  securitySeverity: 1.0,
  docs: {
    summary: 'The file is not valid JSON (or JSONC where the client allows comments), TOML (Codex) or YAML (Continue, Goose).',
    why: 'A client that cannot parse its config loads none of its servers, often without saying why.',
    fix: 'Correct the syntax at the marked place: a missing comma, an unclosed brace or string, a stray character, a YAML line indented wrongly, a TOML key defined twice.',
    bad: '{ "mcpServers": { "github": { "command": "npx" } }',
    good: '{ "mcpServers": { "github": { "command": "npx" } } }',
  },
  check(context) {
    const { document, dialect } = context;
    reportSyntaxErrors(document, context.report);
    if (dialect.format === 'json') {
      for (const offset of document.trailingCommas) {
        context.report({
          message: `${dialect.label} reads plain JSON: a trailing comma makes the whole file unreadable to it. Remove the comma.`,
          offset,
          length: 1,
        });
      }
      for (const comment of document.comments) {
        context.report({
          message: `${dialect.label} reads plain JSON: a comment makes the whole file unreadable to it. Remove the comment.`,
          offset: comment.offset,
          length: comment.length,
        });
      }
    }
  },
};
