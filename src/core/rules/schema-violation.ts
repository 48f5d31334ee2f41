/** MCP070 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const schemaViolation: Rule = {
  id: 'MCP070',
  name: 'schema-violation',
  category: 'schema',
  defaultSeverity: 'error',
  securitySeverity: 1.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
