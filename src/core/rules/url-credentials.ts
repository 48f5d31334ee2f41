/** MCP002 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const urlCredentials: Rule = {
  id: 'MCP002',
  name: 'url-credentials',
  category: 'secret',
  defaultSeverity: 'error',
  securitySeverity: 9.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
