/** MCP002 — credentials inside a URL: `user:password@host` or `?token=…` / `?api_key=…`. */
import { reportSecrets } from './_shared/secret-reports';
import type { Rule } from './rule';

export const urlCredentials: Rule = {
  id: 'MCP002',
  name: 'url-credentials',
  category: 'secret',
  defaultSeverity: 'error',
  securitySeverity: 9.0,
  docs: {
    summary: 'A URL carries credentials: a password in `user:password@host` or a key in the query (`?api_key=`, `?token=`).',
    why:
      'Credentials in a URL travel further than the config: they end up in server and proxy logs, in error messages, ' +
      'in shell history and in the process list when the URL is passed as an argument. Connection strings ' +
      '(`postgresql://user:password@host/db`) and remote MCP endpoints with `?api_key=` are the usual cases.',
    fix:
      'Move the password or key to the keychain ("MCP Warden: Move Secrets to Keychain"), or pass it the way the ' +
      'server documents (an `Authorization` header built from `${input:…}`, or a separate env var such as ' +
      '`PGPASSWORD`) and keep the URL itself credential-free.',
    bad: '{ "mcpServers": { "db": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://app:n0t-a-r3al-p4ssw0rd@db.internal/prod"] } } }',
    good: '{ "mcpServers": { "db": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://app@db.internal/prod"], "env": { "PGPASSWORD": "${keychain:db.PGPASSWORD}" } } } }',
  },
  check(context) {
    reportSecrets(context, 'url');
  },
};
