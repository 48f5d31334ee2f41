/** MCP001 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const inlineSecret: Rule = {
  id: 'MCP001',
  name: 'inline-secret',
  category: 'secret',
  defaultSeverity: 'error',
  securitySeverity: 9.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
