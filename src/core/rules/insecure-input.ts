/** MCP061 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const insecureInput: Rule = {
  id: 'MCP061',
  name: 'input-not-password',
  category: 'insecure-input',
  defaultSeverity: 'warning',
  securitySeverity: 4.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
