/**
 * Precision and recall of the engine, per category, on the labelled corpus
 * (test/fixtures/corpus). Prints the table and every false positive / negative
 * (file, pointer, category, rule — never a value), then holds the targets:
 * secrets ≥ 0.98, every other category ≥ 0.95.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine/scan';
import {
  engineObservations,
  failingTargets,
  findCorpusDir,
  formatMisses,
  formatScoreTable,
  listCorpusFiles,
  loadCorpus,
  nodesByPointer,
  scoreCorpus,
} from '../../quality/score';

const corpusDir = findCorpusDir();
const corpus = loadCorpus(corpusDir);

test('corpus: every file is labelled, every label points at a value', () => {
  const files = listCorpusFiles(corpusDir);
  const labelled = corpus.map((file) => file.path);
  assert.deepEqual(
    files.filter((file) => !labelled.includes(file)),
    [],
    'files missing from labels.json (add them, with [] when clean)',
  );
  assert.ok(files.length >= 80, `corpus has ${files.length} files`);
  const problems: string[] = [];
  for (const file of corpus) {
    const nodes = nodesByPointer(file.text, file.path);
    const seen = new Set<string>();
    for (const label of file.labels) {
      const id = `${label.category} ${label.pointer}`;
      if (seen.has(id)) problems.push(`${file.path}: label twice: ${id}`);
      seen.add(id);
      if (label.category === 'syntax') {
        if (label.pointer !== '') problems.push(`${file.path}: a syntax label's pointer is ""`);
      } else if (!nodes.has(label.pointer)) {
        problems.push(`${file.path}: no value at ${JSON.stringify(label.pointer)} (${label.category})`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('corpus: precision and recall per category meet the targets', () => {
  const unrecognised = corpus.filter((file) => !scanText(file.text, { path: file.absolutePath }).dialect).map((file) => file.path);
  const score = scoreCorpus(corpus.map((file) => ({ file: file.path, labels: file.labels, observations: engineObservations(file) })));
  const report = [
    `corpus: ${corpus.length} files, ${corpus.reduce((n, file) => n + file.labels.length, 0)} labels`,
    formatScoreTable(score),
    formatMisses(score),
    unrecognised.length ? `files no dialect claims (${unrecognised.length}): ${unrecognised.join(', ')}` : 'every file is claimed by a dialect',
  ].join('\n\n');
  console.log(`\n${report}\n`);
  assert.deepEqual(failingTargets(score), [], 'quality targets not met (see the table and the FP/FN lists above)');
});
