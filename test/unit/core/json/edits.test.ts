import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, removeEntriesEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';

test('removeEntriesEdits keeps the formatting around removed entries', () => {
  const remove = (text: string, indices: number[]): string => {
    const document = parseDocument(text);
    const array = document.root;
    assert.ok(array?.type === 'array');
    const spans = array.items.map((item) => ({ start: item.offset, end: item.offset + item.length }));
    const edits = removeEntriesEdits(text, spans, new Set(indices));
    assert.ok(edits);
    return applyTextEdits(text, edits);
  };
  assert.equal(remove('["a", "b", "c"]', [1]), '["a", "c"]');
  assert.equal(remove('["a", "b", "c"]', [2]), '["a", "b"]');
  assert.equal(remove('["a", "b", "c"]', [1, 2]), '["a"]');
  assert.equal(remove('["a", "b", "c"]', [0]), '["b", "c"]');
  assert.equal(remove('["a"]', [0]), '[]');
  assert.equal(remove('[\n  "a",\n  "b",\n  "c"\n]', [1]), '[\n  "a",\n  "c"\n]');
  assert.equal(remove('[\r\n  "a",\r\n  "b",\r\n  "c"\r\n]', [0, 1]), '[\r\n  "c"\r\n]');
  assert.equal(remove('[\n  "a",\n  "b"\n]', [1]), '[\n  "a"\n]');
  assert.equal(remove('[\n  "a"\n]', [0]), '[\n]');
  // A comment in the way: no minimal edit (callers fall back to a structural one).
  const text = '["a", /* keep */ "b"]';
  const document = parseDocument(text);
  assert.ok(document.root?.type === 'array');
  assert.equal(removeEntriesEdits(text, document.root.items.map((i) => ({ start: i.offset, end: i.offset + i.length })), new Set([0])), undefined);
});
