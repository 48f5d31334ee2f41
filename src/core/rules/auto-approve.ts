/** MCP050 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const autoApprove: Rule = {
  id: 'MCP050',
  name: 'auto-approved-tools',
  category: 'auto-approve',
  defaultSeverity: 'warning',
  securitySeverity: 5.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
