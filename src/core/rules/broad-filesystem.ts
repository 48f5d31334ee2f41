/** MCP040 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const broadFilesystem: Rule = {
  id: 'MCP040',
  name: 'broad-filesystem',
  category: 'broad-filesystem',
  defaultSeverity: 'warning',
  securitySeverity: 6.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
