/** MCP030 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const privilegedContainer: Rule = {
  id: 'MCP030',
  name: 'privileged-container',
  category: 'privileged-container',
  defaultSeverity: 'error',
  securitySeverity: 8.5,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
