import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, scan, vscodeServer } from '../../helpers';
import { Fake } from '../detectors/fake';
import type { Finding } from '../../../../src/core/model';
import { inlineSecret } from '../../../../src/core/rules/inline-secret';
import { urlCredentials } from '../../../../src/core/rules/url-credentials';
import { staticAuthHeader } from '../../../../src/core/rules/static-auth-header';

const fake = new Fake(1001);

/** The secret characters the finding points at, read back from the document. */
function secretText(text: string, finding: Finding): string {
  assert.ok(finding.secret, 'a secret finding carries SecretInfo');
  return text.substr(finding.secret.offset, finding.secret.valueLength);
}

test('MCP001: a vendor token in env', () => {
  const token = `ghp_${fake.alnum(36)}`;
  const config = vscodeServer({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_TOKEN: token } });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf('MCP001', text);
  assert.equal(findings.length, 1);
  const [finding] = findings as [Finding];
  assert.equal(finding.category, 'secret');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.pointer, '/servers/srv/env/GITHUB_TOKEN');
  assert.equal(coveredText(text, finding), JSON.stringify(token));
  assert.equal(secretText(text, finding), token);
  assert.deepEqual({ ...finding.secret, offset: 0 }, { kind: 'GitHub token', length: 40, offset: 0, valueLength: 40 });
  assert.equal(
    finding.message,
    'GITHUB_TOKEN holds a GitHub token (40 chars) in plain text. Move it to the keychain (MCP Warden: Move Secrets to Keychain) or reference it with ${input:…}.',
  );
});

test('MCP001: a credential name with a random value, no prefix', () => {
  const key = `BSA${fake.alnum(28)}`;
  const findings = findingsOf('MCP001', vscodeServer({ command: 'npx', env: { BRAVE_API_KEY: key, BRAVE_API_URL: 'https://api.search.brave.com' } }));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.secret?.kind, 'API key');
  assert.equal(findings[0]?.pointer, '/servers/srv/env/BRAVE_API_KEY');
});

test('MCP001: args — flag pairs, docker -e, assignments, shell scripts; the range is the element', () => {
  const key = fake.alnum(32);
  const token = `ghp_${fake.alnum(36)}`;
  const config = vscodeServer({
    command: 'docker',
    args: ['run', '-i', '--rm', '-e', `GITHUB_PERSONAL_ACCESS_TOKEN=${token}`, 'ghcr.io/github/github-mcp-server', '--api-key', key, `--token=${fake.alnum(32)}`],
  });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf('MCP001', text);
  assert.deepEqual(
    findings.map((f) => f.pointer),
    ['/servers/srv/args/4', '/servers/srv/args/7', '/servers/srv/args/8'],
  );
  assert.equal(coveredText(text, findings[0] as Finding), JSON.stringify(`GITHUB_PERSONAL_ACCESS_TOKEN=${token}`));
  assert.equal(secretText(text, findings[0] as Finding), token);
  assert.match(findings[0]?.message ?? '', /^Argument 5 \(GITHUB_PERSONAL_ACCESS_TOKEN\) holds a GitHub token/);
  assert.match(findings[1]?.message ?? '', /^The --api-key argument holds an API key \(32 chars\)/);

  const shell = vscodeServer({ command: 'bash', args: ['-c', `GITHUB_TOKEN=${token} npx -y @modelcontextprotocol/server-github`] });
  const shellText = JSON.stringify(shell, null, 2);
  const shellFindings = findingsOf('MCP001', shellText);
  assert.equal(shellFindings.length, 1);
  assert.equal(secretText(shellText, shellFindings[0] as Finding), token);
});

test('MCP001: inputs defaults, OAuth secrets and other server properties', () => {
  const secret = `GOCSPX-${fake.base64url(28)}`;
  const config = {
    inputs: [
      { id: 'github-token', type: 'promptString', password: true, default: `ghp_${fake.alnum(36)}` },
      { id: 'db-password', type: 'promptString', password: true, default: 'hunter2' },
      { id: 'model', type: 'promptString', default: 'gpt-4o' },
      { id: 'empty', type: 'promptString', password: true, default: '' },
      { id: 'pick', type: 'pickString', options: ['a'], default: 'a' },
    ],
    servers: {
      a: { type: 'http', url: 'https://mcp.example.com/mcp', oauth: { clientId: 'my-client-id', clientSecret: secret } },
      b: { type: 'http', url: 'https://mcp.example.com/mcp', auth: { CLIENT_ID: fake.hex(32), CLIENT_SECRET: fake.base64url(40) } },
      c: { command: 'x', settings: { api_key: fake.alnum(40), region: 'eu-west-1' } },
    },
  };
  const findings = findingsOf('MCP001', config);
  assert.deepEqual(
    findings.map((f) => f.pointer),
    ['/inputs/0/default', '/inputs/1/default', '/servers/a/oauth/clientSecret', '/servers/b/auth/CLIENT_SECRET', '/servers/c/settings/api_key'],
  );
  assert.equal(findings[2]?.secret?.kind, 'Google OAuth client secret');
});

