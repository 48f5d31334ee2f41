import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, scan, vscodeServer } from '../../helpers';
import { Fake, vendorSamples } from '../detectors/fake';
import type { Finding } from '../../../../src/core/model';

const fake = new Fake(3003);

test('MCP003: a static Bearer token in Authorization', () => {
  const token = fake.alnum(40);
  const config = vscodeServer({ type: 'http', url: 'https://mcp.example.com/mcp', headers: { Authorization: `Bearer ${token}` } });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf('MCP003', text);
  assert.equal(findings.length, 1);
  const finding = findings[0] as Finding;
  assert.equal(finding.pointer, '/servers/srv/headers/Authorization');
  assert.equal(coveredText(text, finding), JSON.stringify(`Bearer ${token}`));
  assert.equal(text.substr(finding.secret?.offset ?? 0, finding.secret?.valueLength ?? 0), token);
  assert.equal(finding.secret?.kind, 'Bearer token');
  assert.equal(
    finding.message,
    'Header Authorization holds a Bearer token (40 chars) in plain text. Move it to the keychain (MCP Warden: Move Secrets to Keychain) or reference it with ${input:…}.',
  );
  assert.deepEqual(findingsOf('MCP001', text), [], 'no double report');
});

test('MCP003: Basic, token, raw, API-key and cookie headers', () => {
  const config = vscodeServer({
    type: 'http',
    url: 'https://mcp.example.com/mcp',
    headers: {
      'Proxy-Authorization': `Basic ${btoa(`svc:${fake.password(12)}`)}`,
      'X-API-Key': fake.alnum(32),
      'X-Auth-Token': fake.hex(40),
      'Private-Token': `glpat-${fake.base64url(20)}`,
      Cookie: `theme=dark; session=${fake.alnum(32)}`,
      Accept: 'application/json',
      'X-Request-Source': 'vscode',
    },
  });
  const findings = findingsOf('MCP003', config);
  assert.deepEqual(
    findings.map((f) => [f.pointer, f.secret?.kind]),
    [
      ['/servers/srv/headers/Proxy-Authorization', 'Basic credentials'],
      ['/servers/srv/headers/X-API-Key', 'API key'],
      ['/servers/srv/headers/X-Auth-Token', 'Access token'],
      ['/servers/srv/headers/Private-Token', 'GitLab token'],
      ['/servers/srv/headers/Cookie', 'Session cookie'],
    ],
  );
});

test('MCP003: --header arguments (mcp-remote) are headers too', () => {
  const token = fake.alnum(40);
  const config = vscodeServer({ command: 'npx', args: ['-y', 'mcp-remote', 'https://mcp.example.com/sse', '--header', `Authorization: Bearer ${token}`] });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf('MCP003', text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.pointer, '/servers/srv/args/4');
  assert.equal(text.substr(findings[0]?.secret?.offset ?? 0, findings[0]?.secret?.valueLength ?? 0), token);
  assert.match(findings[0]?.message ?? '', /^Argument 5 \(Authorization\) holds a Bearer token/);
});

test('MCP003: references and placeholders in headers do not fire', () => {
  const config = vscodeServer({
    type: 'http',
    url: 'https://mcp.example.com/mcp',
    headers: {
      Authorization: 'Bearer ${input:api-token}',
      'X-API-Key': '${env:API_KEY}',
      'X-Auth-Token': '<your token>',
      Cookie: 'theme=dark',
    },
    args: ['--header', 'Authorization: Bearer ${AUTH_TOKEN}', '--header', 'Authorization:${AUTH_HEADER}'],
  });
  for (const rule of ['MCP001', 'MCP002', 'MCP003']) assert.deepEqual(findingsOf(rule, config), [], rule);
});

test('no secret finding message contains any part of the secret', () => {
  const samples = vendorSamples(fake);
  const env: Record<string, string> = {};
  samples.forEach((sample, i) => {
    env[`SECRET_${i}`] = sample.value;
  });
  const password = fake.password(12);
  const config = {
    inputs: [{ id: 'pw', type: 'promptString', password: true, default: fake.password(10) }],
    servers: {
      a: { command: 'npx', env: { ...env, DB_PASSWORD: password, DATABASE_URL: `postgresql://u:${fake.password(12)}@h/db` } },
      b: {
        type: 'http',
        url: `https://mcp.example.com/mcp?api_key=${fake.alnum(32)}`,
        headers: { Authorization: `Bearer ${fake.alnum(40)}`, 'X-API-Key': fake.alnum(32) },
        args: ['--api-key', fake.alnum(32), `--token=${fake.alnum(32)}`, '--header', `Authorization: Bearer ${fake.alnum(40)}`],
      },
    },
  };
  const text = JSON.stringify(config, null, 2);
  const findings = scan(text).findings.filter((f) => f.category === 'secret');
  assert.equal(findings.length, samples.length + 9);
  for (const finding of findings) {
    assert.ok(finding.secret);
    const secret = JSON.parse(`"${text.substr(finding.secret.offset, finding.secret.valueLength)}"`) as string;
    assert.equal(secret.length, finding.secret.length);
    assert.ok(!finding.message.includes(secret), finding.message);
    // Not even a fragment: no 6-character window of the secret beyond its public prefix appears.
    const body = secret.includes('://') ? secret.slice(secret.lastIndexOf('/') + 1) : secret.replace(/^[A-Za-z]{2,8}[_-](?:[a-z]{2,8}[_-])?/, '');
    for (let i = 0; i + 6 <= body.length; i++) {
      assert.ok(!finding.message.includes(body.slice(i, i + 6)), `${finding.ruleId} message leaks part of the secret: ${body.slice(i, i + 6)} in ${finding.message}`);
    }
    assert.ok(!finding.message.includes('\n'));
  }
});
