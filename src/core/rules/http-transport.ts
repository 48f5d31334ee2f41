/** MCP010 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const httpTransport: Rule = {
  id: 'MCP010',
  name: 'insecure-http',
  category: 'insecure-transport',
  defaultSeverity: 'error',
  securitySeverity: 7.5,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
