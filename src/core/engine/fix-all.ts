/**
 * Applies every safe fix in a document. Fixes are computed against one text, so two of them may
 * touch the same array or object; applying one, rescanning, and applying the next keeps each
 * edit valid. The result is one edit over the changed span (one undo step in an editor).
 */
import { scanText, type ScanOptions } from './scan';
import { applyTextEdits, wholeDiff } from '../json/edits';
import type { TextEdit } from '../model';

export interface FixAllResult {
  text: string;
  /** Titles of the fixes applied, in order. */
  applied: string[];
  /** A single edit turning the original text into `text` (absent when nothing changed). */
  edit?: TextEdit;
}

/** Fixes are few per file; the cap only guards against a fix that would not converge. */
const MAX_ROUNDS = 200;

export function fixAll(text: string, options: ScanOptions = {}, accept: (ruleId: string) => boolean = () => true): FixAllResult {
  let current = text;
  const applied: string[] = [];
  const refused = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = scanText(current, options).findings.find((f) => f.fix?.safe && accept(f.ruleId) && !refused.has(key(f.ruleId, f.pointer, f.fix.title)));
    if (!next?.fix) break;
    const after = applyTextEdits(current, next.fix.edits);
    if (after === current) {
      refused.add(key(next.ruleId, next.pointer, next.fix.title));
      continue;
    }
    applied.push(next.fix.title);
    current = after;
  }
  const result: FixAllResult = { text: current, applied };
  if (current !== text) result.edit = wholeDiff(text, current);
  return result;
}

function key(ruleId: string, pointer: string, title: string): string {
  return `${ruleId}\0${pointer}\0${title}`;
}
