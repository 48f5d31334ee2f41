/** MCP012 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const sseTransport: Rule = {
  id: 'MCP012',
  name: 'deprecated-sse',
  category: 'insecure-transport',
  defaultSeverity: 'info',
  securitySeverity: 2.0,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
