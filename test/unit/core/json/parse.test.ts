import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNodeAtPointer, stringValueSpan, type JsonString } from '../../../../src/core/json/syntax-tree';
import { parseDocument } from '../../../../src/core/json/parse';
import { escapePointerSegment, splitPointer } from '../../../../src/core/json/pointer';

test('every value knows its pointer and range, with ~0/~1 escaping', () => {
  const text = '{\n  // comment\n  "servers": {\n    "a/b~c": { "command": "npx", "args": ["-y", "pkg"], },\n  },\n}\n';
  const document = parseDocument(text);
  assert.equal(document.syntaxErrors.length, 0);
  assert.equal(document.comments.length, 1);
  const arg = findNodeAtPointer(document.root, '/servers/a~1b~0c/args/1');
  assert.ok(arg && arg.type === 'string');
  assert.equal(arg.value, 'pkg');
  assert.equal(arg.pointer, '/servers/a~1b~0c/args/1');
  assert.deepEqual(document.rangeAt(arg.offset, arg.length), {
    start: { line: 3, character: 48 },
    end: { line: 3, character: 53 },
  });
});

test('pointer segments round-trip', () => {
  assert.equal(escapePointerSegment('a/b~c'), 'a~1b~0c');
  assert.deepEqual(splitPointer('/x/a~1b~0c/0'), ['x', 'a/b~c', '0']);
  assert.deepEqual(splitPointer(''), []);
});

test('duplicate keys are all kept in source order; lookups take the last', () => {
  const document = parseDocument('{"a": 1, "a": 2}');
  assert.ok(document.root?.type === 'object');
  assert.equal(document.root.properties.length, 2);
  const a = findNodeAtPointer(document.root, '/a');
  assert.equal(a?.type === 'number' && a.value, 2);
});

test('CRLF and CR line endings count as line breaks', () => {
  const document = parseDocument('{\r\n"a":\r"b"}');
  const b = findNodeAtPointer(document.root, '/a');
  assert.deepEqual(b && document.positionAt(b.offset), { line: 2, character: 0 });
});

test('syntax errors are collected, never thrown', () => {
  const document = parseDocument('{"a": [1, 2');
  assert.ok(document.syntaxErrors.length > 0);
});

test('string spans account for escapes', () => {
  const text = '{"k": "a\\"b\\u0041cdef"}';
  const document = parseDocument(text);
  const node = findNodeAtPointer(document.root, '/k') as JsonString;
  assert.equal(node.value, 'a"bAcdef');
  const span = stringValueSpan(text, node, 4, 6); // "cd"
  assert.equal(text.substr(span.offset, span.length), 'cd');
  const quoteSpan = stringValueSpan(text, node, 1, 3); // '"b'
  assert.equal(text.substr(quoteSpan.offset, quoteSpan.length), '\\"b');
});
