/** Every dialect, and how a file is matched to one: by path first, by shape second. */
import { asObject, type ParsedDocument } from '../json/syntax-tree';
import { formatOfPath, type SourceFormat } from '../json/source-format';
import type { Dialect, DialectId } from './dialect';
import { vscode } from './vscode';
import { claudeCode } from './claude-code';
import { claudeDesktop } from './claude-desktop';
import { cursor } from './cursor';
import { windsurf } from './windsurf';
import { cline } from './cline';
import { roo } from './roo';
import { gemini } from './gemini';
import { zed } from './zed';
import { copilotCli } from './copilot-cli';
import { codex } from './codex';
import { continueDev } from './continue';
import { goose } from './goose';
import { opencode } from './opencode';
import { kiro } from './kiro';
import { amazonQ } from './amazon-q';
import { visualStudio } from './visual-studio';
import { lmStudio } from './lm-studio';
import { junie } from './junie';

export { vscodeInputs, type VscodeInput } from './vscode-inputs';

/**
 * In tie-break order: on equal scores the earlier wins, so Claude Code (the portable
 * `mcpServers` format) comes before the clients that only differ by a field of their own.
 */
export const DIALECTS: readonly Dialect[] = [
  vscode,
  claudeCode,
  claudeDesktop,
  cursor,
  windsurf,
  cline,
  roo,
  gemini,
  copilotCli,
  zed,
  codex,
  continueDev,
  goose,
  opencode,
  kiro,
  amazonQ,
  visualStudio,
  lmStudio,
  junie,
];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((dialect) => dialect.id === id);
}

/**
 * The dialect of a document: the forced one if given; else the one whose file name it carries
 * (a name unique to a client wins outright; a generic name like `mcp.json` needs the shape to
 * agree); else the one whose shape fits best. Undefined when nothing fits.
 */
export function detectDialect(path: string | undefined, document: ParsedDocument, forced?: DialectId): Dialect | undefined {
  if (forced) return dialectById(forced);
  const root = asObject(document.root);
  const normalizedPath = path?.replace(/\\/g, '/');
  const format = document.format ?? 'json';
  let best: Dialect | undefined;
  let bestScore = 0;
  for (const dialect of DIALECTS) {
    if (!readsFormat(dialect, format)) continue;
    const byPath = normalizedPath ? dialect.pathScore(normalizedPath) : 0;
    const byShape = root ? dialect.shapeScore(root) : 0;
    // A unique path decides even for a broken or empty file; a generic one needs the shape.
    const score = byPath >= 2 ? 100 + byShape : byPath === 1 && byShape > 0 ? 10 + byShape : byShape;
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return best;
}

/** The syntax of a dialect's own files: JSONC is JSON to the parser. */
export function formatOfDialect(dialect: Dialect): SourceFormat {
  return dialect.format === 'jsonc' ? 'json' : dialect.format;
}

/** True when `dialect`'s client reads files written in `format`. */
export function readsFormat(dialect: Dialect, format: SourceFormat): boolean {
  return dialect.reads ? dialect.reads.includes(format) : formatOfDialect(dialect) === format;
}

/** The syntax to parse a file as: its extension's, else the forced dialect's, else JSON. */
export function formatForScan(path: string | undefined, forced: DialectId | undefined): SourceFormat {
  const byPath = formatOfPath(path);
  if (byPath) return byPath;
  const dialect = forced ? dialectById(forced) : undefined;
  return dialect ? formatOfDialect(dialect) : 'json';
}
