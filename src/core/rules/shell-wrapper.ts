/** MCP031 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const shellWrapper: Rule = {
  id: 'MCP031',
  name: 'shell-wrapper',
  category: 'shell-wrapper',
  defaultSeverity: 'warning',
  securitySeverity: 5.5,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
