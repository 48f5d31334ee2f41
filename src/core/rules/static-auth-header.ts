/** MCP003 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const staticAuthHeader: Rule = {
  id: 'MCP003',
  name: 'static-auth-header',
  category: 'secret',
  defaultSeverity: 'error',
  securitySeverity: 8.5,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
