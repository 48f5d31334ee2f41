/** MCP011 — `ws://` to a host other than this machine: the WebSocket carries tokens in cleartext. */
import { reportCleartextUrls } from './_shared/cleartext-urls';
import type { Rule } from './rule';

export const insecureWebsocket: Rule = {
  id: 'MCP011',
  name: 'insecure-websocket',
  category: 'insecure-transport',
  defaultSeverity: 'error',
  securitySeverity: 7.5,
  docs: {
    summary: 'A server, or the upstream service it is pointed at, is reached over unencrypted `ws://` on a host other than this machine.',
    why:
      'A `ws://` WebSocket is plain TCP: the token sent when it opens and every message after it can be read and altered by anyone on the network path. Loopback (`localhost`, `127.0.0.1`, `[::1]`) is not flagged.',
    fix: 'Use `wss://` (the quick fix changes just the scheme), or tunnel the connection to localhost.',
    bad: '{ "mcpServers": { "remote": { "type": "ws", "url": "ws://mcp.example.com/socket" } } }',
    good: '{ "mcpServers": { "remote": { "type": "ws", "url": "wss://mcp.example.com/socket" } } }',
  },
  check(context) {
    reportCleartextUrls(context, 'ws');
  },
};
