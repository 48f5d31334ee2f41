import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, namedSpans, shellWords } from '../../../../src/core/detectors/args';

function words(s: string): string[] {
  return shellWords(s).map((w) => s.slice(w.start, w.end));
}

function spans(s: string): Array<[string, string, boolean]> {
  return namedSpans(s).map((span) => [span.name, s.slice(span.start, span.end), span.header]);
}

test('shell words: whitespace splits, quotes group', () => {
  assert.deepEqual(words('npx -y  server'), ['npx', '-y', 'server']);
  assert.deepEqual(words(`curl -H 'Authorization: Bearer abc' "x y"`), ['curl', '-H', 'Authorization: Bearer abc', 'x y']);
  assert.deepEqual(words('A="b c" d'), ['A="b c"', 'd']);
  assert.deepEqual(words('"unterminated'), ['unterminated']);
  assert.deepEqual(words(''), []);
});

test('names given inside a string', () => {
  assert.deepEqual(spans('GITHUB_TOKEN=abc npx -y server'), [['GITHUB_TOKEN', 'abc', false]]);
  assert.deepEqual(spans('export A_KEY="v 1" && run'), [['A_KEY', 'v 1', false]]);
  assert.deepEqual(spans('--api-key=xyz'), [['api-key', 'xyz', false]]);
  assert.deepEqual(spans('server --token xyz --verbose'), [['token', 'xyz', false]]);
  assert.deepEqual(spans('Authorization: Bearer xyz'), [['Authorization', 'Bearer xyz', true]]);
  assert.deepEqual(spans(`curl -H 'X-API-Key: xyz' https://x`), [['X-API-Key', 'xyz', true]]);
  assert.deepEqual(spans('Server=db;User Id=sa;Password=pw1;'), [['Password', 'pw1', false]]);
  assert.deepEqual(spans('{"apiKey":"xyz","region":"eu"}'), [['apiKey', 'xyz', false]]);
  assert.deepEqual(spans('a=1&token=xyz'), [['token', 'xyz', false]]);
  assert.deepEqual(spans('npx -y server --port 80 --token-file /x'), []);
  assert.deepEqual(spans('https://example.com/a?b=c'), []);
  assert.deepEqual(spans('Content-Type: application/json'), []);
});

test('flags name the next element of an args array', () => {
  assert.deepEqual(argNames(['-y', 'pkg', '--api-key', 'X', '--port', '80', '--token', '--other']), [
    undefined,
    undefined,
    undefined,
    'api-key',
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
  assert.deepEqual(argNames(['-e', 'GITHUB_TOKEN', 'image']), [undefined, undefined, undefined]);
  assert.deepEqual(argNames(['--token-file', '/x']), [undefined, undefined]);
  assert.deepEqual(argNames([undefined, 'x']), [undefined, undefined]);
});
