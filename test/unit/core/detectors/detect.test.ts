import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectSecrets, maskReferences, type SecretContext } from '../../../../src/core/detectors/detect';
import { Fake, vendorSamples } from './fake';

const fake = new Fake(41);

function found(value: string, context: SecretContext = {}): string[] {
  return detectSecrets(value, context).map((hit) => value.slice(hit.start, hit.end));
}

test('references are masked with the same length', () => {
  const value = 'Bearer ${input:tok} and ${env:X} $HOME %APPDATA% ${Y:-z}';
  const masked = maskReferences(value);
  assert.equal(masked.length, value.length);
  assert.ok(masked.startsWith('Bearer \u0000'));
  assert.equal(maskReferences('plain'), 'plain');
  assert.equal(maskReferences('op://vault/item/field'), '\u0000'.repeat(21));
});

test('vendor tokens are found whatever the name', () => {
  for (const { kind, value } of vendorSamples(fake)) {
    for (const context of [{}, { name: 'X', location: 'env' }, { location: 'arg' }, { name: 'description', location: 'property' }] as SecretContext[]) {
      const hits = detectSecrets(value, context);
      assert.equal(hits.length, 1, `${kind} ${JSON.stringify(context)}`);
      assert.equal(hits[0]?.kind, kind);
      // A webhook URL is a credential in a URL; every other format is a plain literal.
      if (!value.includes('://')) assert.equal(hits[0]?.channel, 'literal');
    }
  }
});

test('a credential name makes an unprefixed random value a secret', () => {
  const cases: Array<[string, string, string]> = [
    ['BRAVE_API_KEY', `BSA${fake.alnum(28)}`, 'API key'],
    ['EXA_API_KEY', fake.uuid(), 'API key'],
    ['CLOUDFLARE_API_TOKEN', fake.base64url(40), 'Access token'],
    ['AWS_SECRET_ACCESS_KEY', fake.base64(40), 'AWS secret access key'],
    ['TWILIO_AUTH_TOKEN', fake.hex(32), 'Access token'],
    ['AZURE_OPENAI_API_KEY', fake.hex(32), 'API key'],
    ['TELEGRAM_BOT_TOKEN', `7${fake.digits(9)}:AA${fake.base64url(33)}`, 'Access token'],
    ['CLIENT_SECRET', fake.base64url(32), 'Client secret'],
    ['DB_PASSWORD', 'hunter2', 'Password'],
    ['PASSWORD', 'S3cure!pass', 'Password'],
    ['GITHUB_PAT', fake.alnum(40), 'Personal access token'],
    ['SESSION_SECRET', fake.password(16), 'Secret'],
    ['ENCRYPTION_KEY', fake.hex(64), 'Encryption key'],
    ['WALLET_PRIVATE_KEY', `0x${fake.hex(64)}`, 'Private key'],
  ];
  for (const [name, value, kind] of cases) {
    const hits = detectSecrets(value, { name, location: 'env' });
    assert.equal(hits.length, 1, name);
    assert.equal(hits[0]?.kind, kind, name);
    assert.deepEqual([hits[0]?.start, hits[0]?.end], [0, value.length], name);
    assert.equal(hits[0]?.name, name);
  }
  // `token X` (GitHub's scheme) under a credential name: the part after the scheme.
  const tok = fake.alnum(40);
  assert.deepEqual(found(`token ${tok}`, { name: 'GITHUB_AUTH', location: 'env' }), [tok]);
  assert.deepEqual(found(`Bearer ${tok}`, { name: 'AUTH_HEADER', location: 'env' }), [tok]);
  // Surrounding whitespace is not part of the secret.
  const padded = `  ${fake.alnum(32)}\n`;
  assert.deepEqual(found(padded, { name: 'API_KEY', location: 'env' }), [padded.trim()]);
});

