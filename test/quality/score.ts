/**
 * Scoring of findings against the labelled corpus (test/fixtures/corpus/labels.json).
 *
 * A label is (category, pointer). A finding matches a label when both are equal; several
 * findings on the same (category, pointer) count once. Shared by the corpus-quality test and
 * the bench (which also scores secretlint through `Observation`s it builds itself).
 *
 * Nothing here ever prints a value from a corpus file: only paths, pointers, categories, rule ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { scanText } from '../../src/core/engine/scan';
import type { Category } from '../../src/core/model';
import type { JsonNode } from '../../src/core/json/syntax-tree';
import { parseAs } from '../../src/core/json/parse-any';
import { formatOfPath } from '../../src/core/json/source-format';

export const CATEGORIES: readonly Category[] = [
  'secret',
  'insecure-transport',
  'tls-disabled',
  'bind-all-interfaces',
  'auth-disabled',
  'unpinned-package',
  'privileged-container',
  'shell-wrapper',
  'broad-filesystem',
  'auto-approve',
  'unresolved-reference',
  'insecure-input',
  'schema',
  'syntax',
  'duplicate',
];

/** Minimum precision and recall per category. */
export const TARGETS: Readonly<Record<Category, number>> = Object.fromEntries(
  CATEGORIES.map((category) => [category, category === 'secret' ? 0.98 : 0.95]),
) as Record<Category, number>;

export interface Label {
  pointer: string;
  category: Category;
}

/** Something a scanner reported: where, what kind, and which rule(s) said so. */
export interface Observation {
  pointer: string;
  category: Category;
  ruleId: string;
}

export interface CorpusFile {
  /** Path relative to the corpus folder, forward slashes (the key in labels.json). */
  path: string;
  absolutePath: string;
  text: string;
  labels: Label[];
}

export interface FileResult {
  file: string;
  labels: readonly Label[];
  observations: readonly Observation[];
}

export interface CategoryScore {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  /** Null when nothing was reported in the category (no denominator). */
  precision: number | null;
  /** Null when nothing is labelled in the category. */
  recall: number | null;
}

export interface Miss {
  file: string;
  pointer: string;
  category: Category;
  /** Rules that reported it (false positives); empty for false negatives. */
  ruleIds: string[];
  /**
   * A near miss in the same file and category: for a false negative, where a rule reported
   * instead (a parent, child or sibling pointer); for a false positive, the label it may mean.
   */
  near?: string;
}

