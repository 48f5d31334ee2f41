import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shannonEntropy, isWordLike } from '../../../../src/core/detectors/entropy';
import {
  isEmailLike,
  isHostnameLike,
  isPathLike,
  isUrlLike,
  looksLikePassword,
  looksLikeToken,
} from '../../../../src/core/detectors/values';
import { Fake } from './fake';

const fake = new Fake(11);

test('entropy grows with randomness', () => {
  assert.equal(shannonEntropy(''), 0);
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('abcd'), 2);
  assert.ok(shannonEntropy(fake.alnum(40)) > 4);
});

test('word-like values read as names, random ones do not', () => {
  for (const value of ['gpt-4o-mini', 'us-east-1', 'claude-3-5-sonnet-20241022', 'text-embedding-3-small', 'my_index', 'MyServiceName', 'OPENAI_API_KEY', 'k8s', 'v2.1.0', 'APIKey']) {
    assert.ok(isWordLike(value), value);
  }
  for (const value of [fake.alnum(24), fake.hex(32), fake.uuid(), 'ZSIvYUVvsjohsBCRKkwf', 'S3cure!pass']) {
    assert.ok(!isWordLike(value), value);
  }
});

test('shapes that are never credentials', () => {
  assert.ok(isUrlLike('https://example.com/x'));
  assert.ok(isPathLike('/etc/ssl/private/key.pem'));
  assert.ok(isPathLike('~/.config/token'));
  assert.ok(isPathLike('C:\\Users\\me\\key.json'));
  assert.ok(isPathLike('./secrets/token.txt'));
  assert.ok(!isPathLike(`/${fake.base64(39)}`), 'a base64 secret starting with /');
  assert.ok(isEmailLike('me@example.com'));
  assert.ok(isHostnameLike('api.example.com'));
  assert.ok(isHostnameLike('127.0.0.1:8080'));
  assert.ok(!isHostnameLike(`${fake.alnum(24)}.${fake.alnum(6)}.${fake.alnum(27)}`), 'a dotted token is not a host');
});

test('token bar: random and long enough', () => {
  for (let i = 0; i < 50; i++) {
    assert.ok(looksLikeToken(fake.alnum(32)));
    assert.ok(looksLikeToken(fake.hex(32)));
    assert.ok(looksLikeToken(fake.uuid()));
    assert.ok(looksLikeToken(fake.base64(40)));
  }
  for (const value of ['', 'true', '4096', 'https://api.example.com', '/tmp/key', 'gpt-4o-mini', 'us-east-1', 'me@example.com', 'api.openai.com', '2024-01-01T00:00:00Z', 'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', 'arn:aws:iam::123456789012:role/x', 'abc123', 'your-api-key', 'has space in it 123', `${fake.alnum(10)}\u0000\u0000`]) {
    assert.ok(!looksLikeToken(value), value);
  }
});

test('password bar: human but not trivial', () => {
  for (const value of ['hunter2', 'S3cure!pass', 'Admin123', 'p4ssw0rd!', 'Tr0ub4dor&3', fake.password()]) {
    assert.ok(looksLikePassword(value), value);
  }
  for (const value of ['changeme', 'password', 'secret', 'xxx', 'postgres', 'sunshine', 'Summer', 'admin', 'root', '12345678', 'DB_PASSWORD', 'my-db-pass', 'abc', '']) {
    assert.ok(!looksLikePassword(value), value);
  }
});