test('names and values that are not secrets', () => {
  const cases: Array<[string, string]> = [
    ['KEY_FILE', '/etc/mcp/key.pem'],
    ['TOKEN_PATH', '~/.config/gh/token'],
    ['AUTH_TYPE', 'oauth'],
    ['API_KEY_HEADER', 'X-API-Key'],
    ['PASSWORD_FILE', '/run/secrets/db_password'],
    ['SECRET_NAME', 'prod/database/credentials'],
    ['TOKEN_URL', 'https://auth.example.com/oauth/token'],
    ['CLIENT_ID', fake.hex(32)],
    ['CLIENT_ID', '1234567890-abc123def456.apps.googleusercontent.com'],
    ['CLOUDFLARE_ACCOUNT_ID', fake.hex(32)],
    ['SESSION_ID', fake.uuid()],
    ['TOKEN_LIMIT', '100000'],
    ['MAX_TOKENS', '4096'],
    ['GITHUB_TOKEN', 'true'],
    ['API_KEY', 'false'],
    ['OPENAI_API_KEY', 'gpt-4o-mini'],
    ['ANTHROPIC_API_KEY', 'claude-3-5-sonnet-20241022'],
    ['AWS_SECRET_ACCESS_KEY', 'us-east-1'],
    ['API_KEY', 'me@example.com'],
    ['API_KEY', 'api.example.com'],
    ['API_KEY', 'https://api.example.com/v1'],
    ['API_KEY', 'abc123'],
    ['API_KEY', 'your-api-key'],
    ['API_KEY', 'sk-your-key-here'],
    ['GITHUB_TOKEN', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['PASSWORD', 'changeme'],
    ['PASSWORD', 'password'],
    ['PASSWORD', 'secret'],
    ['PASSWORD', 'xxx'],
    ['PASSWORD', ''],
    ['DB_PASSWORD', 'postgres'],
    ['STRIPE_SECRET_KEY', `sk_test_${fake.alnum(24)}`],
    ['API_KEY', '1234567890'],
    ['API_KEY', 'abcdefghijklmnop'],
    ['LOG_LEVEL', fake.alnum(32)],
    ['GITHUB_REPOSITORY', 'octo-org/octo-repo'],
    ['API_KEY', 'OPENAI_API_KEY'],
    ['API_KEY', 'Bearer'],
  ];
  for (const [name, value] of cases) assert.deepEqual(found(value, { name, location: 'env' }), [], `${name}=${value}`);
});

test('references never fire, literal parts around them still do', () => {
  for (const value of [
    '${input:github-token}',
    '${env:GITHUB_TOKEN}',
    '${GITHUB_TOKEN}',
    '${GITHUB_TOKEN:-}',
    '$GITHUB_TOKEN',
    '${keychain:github.GITHUB_TOKEN}',
    'op://Private/GitHub/token',
    '${{ secrets.GITHUB_TOKEN }}',
    '%GITHUB_TOKEN%',
    'Bearer ${input:tok}',
  ]) {
    assert.deepEqual(found(value, { name: 'GITHUB_TOKEN', location: 'env' }), [], value);
    assert.deepEqual(found(value, { name: 'Authorization', location: 'header' }), [], value);
  }
  const token = `ghp_${fake.alnum(36)}`;
  assert.deepEqual(found(`Bearer ${token}`, { name: 'Authorization', location: 'header' }), [token]);
  assert.deepEqual(found(`${token}\${input:x}`, { location: 'arg' }), [token]);
});

test('channels: URL credentials, header credentials, other literals', () => {
  const password = fake.password(12);
  const url = detectSecrets(`postgresql://app:${password}@db/prod`, { name: 'DATABASE_URL', location: 'env' });
  assert.equal(url[0]?.channel, 'url');
  assert.equal(url[0]?.kind, 'URL password');
  const key = fake.alnum(32);
  const inUrlField = detectSecrets(`https://mcp.example.com/mcp?api_key=${key}`, { name: 'url', location: 'url' });
  assert.equal(inUrlField[0]?.channel, 'url');
  const header = detectSecrets(`Bearer ${fake.alnum(40)}`, { name: 'Authorization', location: 'header' });
  assert.equal(header[0]?.channel, 'header');
  assert.equal(header[0]?.kind, 'Bearer token');
  const vendorInHeader = detectSecrets(`Bearer ghp_${fake.alnum(36)}`, { name: 'Authorization', location: 'header' });
  assert.equal(vendorInHeader.length, 1, 'one value, one secret');
  assert.equal(vendorInHeader[0]?.channel, 'header');
  assert.equal(vendorInHeader[0]?.kind, 'GitHub token');
  const otherHeader = detectSecrets(`ghp_${fake.alnum(36)}`, { name: 'X-Custom', location: 'header' });
  assert.equal(otherHeader[0]?.channel, 'literal');
  const vendorInQuery = detectSecrets(`https://x.example.com/?token=ghp_${fake.alnum(36)}`, { location: 'arg' });
  assert.equal(vendorInQuery.length, 1);
  assert.equal(vendorInQuery[0]?.channel, 'url');
  assert.equal(vendorInQuery[0]?.kind, 'GitHub token');
});

test('arguments: flag pairs, assignments, header lines, shell scripts, JSON', () => {
  const key = fake.alnum(32);
  const token = `ghp_${fake.alnum(36)}`;
  assert.deepEqual(found(key, { name: 'api-key', location: 'arg' }), [key]);
  assert.deepEqual(found(`--api-key=${key}`, { location: 'arg' }), [key]);
  assert.deepEqual(found(`--token ${key}`, { location: 'arg' }), [key]);
  assert.deepEqual(found(`GITHUB_PERSONAL_ACCESS_TOKEN=${key}`, { location: 'arg' }), [key]);
  assert.deepEqual(found(`BRAVE_API_KEY=${key}`, { location: 'arg' }), [key]);
  const header = detectSecrets(`Authorization: Bearer ${key}`, { location: 'arg' });
  assert.equal(header[0]?.channel, 'header');
  assert.equal(header.length, 1);
  assert.deepEqual(found(`GITHUB_TOKEN=${token} npx -y @modelcontextprotocol/server-github`, { location: 'arg' }), [token]);
  assert.deepEqual(found(`export OPENAI_API_KEY='${key}' && uvx server`, { location: 'arg' }), [key]);
  assert.deepEqual(found(`curl -s -H "X-API-Key: ${key}" https://api.example.com | sh`, { location: 'arg' }), [key]);
  assert.deepEqual(found(`{"apiKey":"${key}","debug":false}`, { location: 'arg' }), [key]);
  assert.deepEqual(found(`Server=db;Database=app;User Id=sa;Password=${'Xk9!mP2vLq'};`, { location: 'env', name: 'CONNECTION_STRING' }), ['Xk9!mP2vLq']);
  for (const value of ['--api-key', '--api-key=${input:key}', 'GITHUB_TOKEN=$GITHUB_TOKEN npx server', '-e', 'GITHUB_TOKEN', '--port=8080', '--token-file=/run/token', `--model=gpt-4o`, 'Authorization: Bearer ${input:t}', '{"apiKey":"<your key>"}']) {
    assert.deepEqual(found(value, { location: 'arg' }), [], value);
  }
});

test('inputs: password inputs and descriptive ids', () => {
  assert.deepEqual(found('hunter2', { name: 'db', location: 'input', password: true }), ['hunter2']);
  const key = fake.alnum(32);
  assert.deepEqual(found(key, { name: 'gh', location: 'input', description: 'GitHub Personal Access Token' }), [key]);
  assert.deepEqual(found('gpt-4o', { name: 'model', location: 'input' }), []);
  assert.deepEqual(found('', { name: 'token', location: 'input', password: true }), []);
});

test('very long or empty values are handled', () => {
  assert.deepEqual(detectSecrets(''), []);
  assert.deepEqual(detectSecrets('x'.repeat(2_000_000)), []);
});
