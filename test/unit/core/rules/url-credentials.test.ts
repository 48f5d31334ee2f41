import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, vscodeServer } from '../../helpers';
import { Fake } from '../detectors/fake';
import type { Finding } from '../../../../src/core/model';

const fake = new Fake(2002);

test('MCP002: a password in a connection string argument', () => {
  const password = fake.password(14);
  const url = `postgresql://app:${password}@db.internal:5432/prod`;
  const config = vscodeServer({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', url] });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf('MCP002', text);
  assert.equal(findings.length, 1);
  const finding = findings[0] as Finding;
  assert.equal(finding.pointer, '/servers/srv/args/2');
  assert.equal(coveredText(text, finding), JSON.stringify(url));
  assert.equal(text.substr(finding.secret?.offset ?? 0, finding.secret?.valueLength ?? 0), password);
  assert.equal(finding.secret?.kind, 'URL password');
  assert.match(finding.message, /^Argument 3 embeds a URL password \(14 chars\) in plain text\./);
  assert.deepEqual(findingsOf('MCP001', text), []);
});

test('MCP002: credentials in env values and in the server url', () => {
  const password = fake.password(12);
  const key = fake.alnum(32);
  const config = {
    servers: {
      db: { command: 'uvx', args: ['mcp-server-db'], env: { DATABASE_URL: `mysql://root:${password}@localhost/app` } },
      remote: { type: 'http', url: `https://mcp.example.com/mcp?profile=work&api_key=${key}` },
      tavily: { type: 'http', url: `https://mcp.tavily.com/mcp/?tavilyApiKey=tvly-dev-${fake.alnum(32)}` },
      userinfo: { type: 'sse', url: `https://bot:${fake.alnum(24)}@mcp.example.com/sse` },
    },
  };
  const findings = findingsOf('MCP002', config);
  assert.deepEqual(
    findings.map((f) => [f.pointer, f.secret?.kind]),
    [
      ['/servers/db/env/DATABASE_URL', 'URL password'],
      ['/servers/remote/url', 'URL API key'],
      ['/servers/tavily/url', 'Tavily API key'],
      ['/servers/userinfo/url', 'URL password'],
    ],
  );
  assert.match(findings[1]?.message ?? '', /^The server URL \(api_key\) embeds a URL API key \(32 chars\)/);
});

test('MCP002: URLs without credentials do not fire', () => {
  const config = {
    servers: {
      a: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', 'postgresql://localhost/mydb'] },
      b: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', 'postgresql://user:password@localhost/mydb'] },
      c: { command: 'npx', env: { DATABASE_URL: 'postgresql://${input:db-user}:${input:db-password}@localhost/mydb' } },
      d: { type: 'http', url: 'https://mcp.example.com/mcp?api_key=${input:key}' },
      e: { type: 'http', url: 'https://mcp.example.com/mcp?api_key=YOUR_API_KEY' },
      f: { type: 'http', url: `https://mcp.example.com/mcp?customerId=${fake.uuid()}&max_tokens=4096` },
      g: { type: 'sse', url: 'http://localhost:3000/sse' },
      h: { command: 'npx', env: { REDIS_URL: 'redis://localhost:6379/0', SENTRY_DSN: `https://${fake.hex(32)}@o12345.ingest.sentry.io/67890` } },
    },
  };
  assert.deepEqual(findingsOf('MCP002', config), []);
  assert.deepEqual(findingsOf('MCP001', config), []);
});
