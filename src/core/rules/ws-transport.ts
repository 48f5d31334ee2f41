/** MCP011 — TODO: not yet implemented (stub). */
import type { Rule } from './rule';

export const wsTransport: Rule = {
  id: 'MCP011',
  name: 'insecure-websocket',
  category: 'insecure-transport',
  defaultSeverity: 'error',
  securitySeverity: 7.5,
  docs: { summary: 'TODO', why: 'TODO', fix: 'TODO', bad: '{}', good: '{}' },
  check() {},
};
