/**
 * The fast path of `parseDocument` (parse-fast.ts) must build exactly what jsonc-parser's visitor
 * builds: same tree (values, pointers, offsets, lengths, property order), comments and trailing
 * commas — or give up, leaving the text to the visitor. Checked on the corpus, on generated
 * configs and on thousands of mutations of them (most with syntax errors, many without).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParsedDocument } from '../../../../src/core/json/syntax-tree';
import { parseDocument, parseWithVisitor } from '../../../../src/core/json/parse';
import { loadCorpus } from '../../../quality/score';
import { largeVsCodeConfig } from '../../../bench/generate';

/** Everything a parse yields, in a form `deepEqual` compares (positions sampled through the API). */
function shape(document: ParsedDocument): unknown {
  const { root, syntaxErrors, comments, trailingCommas, text } = document;
  return { root, syntaxErrors, comments, trailingCommas, end: document.positionAt(text.length) };
}

function assertSameParse(text: string): void {
  assert.deepStrictEqual(shape(parseDocument(text)), shape(parseWithVisitor(text)), `parse of ${JSON.stringify(text.slice(0, 200))}`);
}

/** Deterministic, like the other property tests (see fuzz.test.ts). */
fc.configureGlobal({ seed: 0x70617273 });

const CORPUS = loadCorpus().map((file) => file.text);
const SOURCES = [...CORPUS, largeVsCodeConfig(30_000, 7).text];

test('corpus and generated configs parse the same on both paths', () => {
  for (const text of SOURCES) assertSameParse(text);
});

/** Pieces that exercise every token the fast path reads, and those it must leave to the visitor. */
const PIECES = [
  '{', '}', '[', ']', ',', ':', '"', '\\', '\\"', '\\u00e9', '\\uD83D\\uDE00', '\\u12', '\\x', '\\/', '/', '//c\n', '/* c */', '/*', '*/',
  '\n', '\r\n', '\r', ' ', '\t', '\v', '\f', '\u00a0', '\ufeff', '\u2028', 'true', 'tru', 'truex', 'false', 'null', 'nul',
  '-', '-0', '0', '01', '1.', '.5', '1e', '1e+', '1E-5', '1.5e3', '123', '1e999', '+1', 'x', '"a"', '""', '\u0001', '😀',
  ',]', ',}', '[]', '{}', '"k":1', '"k":[1,2,],', 'NaN',
];

test('mutated documents parse the same on both paths (or the same errors come out)', () => {
  const mutation = fc.record({
    source: fc.nat(SOURCES.length - 1),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), piece: fc.constantFrom(...PIECES), remove: fc.nat(3) }), { maxLength: 4 }),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  });
  fc.assert(
    fc.property(mutation, ({ source, edits, cut }) => {
      let text = SOURCES[source] ?? '';
      for (const edit of edits) {
        const at = Math.floor(edit.at * text.length);
        text = text.slice(0, at) + edit.piece + text.slice(at + edit.remove);
      }
      if (cut !== undefined) text = text.slice(0, Math.floor(cut * text.length));
      assertSameParse(text);
    }),
    { numRuns: 1500 },
  );
});

test('small documents of any shape parse the same on both paths', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => assertSameParse(pieces.join(''))),
    { numRuns: 3000 },
  );
  fc.assert(fc.property(fc.jsonValue(), (value) => assertSameParse(JSON.stringify(value, null, 1))), { numRuns: 500 });
});

test('deep nesting is left to the visitor, whatever it does with it', () => {
  for (const depth of [10, 255, 256, 257, 1000]) {
    assertSameParse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    assertSameParse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  }
});
