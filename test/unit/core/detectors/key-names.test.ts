import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyName, isAuthorizationName, kindForName, nameWords, strengthFor } from '../../../../src/core/detectors/key-names';

test('names are split into words across styles', () => {
  assert.deepEqual(nameWords('OPENAI_API_KEY'), ['openai', 'api', 'key']);
  assert.deepEqual(nameWords('clientSecret'), ['client', 'secret']);
  assert.deepEqual(nameWords('X-API-Key'), ['x', 'api', 'key']);
  assert.deepEqual(nameWords('APIKey'), ['api', 'key']);
  assert.deepEqual(nameWords('--api-key'), ['api', 'key']);
  assert.deepEqual(nameWords('tavilyApiKey'), ['tavily', 'api', 'key']);
});

test('credential names are recognised, with their class', () => {
  const expected: Record<string, string> = {
    GITHUB_TOKEN: 'token',
    GITHUB_PERSONAL_ACCESS_TOKEN: 'token',
    GH_TOKEN: 'token',
    OPENAI_API_KEY: 'key',
    BRAVE_API_KEY: 'key',
    AWS_SECRET_ACCESS_KEY: 'key',
    ACCESS_KEY: 'key',
    KEY: 'key',
    API_KEYS: 'key',
    'X-API-Key': 'key',
    apiKey: 'key',
    exaApiKey: 'key',
    'Ocp-Apim-Subscription-Key': 'key',
    'X-Auth-Token': 'token',
    'Private-Token': 'token',
    CLIENT_SECRET: 'secret',
    clientSecret: 'secret',
    JWT_SECRET: 'secret',
    DB_PASSWORD: 'password',
    PASSWORD: 'password',
    PGPASSWORD: 'password',
    MYSQL_PWD: 'password',
    REDIS_PASS: 'password',
    SSH_PASSPHRASE: 'password',
    GITHUB_PAT: 'pat',
    GOOGLE_CREDENTIALS: 'credential',
    GITHUB_AUTH: 'auth',
    Authorization: 'auth',
    Cookie: 'session',
    SESSION: 'session',
    PRIVATE_KEY: 'private',
    OPENAI_API_KEY_PROD: 'key',
    SECRET_KEY_BASE: 'key',
    TOKEN_2: 'token',
    'api-key': 'key',
    accessToken: 'token',
    refresh_token: 'token',
    authToken: 'token',
  };
  for (const [name, cls] of Object.entries(expected)) assert.equal(classifyName(name), cls, name);
});

test('names that describe a credential without holding one are not credentials', () => {
  for (const name of [
    'KEY_FILE',
    'TOKEN_PATH',
    'AUTH_TYPE',
    'API_KEY_HEADER',
    'PASSWORD_FILE',
    'SECRET_NAME',
    'TOKEN_URL',
    'CLIENT_ID',
    'AWS_ACCESS_KEY_ID',
    'SESSION_ID',
    'TOKEN_LIMIT',
    'MAX_TOKENS',
    'max_tokens',
    'maxTokens',
    'PAGE_TOKEN',
    'PUBLIC_KEY',
    'STRIPE_PUBLISHABLE_KEY',
    'SORT_KEY',
    'SSH_KEY_PATH',
    'TOKEN_EXPIRY',
    'AUTH_ENABLED',
    'AUTH_PROVIDER',
    'SECRET_ARN',
    'KEY_VAULT_NAME',
    'PASS_THROUGH',
    'TOKENIZER',
    'api-key-env',
    'GITHUB_API_URL',
    'OPENAI_MODEL',
    'AWS_REGION',
    'PATH',
    'PORT',
    'anthropic-version',
    'User-Agent',
    'Accept',
    'X-Request-ID',
    'TWILIO_ACCOUNT_SID',
    'MONKEY',
    'KEYCLOAK_REALM',
    'GOOGLE_APPLICATION_CREDENTIALS_FILE',
    '',
  ]) {
    assert.equal(classifyName(name), undefined, name);
  }
  assert.equal(classifyName(undefined), undefined);
});

test('authorization headers, strengths and kinds', () => {
  assert.ok(isAuthorizationName('Authorization'));
  assert.ok(isAuthorizationName('proxy-authorization'));
  assert.ok(!isAuthorizationName('X-Authorization-Mode'));
  assert.equal(strengthFor('password'), 'password');
  assert.equal(strengthFor('secret'), 'password');
  assert.equal(strengthFor('token'), 'token');
  assert.equal(kindForName('key', 'AWS_SECRET_ACCESS_KEY'), 'AWS secret access key');
  assert.equal(kindForName('key', 'OPENAI_API_KEY'), 'API key');
  assert.equal(kindForName('secret', 'CLIENT_SECRET'), 'Client secret');
  assert.equal(kindForName('password', 'DB_PASSWORD'), 'Password');
  assert.equal(kindForName('pat', 'GITHUB_PAT'), 'Personal access token');
});
