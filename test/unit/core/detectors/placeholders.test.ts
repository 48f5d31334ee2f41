import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLowInformation, isPlaceholder, longestSequentialRun } from '../../../../src/core/detectors/placeholders';
import { Fake } from './fake';

test('placeholders are recognised', () => {
  for (const value of [
    '',
    '   ',
    '<YOUR_TOKEN>',
    '<token>',
    'your-api-key',
    'YOUR_API_KEY_HERE',
    'your_github_token',
    'xxx',
    'xxxxxxxxxxxxxxxx',
    '****',
    '••••••••',
    'changeme',
    'change_me',
    'replace-me',
    'REPLACE_WITH_YOUR_KEY',
    'TODO',
    '...',
    '[API_KEY]',
    '{{TOKEN}}',
    '{TOKEN}',
    'sk-...',
    'insert-api-key-here',
    'INSERT_TOKEN_HERE',
    'api-key-goes-here',
    'example',
    'example-key-123',
    'dummy',
    'dummy-token-abc123',
    'test',
    'test-key-123',
    'sk_test_abc123',
    'fake',
    'fake_api_key_123',
    'password',
    'Password123',
    'secret',
    'my-secret-123',
    'none',
    'null',
    'N/A',
    'placeholder',
    'redacted',
    '<redacted>',
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    '1234567890',
    '12345678',
    'abcdefghij',
    'abcdef123456',
    'aaaaaaaaaaaa',
    '0000000000000000',
    'abcabcabcabc',
    'qwerty123',
  ]) {
    assert.ok(isPlaceholder(value), JSON.stringify(value));
  }
});

test('real-looking values are not placeholders', () => {
  const fake = new Fake(7);
  for (const value of ['hunter2', 'S3cure!pass', 'Tr0ub4dor&3', 'correct-horse-battery-staple-42', 'P@ssw0rd!x']) {
    assert.ok(!isPlaceholder(value), value);
  }
  // Random tokens contain short words (`deMO`, `tBd`) by chance; that must not make them placeholders.
  let flagged = 0;
  for (let i = 0; i < 2000; i++) if (isPlaceholder(fake.alnum(40))) flagged++;
  assert.ok(flagged <= 2, `${flagged} of 2000 random tokens taken for placeholders`);
  for (let i = 0; i < 200; i++) assert.ok(!isPlaceholder(fake.hex(64)));
});

test('low-information strings: repeats, runs, few distinct characters', () => {
  assert.ok(isLowInformation('aaaa'));
  assert.ok(isLowInformation('abababababab'));
  assert.ok(isLowInformation('12341234'));
  assert.ok(isLowInformation('9876543210'));
  assert.ok(!isLowInformation('k3J9x2Lq8Vw4'));
  assert.equal(longestSequentialRun('xx12345yy'), 5);
  assert.equal(longestSequentialRun('zyxw'), 4);
  assert.equal(longestSequentialRun(''), 0);
});
