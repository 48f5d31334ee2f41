/** MCP014 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const bindAllInterfaces: Rule = {
  id: 'MCP014',
  name: 'bind-all-interfaces',
  category: 'bind-all-interfaces',
  defaultSeverity: 'warning',
  securitySeverity: 6.5,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
