/** MCP001 — a secret written in plain text into the config (env, args, headers, inputs, OAuth). */
import { reportSecrets } from './_shared/secret-reports';
import type { Rule } from './rule';

export const inlineSecret: Rule = {
  id: 'MCP001',
  name: 'inline-secret',
  category: 'secret',
  defaultSeverity: 'error',
  securitySeverity: 9.0,
  docs: {
    summary: 'A secret (API key, token, password, private key) is written in plain text in the config.',
    why:
      'MCP configs are copied between machines, committed to repositories, synced by editors and read by every ' +
      'extension and agent that can open the file. A token written into `env`, `args`, a header or an input default ' +
      'leaks with the file and stays valid until someone rotates it. Found by vendor formats (GitHub, OpenAI, ' +
      'Anthropic, AWS, Slack, Stripe, …), by what the value is called (`*_TOKEN`, `*_API_KEY`, `PASSWORD`, ' +
      '`--api-key`) and by how random it is; placeholders and references are never reported.',
    fix:
      'Run "MCP Warden: Move Secrets to Keychain": the value goes to the OS keychain and the file keeps a reference ' +
      '(`${input:…}` in VS Code, `${keychain:…}` through the launcher elsewhere). Then rotate the secret, since the ' +
      'old value may already have been copied.',
    bad: '{ "servers": { "acme": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.4.0"], "env": { "ACME_API_KEY": "n0t-a-r3al-k3y-f0r-d0cs-7Qx2Lm9" } } } }',
    good: '{ "inputs": [{ "id": "acme-api-key", "type": "promptString", "password": true }], "servers": { "acme": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.4.0"], "env": { "ACME_API_KEY": "${input:acme-api-key}" } } } }',
  },
  check(context) {
    reportSecrets(context, 'literal');
  },
};
