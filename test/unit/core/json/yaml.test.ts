import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../../src/core/json/yaml';
import { findNodeAtPointer, stringValueSpan, toPlainValue, type JsonString } from '../../../../src/core/json/syntax-tree';

const TEXT = [
  '# top',
  'mcpServers:',
  '  - name: gh # trailing',
  '    command: npx',
  '    args: ["-y", pkg]',
  '    env:',
  "      A: 'it''s'",
  '      B: "\\u0041x"',
  '      C: |',
  '        line one',
  '        line two',
  '      D:',
  '      E: &anchor plain value',
  '      F: *anchor',
  '      G: 12',
  '      H: true',
  '',
].join('\n');

test('yaml: the same tree as JSON would give (1.2 core schema, aliases resolved)', () => {
  const document = parseYaml(TEXT);
  assert.equal(document.format, 'yaml');
  assert.deepEqual(document.syntaxErrors, []);
  assert.deepEqual(toPlainValue(document.root!), {
    mcpServers: [{ name: 'gh', command: 'npx', args: ['-y', 'pkg'], env: { A: "it's", B: 'Ax', C: 'line one\nline two\n', D: null, E: 'plain value', F: 'plain value', G: 12, H: true } }],
  });
});

test('yaml: offsets cover each value, spans map through quotes, escapes and block indentation', () => {
  const document = parseYaml(TEXT);
  const command = findNodeAtPointer(document.root, '/mcpServers/0/command')!;
  assert.equal(TEXT.substr(command.offset, command.length), 'npx');
  const a = findNodeAtPointer(document.root, '/mcpServers/0/env/A') as JsonString;
  const quote = stringValueSpan(TEXT, a, 2, 3);
  assert.equal(TEXT.substr(quote.offset, quote.length), "''");
  const b = findNodeAtPointer(document.root, '/mcpServers/0/env/B') as JsonString;
  const escaped = stringValueSpan(TEXT, b, 0, 1);
  assert.equal(TEXT.substr(escaped.offset, escaped.length), '\\u0041');
  const c = findNodeAtPointer(document.root, '/mcpServers/0/env/C') as JsonString;
  const two = stringValueSpan(TEXT, c, 9, 17);
  assert.equal(TEXT.substr(two.offset, two.length), 'line two');
});

test('yaml: comments found by the lexer, not inside strings', () => {
  const document = parseYaml('a: "x # not a comment" # a comment\n# b\n');
  assert.deepEqual(document.comments.map((c) => [c.line, c.text]), [[0, '# a comment'], [1, '# b']]);
  const text = 'x:\n  a: 1\n  b: [1, 2] # after flow\n  # own line\n  c: "q" # after quotes\n';
  for (const comment of parseYaml(text).comments) assert.equal(text.substr(comment.offset, comment.length), comment.text);
  assert.equal(parseYaml(text).comments.length, 3);
});

test('yaml: errors reported at their place while a tree is still recovered', () => {
  const document = parseYaml('a: [1, 2\nb: c\n');
  assert.ok(document.syntaxErrors.length > 0);
  assert.match(document.syntaxErrors[0]!.message, /^Invalid YAML: /);
  const duplicate = parseYaml('a: 1\na: 2\n');
  assert.equal(duplicate.positionAt(duplicate.syntaxErrors[0]!.offset).line, 1);
  assert.match(duplicate.syntaxErrors[0]!.message, /unique/);
  assert.equal(parseYaml('').root, undefined);
});
