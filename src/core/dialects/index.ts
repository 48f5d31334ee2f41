/** Every dialect, and how a file is matched to one: by path first, by shape second. */
import { asObject, type ParsedDocument } from '../parse';
import type { Dialect, DialectId } from './dialect';
import { vscode } from './vscode';

export const DIALECTS: readonly Dialect[] = [vscode];

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
  let best: Dialect | undefined;
  let bestScore = 0;
  for (const dialect of DIALECTS) {
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
