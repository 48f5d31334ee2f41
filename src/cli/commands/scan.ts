/** `mcp-warden scan [paths…]`: runs the engine over files and prints a report. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scanText } from '../../core/engine/scan';
import { DIALECTS } from '../../core/dialects/index';
import type { DialectId } from '../../core/dialects/dialect';
import { SEVERITY_ORDER, type Severity } from '../../core/model';
import { toJsonReport } from '../../core/report/json';
import type { FileReport } from '../../core/report/report';
import { toSarif } from '../../core/report/sarif';
import { parseArgs, UsageError } from '../args';
import { writeFileAtomic } from '../../node/atomic-write';
import { findConfigsUnder, userConfigs, workspaceConfigs } from '../../node/discover';
import { COLOURS, formatText, NO_COLOURS, wantsColour } from '../format-text';
import type { CliIo } from '../io';
import { VERSION } from '../version';
import { fsErrorText } from '../../node/fs-errors';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

export const SCAN_HELP = `Usage: mcp-warden scan [paths…] [options]

Scans MCP client configs for inline secrets and insecure settings.
Paths may be files or folders (folders are searched for known config files).
With no paths, scans the known config files of the current folder.

Options:
  --format text|json|sarif   output format (default: text)
  --dialect ID               treat every file as this client's format:
                             ${DIALECTS.map((d) => d.id).join(', ')}
  --fail-on LEVEL            exit 1 when a finding at or above LEVEL exists:
                             error (default), warning, info, never
  --user                     also scan the user-level configs of every known client
  --output FILE              write the report to FILE instead of standard output

Exit codes: 0 no failing findings, 1 failing findings, 2 usage or read errors.
`;

export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    values: { '--format': { choices: FORMATS }, '--dialect': { choices: DIALECTS.map((d) => d.id) }, '--fail-on': { choices: FAIL_ON }, '--output': {} },
    switches: ['--user', '--help'],
    aliases: { '-f': '--format', '-h': '--help', '-o': '--output' },
  });
  if (args.switches.has('--help')) {
    io.stdout.write(SCAN_HELP);
    return 0;
  }
  const format = (args.values['--format'] ?? 'text') as (typeof FORMATS)[number];
  const failOn = (args.values['--fail-on'] ?? 'error') as (typeof FAIL_ON)[number];
  const dialect = args.values['--dialect'] as DialectId | undefined;

  const targets = await resolveTargets(args.positionals, args.switches.has('--user'), io);
  const readErrors: string[] = [];
  const reports = await mapLimited(targets, 16, async (path) => scanFile(path, resolve(io.cwd, path), dialect, readErrors));
  const files = reports.filter((report): report is FileReport => report !== undefined);

  const output = render(format, files, io);
  if (args.values['--output']) {
    await writeFileAtomic(resolve(io.cwd, args.values['--output']), output);
  } else {
    io.stdout.write(output);
  }
  for (const error of readErrors) io.stderr.write(`mcp-warden: ${error}\n`);
  if (targets.length === 0) io.stderr.write(`mcp-warden: no MCP config files found${args.positionals.length ? '' : ' in this folder (give paths, or --user)'}\n`);

  if (readErrors.length > 0) return 2;
  return failOn !== 'never' && files.some((file) => file.findings.some((f) => atLeast(f.severity, failOn))) ? 1 : 0;
}

function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold];
}

function render(format: (typeof FORMATS)[number], files: FileReport[], io: CliIo): string {
  if (format === 'json') return `${JSON.stringify(toJsonReport(files), null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(toSarif(files, { toolVersion: VERSION }), null, 2)}\n`;
  return formatText(files, wantsColour(io.stdout.isTTY, io.env) ? COLOURS : NO_COLOURS);
}

/** Files named on the command line (folders expanded), or the workspace's known configs. */
async function resolveTargets(positionals: string[], includeUser: boolean, io: CliIo): Promise<string[]> {
  const targets: string[] = [];
  for (const path of positionals) {
    const kind = await pathKind(resolve(io.cwd, path));
    if (kind === 'missing') throw new UsageError(`no such file or folder: ${path}`);
    if (kind === 'dir') targets.push(...(await findConfigsUnder(resolve(io.cwd, path))).map((found) => displayUnder(path, resolve(io.cwd, path), found)));
    else targets.push(path);
  }
  if (positionals.length === 0) targets.push(...(await workspaceConfigs(io.cwd)).map((p) => relativeToCwd(p, io.cwd)));
  if (includeUser) targets.push(...(await userConfigs(io.env)));
  return [...new Set(targets)];
}

/** A file found under a folder, shown as the folder was given (`examples/x/mcp.json`). */
function displayUnder(given: string, absolute: string, found: string): string {
  return found.startsWith(absolute) ? given.replace(/[\\/]+$/, '') + found.slice(absolute.length) : found;
}

function relativeToCwd(path: string, cwd: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

async function pathKind(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

async function scanFile(path: string, absolutePath: string, dialect: DialectId | undefined, readErrors: string[]): Promise<FileReport | undefined> {
  let text: string;
  try {
    const bytes = await readFile(absolutePath);
    if (bytes.includes(0)) {
      readErrors.push(`${path}: not a text file, skipped`);
      return undefined;
    }
    text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    readErrors.push(`cannot read ${path}: ${fsErrorText(error)}`);
    return undefined;
  }
  const result = scanText(text, dialect ? { path, dialect } : { path });
  return { path, dialect: result.dialect?.id ?? null, findings: result.findings };
}

/** `Promise.all` over `items` with at most `limit` in flight, results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
