/** MCP013 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const tlsDisabled: Rule = {
  id: 'MCP013',
  name: 'tls-verification-disabled',
  category: 'tls-disabled',
  defaultSeverity: 'error',
  securitySeverity: 8.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
