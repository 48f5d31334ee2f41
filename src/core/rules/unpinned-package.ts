/** MCP020 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const unpinnedPackage: Rule = {
  id: 'MCP020',
  name: 'unpinned-package',
  category: 'unpinned-package',
  defaultSeverity: 'warning',
  securitySeverity: 5.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
