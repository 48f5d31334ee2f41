/**
 * MCP010 — `http://` to a host other than this machine: the token and every tool call travel in
 * cleartext. Also checked where a server is pointed at an upstream service (`GITLAB_API_URL=
 * http://gitlab.corp`, `--url http://…`), since its token goes the same way. MCP011 does the
 * same for `ws://` (see `_shared/cleartext-urls.ts`).
 */
import { reportCleartextUrls } from './_shared/cleartext-urls';
import type { Rule } from './rule';

export const insecureHttp: Rule = {
  id: 'MCP010',
  name: 'insecure-http',
  category: 'insecure-transport',
  defaultSeverity: 'error',
  securitySeverity: 7.5,
  docs: {
    summary: 'A server, or the upstream service it is pointed at, is reached over plain `http://` on a host other than this machine.',
    why:
      'Over plain HTTP the bearer token, the OAuth exchange and every tool call and result cross the network unencrypted: anyone on the path (café Wi-Fi, a corporate proxy, a compromised router) can read or change them. The same holds for an `http://` API URL given to a local server in its env or args: its token goes there in cleartext too. Loopback (`localhost`, `127.0.0.1`, `[::1]`) never leaves the machine and is not flagged; `0.0.0.0` is not loopback.',
    fix: 'Use `https://` (the quick fix changes just the scheme). If the server only speaks HTTP, put it behind a TLS-terminating proxy or reach it through an SSH tunnel on localhost.',
    bad: '{ "servers": { "gitlab": { "command": "npx", "args": ["-y", "@zereight/mcp-gitlab@2.0.4"], "env": { "GITLAB_API_URL": "http://gitlab.corp.example/api/v4" } } } }',
    good: '{ "servers": { "gitlab": { "command": "npx", "args": ["-y", "@zereight/mcp-gitlab@2.0.4"], "env": { "GITLAB_API_URL": "https://gitlab.corp.example/api/v4" } } } }',
  },
  check(context) {
    reportCleartextUrls(context, 'http');
  },
};