test('MCP001: placeholders, references and non-secrets never fire', () => {
  const config = {
    inputs: [{ id: 'token', type: 'promptString', password: true }],
    servers: {
      a: {
        command: 'npx',
        args: ['-y', '@modelcontextprotocol/server-github', '--api-key', '${input:token}', '--token-file', '/run/secrets/token', '--port', '8080'],
        env: {
          GITHUB_TOKEN: '${input:token}',
          OPENAI_API_KEY: '${env:OPENAI_API_KEY}',
          ANTHROPIC_API_KEY: '${ANTHROPIC_API_KEY}',
          BRAVE_API_KEY: '<YOUR_BRAVE_API_KEY>',
          SLACK_BOT_TOKEN: 'xoxb-your-bot-token',
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_REGION: 'us-east-1',
          DB_PASSWORD: 'changeme',
          KEY_FILE: '/etc/mcp/key.pem',
          AUTH_TYPE: 'oauth',
          MAX_TOKENS: '4096',
          CLIENT_ID: fake.hex(32),
          OPENAI_MODEL: 'gpt-4o-mini',
          SECRET_REF: 'op://Private/GitHub/token',
          NODE_TLS_REJECT_UNAUTHORIZED: '1',
          HOME: '${userHome}',
          EMPTY_TOKEN: '',
          NUMBER_TOKEN: 42,
        },
      },
    },
  };
  assert.deepEqual(findingsOf('MCP001', config), []);
  assert.deepEqual(findingsOf('MCP002', config), []);
  assert.deepEqual(findingsOf('MCP003', config), []);
});

test('MCP001: JSONC with comments, escapes in the value, and duplicate keys', () => {
  const token = `ghp_${fake.alnum(36)}`;
  const text = `{
  // the GitHub server
  "servers": {
    "gh": {
      "command": "npx",
      "env": {
        "GITHUB_TOKEN": "${token}", // duplicate, overridden below
        "GITHUB_TOKEN": "\\u0067hp_${token.slice(4)}"
      }
    }
  }
}`;
  const findings = findingsOf('MCP001', text);
  assert.equal(findings.length, 2);
  for (const finding of findings) assert.equal(text.substr(finding.secret?.offset ?? 0, finding.secret?.valueLength ?? 0).endsWith(token.slice(4)), true);
  assert.equal(findings[1]?.secret?.length, 40);
  assert.equal(findings[1]?.secret?.valueLength, 45);
});

test('MCP001: a line can be silenced', () => {
  const token = `ghp_${fake.alnum(36)}`;
  const text = `{
  "servers": { "gh": { "command": "npx", "env": {
    // mcp-warden-disable-next-line MCP001
    "GITHUB_TOKEN": "${token}"
  } } }
}`;
  assert.deepEqual(findingsOf('MCP001', text), []);
});

test('MCP001: one value, one finding — never also MCP002 or MCP003', () => {
  const config = vscodeServer({
    type: 'http',
    url: `https://mcp.example.com/mcp?token=ghp_${fake.alnum(36)}`,
    headers: { Authorization: `Bearer ghp_${fake.alnum(36)}`, 'X-Custom': `ghp_${fake.alnum(36)}` },
  });
  const findings = scan(JSON.stringify(config, null, 2)).findings.filter((f) => f.category === 'secret');
  assert.deepEqual(
    findings.map((f) => `${f.ruleId} ${f.pointer}`),
    ['MCP002 /servers/srv/url', 'MCP003 /servers/srv/headers/Authorization', 'MCP001 /servers/srv/headers/X-Custom'],
  );
});

test('rule docs are filled in', () => {
  for (const rule of [inlineSecret, urlCredentials, staticAuthHeader]) {
    assert.equal(rule.category, 'secret');
    for (const field of ['summary', 'why', 'fix', 'bad', 'good'] as const) {
      assert.ok(rule.docs[field].length > 10 && !rule.docs[field].includes('TODO'), `${rule.id} ${field}`);
    }
    assert.doesNotThrow(() => JSON.parse(rule.docs.bad));
    assert.doesNotThrow(() => JSON.parse(rule.docs.good));
  }
});
