import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanUrls } from '../../../../src/core/analysis/urls';
import { findUrlCredentials } from '../../../../src/core/detectors/url';
import { maskReferences } from '../../../../src/core/detectors/detect';
import { Fake } from './fake';

const fake = new Fake(23);

function secretsOf(value: string): string[] {
  const masked = maskReferences(value);
  return findUrlCredentials(masked).map((c) => value.slice(c.start, c.end));
}

test('the password of user:password@host is found', () => {
  const password = fake.password(14);
  for (const url of [
    `postgresql://app:${password}@db.internal:5432/prod`,
    `mysql://root:${password}@localhost/db`,
    `mongodb+srv://admin:${password}@cluster0.ab1cd.mongodb.net/app?retryWrites=true`,
    `redis://:${password}@cache.internal:6379/0`,
    `https://user:${password}@example.com/x`,
    `amqp://svc:${password}@mq/vhost`,
  ]) {
    assert.deepEqual(secretsOf(url), [password], url);
  }
  const token = `ghp_${fake.alnum(36)}`;
  assert.deepEqual(secretsOf(`https://x-access-token:${token}@github.com/org/repo.git`), [token]);
});

test('URLs without credentials, with placeholders or with references are clean', () => {
  for (const url of [
    'postgresql://localhost/mydb',
    'postgresql://user@localhost/mydb',
    'postgresql://user:password@localhost/mydb',
    'postgresql://postgres:postgres@localhost:5432/db',
    'postgresql://user:pass@localhost/mydb',
    'postgresql://user:<password>@localhost/mydb',
    'postgresql://user:${DB_PASSWORD}@localhost/mydb',
    'postgresql://user:${input:db-password}@localhost/mydb',
    'postgresql://${DB_USER}:${DB_PASS}@localhost/mydb',
    'mysql://root:changeme@localhost/db',
    'https://example.com/path?query=value&page=2',
    'https://api.example.com/mcp?client_id=abc123def456ghi789',
    'https://example.com/a@b',
    'http://[::1]:8080/',
  ]) {
    assert.deepEqual(secretsOf(url), [], url);
  }
});

test('credential query parameters are found; other parameters are not', () => {
  const key = fake.alnum(32);
  for (const name of ['api_key', 'apikey', 'apiKey', 'key', 'token', 'access_token', 'secret', 'sig', 'tavilyApiKey', 'exaApiKey', 'auth_token', 'private_token']) {
    const url = `https://mcp.example.com/mcp?profile=work&${name}=${key}&x=1`;
    assert.deepEqual(secretsOf(url), [key], name);
  }
  const password = fake.password(12);
  assert.deepEqual(secretsOf(`jdbc:postgresql://db/app?user=svc&password=${password}`), [password]);
  assert.deepEqual(secretsOf(`https://app.example.com/callback#access_token=${key}&expires_in=3600`), [key]);
  for (const url of [
    'https://mcp.example.com/mcp?api_key=YOUR_API_KEY',
    'https://mcp.example.com/mcp?api_key=${input:key}',
    'https://mcp.example.com/mcp?token=',
    `https://mcp.example.com/mcp?session_id=${fake.uuid()}`,
    `https://mcp.example.com/mcp?customerId=${fake.uuid()}`,
    'https://mcp.example.com/mcp?max_tokens=4096',
    'https://mcp.example.com/mcp?page_token=abc',
  ]) {
    assert.deepEqual(secretsOf(url), [], url);
  }
});

test('URLs are delimited inside longer strings', () => {
  const password = fake.password(12);
  const text = `npx x --db "postgresql://a:${password}@h/db" --other https://b.example.com?x=1`;
  const urls = scanUrls(text);
  assert.equal(urls.length, 2);
  assert.equal(text.slice(urls[0]?.start, urls[0]?.end), `postgresql://a:${password}@h/db`);
  assert.deepEqual(secretsOf(text), [password]);
  assert.equal(scanUrls('a://b://c://').length, 3);
});

test('a key written into the path is found; ids in paths are not', () => {
  const key = btoa(`${fake.uuid()}:${fake.alnum(24)}`);
  assert.deepEqual(secretsOf(`https://mcp.zapier.com/api/mcp/s/${key}/mcp`), [key]);
  const long = fake.base64url(64);
  assert.deepEqual(secretsOf(`https://hooks.example.com/in/${long}`), [long]);
  for (const url of [
    `https://raw.githubusercontent.com/org/repo/${fake.hex(40)}/README.md`,
    `https://mcp.pipedream.net/${fake.uuid()}/github`,
    `https://docs.google.com/spreadsheets/d/1${fake.base64url(43)}/edit`,
    `https://drive.google.com/drive/folders/1${fake.base64url(32)}`,
    'https://example.com/a/very-long-path-segment-made-of-ordinary-words-only/x',
  ]) {
    assert.deepEqual(secretsOf(url), [], url);
  }
});
