import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_FORMATS } from '../../../../src/core/detectors/token-formats';
import { findProviderSecrets } from '../../../../src/core/detectors/providers';
import { Fake, vendorSamples } from './fake';

const fake = new Fake(101);

test('every vendor format is found, whole, with its kind', () => {
  for (const { kind, value } of vendorSamples(fake)) {
    const hits = findProviderSecrets(value);
    assert.equal(hits.length, 1, `${kind}: ${hits.length} hits`);
    assert.equal(hits[0]?.kind, kind);
    assert.equal(hits[0]?.start, 0, kind);
    assert.equal(hits[0]?.end, value.trimEnd().length, kind);
  }
});

test('vendor formats are found inside longer strings, at their place', () => {
  for (const { kind, value } of vendorSamples(fake)) {
    if (value.includes('\n')) continue;
    for (const [before, after] of [['Bearer ', ''], ['GITHUB_TOKEN=', ' npx -y server'], ['--key=', ','], ['"', '"'], ['token:', ';']]) {
      const text = `${before}${value}${after}`;
      const hits = findProviderSecrets(text);
      assert.equal(hits.length, 1, `${kind} in ${before}…${after}`);
      assert.deepEqual([hits[0]?.start, hits[0]?.end], [before.length, before.length + value.length], kind);
    }
  }
});

test('a token glued to other letters is not that token', () => {
  assert.deepEqual(findProviderSecrets(`xghp_${fake.alnum(36)}`), []);
  assert.deepEqual(findProviderSecrets(`AKIA${fake.upper(16)}X`), []);
  assert.deepEqual(findProviderSecrets(`AIza${fake.base64url(36)}`), []);
  assert.deepEqual(findProviderSecrets(`task-${fake.alnum(30)}`), []);
  assert.deepEqual(findProviderSecrets(`disk-${fake.alnum(30)}`), []);
});

test('too short bodies and identifiers that share a prefix are not tokens', () => {
  for (const value of [
    'ghp_abc',
    'sk-1234',
    'hf_hub_download_and_cache_the_weights',
    'secret_name_for_the_database_password_x',
    'key-value-store-configuration-file-name',
    'sk-learn-compatible-model-serialization',
    'pattern-matching-engine-for-the-project',
    're_compile_the_pattern_before_using_it_',
    'SKIP_PREFLIGHT_CHECKS_FOR_THE_BUILD_NOW',
    'AKIA',
    'eyJhbGciOiJub25lIn0',
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----',
    '-----BEGIN CERTIFICATE-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END CERTIFICATE-----',
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  ]) {
    assert.deepEqual(findProviderSecrets(value), [], value);
  }
});

test('placeholders in a vendor format are not tokens', () => {
  for (const value of [
    `ghp_${'x'.repeat(36)}`,
    `ghp_${'X'.repeat(36)}`,
    'ghp_your_github_personal_access_token_here',
    'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB',
    'sk-...',
    'sk-your-key-here',
    'sk-proj-your-openai-api-key-goes-here-please',
    'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'sk-ant-api03-your-anthropic-key-here-xxxxxxxxxx',
    'AKIAIOSFODNN7EXAMPLE',
    'AKIAXXXXXXXXXXXXXXXX',
    'xoxb-your-bot-token-goes-here-1234',
    'xoxb-0000000000-0000000000-000000000000000000000000',
    `sk_live_${'0'.repeat(24)}`,
    'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    `npm_${'*'.repeat(36)}`,
    'glpat-xxxxxxxxxxxxxxxxxxxx',
    'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\n<your private key>\n-----END PRIVATE KEY-----',
  ]) {
    assert.deepEqual(findProviderSecrets(value), [], value);
  }
});

test('two tokens in one string are both found, in order', () => {
  const a = `ghp_${fake.alnum(36)}`;
  const b = `sk-proj-${fake.base64url(48)}`;
  const hits = findProviderSecrets(`A=${a} B=${b}`);
  assert.deepEqual(
    hits.map((hit) => hit.kind),
    ['GitHub token', 'OpenAI API key'],
  );
});

test('a private key without an END line runs to the end of the string', () => {
  const value = `-----BEGIN EC PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(20)}`;
  const hits = findProviderSecrets(value);
  assert.equal(hits.length, 1);
  assert.equal(hits[0]?.end, value.length);
});

test('every format has a kind and at least one prefix', () => {
  for (const format of TOKEN_FORMATS) {
    assert.ok(format.kind.length > 0);
    assert.ok(format.prefixes.length > 0);
    assert.ok(format.min > 0);
  }
});
