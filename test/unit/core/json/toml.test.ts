import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseToml } from '../../../../src/core/json/toml';
import { findNodeAtPointer, stringValueSpan, toPlainValue, type JsonString } from '../../../../src/core/json/syntax-tree';

const TEXT = [
  '# top comment',
  'model = "gpt-5"',
  '',
  '[mcp_servers.github]',
  'command = "npx" # trailing',
  "args = ['-y', \"pkg\"]",
  'env = { A = "1", "B C" = "\\u0041\\tx" }',
  'x.y.z = 3',
  '',
  '[[mcp_servers.github.list]]',
  'k = true',
  '[[mcp_servers.github.list]]',
  'k = 2024-01-02',
  '',
].join('\n');

test('toml: the same tree as JSON would give, pointers and all', () => {
  const document = parseToml(TEXT);
  assert.equal(document.format, 'toml');
  assert.deepEqual(document.syntaxErrors, []);
  assert.deepEqual(toPlainValue(document.root!), {
    model: 'gpt-5',
    mcp_servers: { github: { command: 'npx', args: ['-y', 'pkg'], env: { A: '1', 'B C': 'A\tx' }, x: { y: { z: 3 } }, list: [{ k: true }, { k: '2024-01-02' }] } },
  });
  assert.equal(findNodeAtPointer(document.root, '/mcp_servers/github/env/B C')?.pointer, '/mcp_servers/github/env/B C');
  assert.equal(findNodeAtPointer(document.root, '/mcp_servers/github/list/1/k')?.type, 'string');
});

test('toml: offsets cover each value (quotes included), keys point at their name', () => {
  const document = parseToml(TEXT);
  const command = findNodeAtPointer(document.root, '/mcp_servers/github/command')!;
  assert.equal(TEXT.substr(command.offset, command.length), '"npx"');
  const github = findNodeAtPointer(document.root, '/mcp_servers')!;
  assert.equal(github.type, 'object');
  const entry = github.type === 'object' ? github.properties[0] : undefined;
  assert.equal(TEXT.substr(entry!.keyOffset, entry!.keyLength), 'github');
  const literal = findNodeAtPointer(document.root, '/mcp_servers/github/args/0')!;
  assert.equal(TEXT.substr(literal.offset, literal.length), "'-y'");
});

test('toml: a span inside an escaped string maps to the escape in the text', () => {
  const document = parseToml(TEXT);
  const node = findNodeAtPointer(document.root, '/mcp_servers/github/env/B C') as JsonString;
  const a = stringValueSpan(TEXT, node, 0, 1);
  assert.equal(TEXT.substr(a.offset, a.length), '\\u0041');
  const x = stringValueSpan(TEXT, node, 2, 3);
  assert.equal(TEXT.substr(x.offset, x.length), 'x');
});

test('toml: comments are kept with their lines (suppressions read them)', () => {
  const document = parseToml(TEXT);
  assert.deepEqual(document.comments.map((c) => [c.line, c.text]), [[0, '# top comment'], [4, '# trailing']]);
});

test('toml: a syntax error is reported at its place, with no tree', () => {
  for (const [text, line] of [['a = "x\nb = 1\n', 0], ['[t]\na = 1\na = 2\n', 2], ['a = [1, \n', 1]] as const) {
    const document = parseToml(text);
    assert.equal(document.root, undefined);
    assert.equal(document.syntaxErrors.length, 1);
    assert.equal(document.positionAt(document.syntaxErrors[0]!.offset).line, line, text);
    assert.match(document.syntaxErrors[0]!.message, /^Invalid TOML: /);
  }
});
