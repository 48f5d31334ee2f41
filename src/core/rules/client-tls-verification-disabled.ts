/**
 * MCP041 — the client itself is told not to check the server's TLS certificate (Continue's
 * `requestOptions.verifySsl: false`). Unlike MCP013, which finds the switch in what a server
 * runs with, this one is in how the client connects to a remote server.
 */
import { lazyFix, removeEdits } from '../json/edits';
import type { Rule } from './rule';

export const clientTlsVerificationDisabled: Rule = {
  id: 'MCP041',
  name: 'client-tls-verification-disabled',
  category: 'tls-disabled',
  defaultSeverity: 'error',
  securitySeverity: 8.0,
  docs: {
    summary: "The client is told not to verify a remote server's TLS certificate (Continue `requestOptions.verifySsl: false`).",
    why:
      "With certificate checks off, anyone who can intercept the connection (a hostile network, a compromised proxy) can pose as the MCP server: they read the token the client sends and answer every tool call. The setting applies to this server's every request.",
    fix: 'Remove the setting (the quick fix does). If the server uses a private CA, trust that CA instead (`requestOptions.caBundlePath`).',
    bad: ['mcpServers:', '  - name: internal', '    type: streamable-http', '    url: https://mcp.corp.example/mcp', '    requestOptions:', '      verifySsl: false'].join('\n'),
    good: ['mcpServers:', '  - name: internal', '    type: streamable-http', '    url: https://mcp.corp.example/mcp', '    requestOptions:', '      caBundlePath: /etc/ssl/corp-ca.pem'].join('\n'),
    file: '.continue/mcpServers/internal.yaml',
  },
  check(context) {
    for (const server of context.servers) {
      const node = server.tlsVerifyOff;
      if (!node) continue;
      context.report({
        node,
        message: `Server "${server.name}" is reached without checking its TLS certificate (verifySsl: false): the connection can be intercepted. Remove it; trust a private CA with caBundlePath instead.`,
        fix: lazyFix('Remove verifySsl: false', true, () => removeEdits(context.document, node.pointer)),
      });
    }
  },
};
