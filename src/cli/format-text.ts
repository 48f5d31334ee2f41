/** The `--format text` report: for people, `file:line:col  severity  id  message`, colour on a TTY. */
import type { Severity } from '../core/model';
import type { FileReport } from '../core/report/report';
import { DIALECTS } from '../core/dialects/index';

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
export const COLOURS: Palette = { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
const identity = (text: string): string => text;
export const NO_COLOURS: Palette = { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity };

/** Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function wantsColour(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

export function formatText(files: readonly FileReport[], palette: Palette): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let filesWithFindings = 0;
  for (const file of files) {
    const label = file.dialect ? (DIALECTS.find((d) => d.id === file.dialect)?.label ?? file.dialect) : 'not an MCP config';
    if (file.findings.length === 0) {
      lines.push(`${palette.dim('✓')} ${file.path} ${palette.dim(`(${label})`)}`);
      continue;
    }
    filesWithFindings++;
    lines.push(`${palette.bold(file.path)} ${palette.dim(`(${label})`)}`);
    for (const finding of file.findings) {
      counts[finding.severity]++;
      const where = `${file.path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      lines.push(`  ${where}  ${severityLabel(finding.severity, palette)}  ${palette.dim(finding.ruleId)}  ${finding.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  lines.push('');
  if (total === 0) {
    lines.push(`No problems in ${plural(files.length, 'file')}.`);
  } else {
    const summary = `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(filesWithFindings, 'file')} of ${files.length}`;
    lines.push(counts.error > 0 ? palette.red(`✖ ${summary}`) : palette.yellow(`⚠ ${summary}`));
  }
  return `${lines.join('\n')}\n`;
}

function severityLabel(severity: Severity, palette: Palette): string {
  if (severity === 'error') return palette.red('error  ');
  if (severity === 'warning') return palette.yellow('warning');
  return palette.blue('info   ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
