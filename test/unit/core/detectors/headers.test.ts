import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorizationCredential, cookieCredential, findSchemeCredentials, headerCredential } from '../../../../src/core/detectors/headers';
import { maskReferences } from '../../../../src/core/detectors/detect';
import { Fake } from './fake';

const fake = new Fake(31);

function credential(name: string, value: string): string | undefined {
  const found = headerCredential(name, maskReferences(value));
  return found ? value.slice(found.start, found.end) : undefined;
}

test('Authorization: Bearer, token, raw, Basic', () => {
  const token = fake.alnum(40);
  assert.equal(credential('Authorization', `Bearer ${token}`), token);
  assert.equal(credential('authorization', `bearer ${token}`), token);
  assert.equal(credential('Authorization', `token ${token}`), token);
  assert.equal(credential('Authorization', `  Bearer   ${token}  `), token);
  assert.equal(credential('Authorization', token), token);
  assert.equal(credential('Proxy-Authorization', `Bearer ${token}`), token);
  const basic = btoa(`svc:${fake.password(12)}`);
  assert.equal(credential('Authorization', `Basic ${basic}`), basic);
  assert.equal(authorizationCredential(`Bearer ${token}`)?.kind, 'Bearer token');
  assert.equal(authorizationCredential(`Basic ${basic}`)?.kind, 'Basic credentials');
});

test('Authorization values that are not static credentials', () => {
  for (const value of [
    'Bearer ${input:token}',
    'Bearer ${env:TOKEN}',
    'Bearer ${TOKEN}',
    'Bearer $TOKEN',
    'Bearer <token>',
    'Bearer YOUR_TOKEN',
    'Bearer',
    '',
    `Basic ${btoa('user:password')}`,
    `Basic ${btoa('admin:admin')}`,
    'Bearer xxxxxxxxxxxxxxxxxxxx',
  ]) {
    assert.equal(credential('Authorization', value), undefined, value);
  }
});

test('API-key headers hold credentials; other headers do not', () => {
  const key = fake.alnum(32);
  for (const name of ['X-API-Key', 'x-api-key', 'Api-Key', 'X-Auth-Token', 'Private-Token', 'X-Goog-Api-Key', 'Ocp-Apim-Subscription-Key', 'X-Subscription-Token']) {
    assert.equal(credential(name, key), key, name);
  }
  assert.equal(credential('X-API-Key', `Bearer ${key}`), key);
  for (const name of ['Accept', 'User-Agent', 'Content-Type', 'X-Request-ID', 'anthropic-version', 'X-Tenant']) {
    assert.equal(credential(name, key), undefined, name);
  }
  assert.equal(credential('X-API-Key', 'demo'), undefined);
});

test('cookies and Bearer written anywhere', () => {
  const session = fake.alnum(32);
  const cookie = `theme=dark; session=${session}`;
  const found = cookieCredential(cookie);
  assert.equal(found && cookie.slice(found.start, found.end), session);
  assert.equal(credential('Cookie', cookie), session);
  assert.equal(credential('Cookie', 'theme=dark; lang=en'), undefined);
  const token = fake.alnum(40);
  const text = `curl -H "Authorization: Bearer ${token}" https://x`;
  const hits = findSchemeCredentials(text);
  assert.equal(hits.length, 1);
  assert.equal(text.slice(hits[0]?.start, hits[0]?.end), token);
  assert.deepEqual(findSchemeCredentials('use a Bearer token here'), []);
});
