/** MCP015 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const authDisabled: Rule = {
  id: 'MCP015',
  name: 'auth-disabled',
  category: 'auth-disabled',
  defaultSeverity: 'error',
  securitySeverity: 8.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