export interface CorpusScore {
  categories: CategoryScore[];
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

// ---------- loading ----------

/** The corpus folder, found by walking up from `start` (works from src and from out/). */
export function findCorpusDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'test', 'fixtures', 'corpus');
    if (existsSync(join(candidate, 'labels.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`test/fixtures/corpus/labels.json not found above ${start}`);
    dir = parent;
  }
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** Reads labels.json; throws on a malformed entry so a bad edit fails loudly. */
export function readLabels(corpusDir: string): Map<string, Label[]> {
  const raw: unknown = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8'));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('labels.json: expected an object');
  const labels = new Map<string, Label[]>();
  for (const [file, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw new Error(`labels.json: ${file}: expected an array`);
    labels.set(
      file,
      list.map((entry: unknown, index) => {
        const label = entry as { pointer?: unknown; category?: unknown };
        if (typeof label.pointer !== 'string' || !isCategory(label.category)) {
          throw new Error(`labels.json: ${file}[${index}]: expected { pointer: string, category: Category }`);
        }
        return { pointer: label.pointer, category: label.category };
      }),
    );
  }
  return labels;
}

/** Every config file under the corpus folder (not README.md / labels.json), relative paths. */
export function listCorpusFiles(corpusDir: string): string[] {
  return readdirSync(corpusDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(corpusDir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((file) => file !== 'labels.json' && file !== 'README.md')
    .sort();
}

export function loadCorpus(corpusDir: string = findCorpusDir()): CorpusFile[] {
  const labels = readLabels(corpusDir);
  return [...labels.keys()].sort().map((path) => {
    const absolutePath = join(corpusDir, ...path.split('/'));
    return { path, absolutePath, text: readFileSync(absolutePath, 'utf8'), labels: labels.get(path) ?? [] };
  });
}

// ---------- scanning ----------

/** What our engine reports on one corpus file. */
export function engineObservations(file: Pick<CorpusFile, 'absolutePath' | 'text'>): Observation[] {
  return scanText(file.text, { path: file.absolutePath }).findings.map((finding) => ({
    pointer: finding.pointer,
    category: finding.category,
    ruleId: finding.ruleId,
  }));
}

/**
 * Every JSON value of the document by pointer, duplicates included (a key written twice gives
 * two nodes under one pointer). Used to resolve labels to text positions.
 */
export function nodesByPointer(text: string, path?: string): Map<string, JsonNode[]> {
  const result = new Map<string, JsonNode[]>();
  const visit = (node: JsonNode): void => {
    const list = result.get(node.pointer);
    if (list) list.push(node);
    else result.set(node.pointer, [node]);
    if (node.type === 'object') for (const property of node.properties) visit(property.value);
    else if (node.type === 'array') for (const item of node.items) visit(item);
  };
  // TOML and YAML files are read by their own parser into the same tree (by the file's extension).
  const root = parseAs(text, formatOfPath(path)).root;
  if (root) visit(root);
  return result;
}

// ---------- scoring ----------

const key = (category: string, pointer: string): string => `${category}\u0000${pointer}`;

export function scoreCorpus(results: readonly FileResult[]): CorpusScore {
  const counts = new Map<Category, { tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  for (const result of results) {
    const expected = new Map<string, Label>();
    for (const label of result.labels) expected.set(key(label.category, label.pointer), label);
    const observed = new Map<string, { category: Category; pointer: string; ruleIds: Set<string> }>();
    for (const observation of result.observations) {
      const k = key(observation.category, observation.pointer);
      const entry = observed.get(k) ?? { category: observation.category, pointer: observation.pointer, ruleIds: new Set<string>() };
      entry.ruleIds.add(observation.ruleId);
      observed.set(k, entry);
    }
    const unmatchedLabels = [...expected].filter(([k]) => !observed.has(k)).map(([, label]) => label);
    const unmatchedObserved = [...observed].filter(([k]) => !expected.has(k)).map(([, entry]) => entry);
    for (const [k, entry] of observed) {
      const count = counts.get(entry.category);
      if (!count) continue;
      if (expected.has(k)) {
        count.tp++;
      } else {
        count.fp++;
        const miss: Miss = { file: result.file, pointer: entry.pointer, category: entry.category, ruleIds: [...entry.ruleIds].sort() };
        const near = unmatchedLabels.find((label) => label.category === entry.category && related(label.pointer, entry.pointer));
        if (near) miss.near = `labelled at ${JSON.stringify(near.pointer)}`;
        falsePositives.push(miss);
      }
    }
    for (const label of unmatchedLabels) {
      const count = counts.get(label.category);
      if (count) count.fn++;
      const miss: Miss = { file: result.file, pointer: label.pointer, category: label.category, ruleIds: [] };
      const near = unmatchedObserved.find((entry) => entry.category === label.category && related(label.pointer, entry.pointer));
      if (near) miss.near = `reported at ${JSON.stringify(near.pointer)} by ${[...near.ruleIds].sort().join(',')}`;
      falseNegatives.push(miss);
    }
  }
  const categories = CATEGORIES.map((category): CategoryScore => {
    const { tp, fp, fn } = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    return {
      category,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
    };
  });
  const order = (a: Miss, b: Miss): number =>
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.file.localeCompare(b.file) || a.pointer.localeCompare(b.pointer);
  return { categories, falsePositives: falsePositives.sort(order), falseNegatives: falseNegatives.sort(order) };
}

/** Same pointer family: one contains the other, or both sit in the same server (2+ segments shared). */
function related(a: string, b: string): boolean {
  if (a.startsWith(`${b}/`) || b.startsWith(`${a}/`)) return true;
  const sa = a.split('/');
  const sb = b.split('/');
  let shared = 0;
  while (shared < sa.length && shared < sb.length && sa[shared] === sb[shared]) shared++;
  return shared >= 3; // '' + two segments, e.g. /mcpServers/github
}

/** Categories below target, as readable lines (empty = all targets met). A null ratio passes. */
export function failingTargets(score: CorpusScore, targets: Readonly<Record<Category, number>> = TARGETS): string[] {
  const failures: string[] = [];
  for (const row of score.categories) {
    const target = targets[row.category];
    if (row.precision !== null && row.precision < target) failures.push(`${row.category}: precision ${ratio(row.precision)} < ${target}`);
    if (row.recall !== null && row.recall < target) failures.push(`${row.category}: recall ${ratio(row.recall)} < ${target}`);
  }
  return failures;
}

// ---------- reporting ----------

function ratio(value: number | null): string {
  return value === null ? '  n/a' : value.toFixed(3);
}

export function formatScoreTable(score: CorpusScore, targets: Readonly<Record<Category, number>> = TARGETS): string {
  const header = ['category', 'TP', 'FP', 'FN', 'precision', 'recall', 'target', 'ok'];
  const rows = score.categories.map((row) => {
    const ok = failingTargets({ ...score, categories: [row] }, targets).length === 0;
    return [row.category, String(row.tp), String(row.fp), String(row.fn), ratio(row.precision), ratio(row.recall), String(targets[row.category]), ok ? 'yes' : 'NO'];
  });
  const total = score.categories.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
  rows.push([
    'all',
    String(total.tp),
    String(total.fp),
    String(total.fn),
    ratio(total.tp + total.fp ? total.tp / (total.tp + total.fp) : null),
    ratio(total.tp + total.fn ? total.tp / (total.tp + total.fn) : null),
    '',
    '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** FP and FN lists: file, pointer, category, rule ids. Never a value. */
export function formatMisses(score: CorpusScore): string {
  const lines: string[] = [];
  lines.push(`false positives (${score.falsePositives.length}):`);
  const near = (miss: Miss): string => (miss.near ? `  (${miss.near})` : '');
  for (const miss of score.falsePositives) {
    lines.push(`  FP ${miss.category.padEnd(20)} ${miss.ruleIds.join(',').padEnd(7)} ${miss.file} ${JSON.stringify(miss.pointer)}${near(miss)}`);
  }
  lines.push(`false negatives (${score.falseNegatives.length}):`);
  for (const miss of score.falseNegatives) {
    lines.push(`  FN ${miss.category.padEnd(20)} ${'-'.padEnd(7)} ${miss.file} ${JSON.stringify(miss.pointer)}${near(miss)}`);
  }
  return lines.join('\n');
}
