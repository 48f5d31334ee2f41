/** MCP003 — a static credential in an `Authorization` or API-key header. */
import { reportSecrets } from './_shared/secret-reports';
import type { Rule } from './rule';

export const staticAuthHeader: Rule = {
  id: 'MCP003',
  name: 'static-auth-header',
  category: 'secret',
  defaultSeverity: 'error',
  securitySeverity: 8.5,
  docs: {
    summary:
      'An `Authorization` / `Proxy-Authorization` header (`Bearer …`, `Basic …`, `token …`) or an API-key header ' +
      '(`X-API-Key`, `*-Token`, `Cookie`, …) holds a literal credential — in `headers` or in a `--header` argument.',
    why:
      'A remote MCP server trusts whoever presents this header. Written into the config it is shared with everyone ' +
      'who can read the file, never expires on its own, and is sent as is by any client that loads the config.',
    fix:
      'Keep the scheme and reference the credential: `"Authorization": "Bearer ${input:api-token}"` in VS Code, or ' +
      'run "MCP Warden: Move Secrets to Keychain". Prefer OAuth when the server supports it.',
    bad: '{ "servers": { "remote": { "type": "http", "url": "https://mcp.example.com/mcp", "headers": { "Authorization": "Bearer n0tAR3alT0k3nJustF0rTh3D0cs42" } } } }',
    good: '{ "inputs": [{ "id": "api-token", "type": "promptString", "password": true }], "servers": { "remote": { "type": "http", "url": "https://mcp.example.com/mcp", "headers": { "Authorization": "Bearer ${input:api-token}" } } } }',
  },
  check(context) {
    reportSecrets(context, 'header');
  },
};
