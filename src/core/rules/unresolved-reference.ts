/** MCP060 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const unresolvedReference: Rule = {
  id: 'MCP060',
  name: 'unresolved-reference',
  category: 'unresolved-reference',
  defaultSeverity: 'error',
  securitySeverity: 3.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
