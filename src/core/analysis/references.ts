/**
 * Reference syntaxes of every MCP client, in one place. A value made of references is never a
 * secret literal, whichever client reads the file; which of them a client actually expands is
 * the dialect's business (see `Dialect.references`).
 */
import type { ReferenceMatch } from '../dialects/dialect';

export type ReferenceSyntax =
  | 'input' // ${input:id}                 VS Code
  | 'env-colon' // ${env:NAME}             VS Code, Cursor, Windsurf, Roo
  | 'braced' // ${NAME} / ${NAME:-default} Claude Code, Gemini, Copilot, portable .mcp.json
  | 'bare' // $NAME                        Gemini, Copilot
  | 'predefined' // ${workspaceFolder}, ${userHome}, …
  | 'file' // ${file:/path}                 Windsurf
  | 'keychain' // ${keychain:id}            the mcp-warden launcher
  | 'continue' // ${{ secrets.NAME }}       Continue
  | 'percent' // %NAME%                    Gemini on Windows
  | 'curly-env' // {env:NAME}               opencode
  | 'curly-file'; // {file:path}            opencode

// Each pattern is linear and bounded: no nested quantifiers, and every run inside braces has a
// ceiling, so an unclosed `${input:` repeated 100,000 times costs one short look per `$`.
const PATTERNS: Record<ReferenceSyntax, RegExp> = {
  input: /\$\{input:([^}\s]{1,256})\}/g,
  'env-colon': /\$\{env:([A-Za-z_][A-Za-z0-9_]{0,255})\}/g,
  braced: /\$\{([A-Za-z_][A-Za-z0-9_]{0,255})(?::?[-=?+][^}]{0,256})?\}/g,
  // Only upper-case names: a lower-case `$x` inside a password is far more often part of it.
  bare: /\$([A-Z_][A-Z0-9_]{0,255})(?![A-Za-z0-9_])/g,
  predefined:
    /\$\{(workspaceFolder|workspaceFolderBasename|userHome|pathSeparator|cwd|home|workspaceRoot|extensionPath|file|fileDirname|relativeFile|config:[^}\s]{1,256}|command:[^}\s]{1,256})\}/g,
  file: /\$\{file:([^}]{1,1024})\}/g,
  keychain: /\$\{keychain:([^}\s]{1,256})\}/g,
  continue: /\$\{\{ {0,8}(?:secrets|inputs)\.([A-Za-z0-9_.-]{1,256}) {0,8}\}\}/g,
  percent: /%([A-Za-z_][A-Za-z0-9_]{0,255})%/g,
  'curly-env': /\{env:([A-Za-z_][A-Za-z0-9_]{0,255})\}/g,
  'curly-file': /\{file:([^}\s]{1,1024})\}/g,
};

const KIND: Record<ReferenceSyntax, string> = {
  input: 'input',
  'env-colon': 'env',
  braced: 'var',
  bare: 'var',
  predefined: 'predefined',
  file: 'file',
  keychain: 'keychain',
  continue: 'secret',
  percent: 'var',
  'curly-env': 'env',
  'curly-file': 'file',
};

export const ALL_SYNTAXES = Object.keys(PATTERNS) as ReferenceSyntax[];

/** Finds the references of the given syntaxes in `value`, left to right, without overlaps. */
export function findReferences(value: string, syntaxes: readonly ReferenceSyntax[]): ReferenceMatch[] {
  if (value.indexOf('$') < 0 && value.indexOf('%') < 0 && value.indexOf('{') < 0) return [];
  // Earlier syntaxes win where two overlap (`${input:x}` is not also a `${…}` variable). A
  // global regex yields sorted, disjoint matches, so each syntax merges into the kept list in
  // one linear sweep.
  let kept: ReferenceMatch[] = [];
  for (const syntax of syntaxes) {
    const pattern = PATTERNS[syntax];
    pattern.lastIndex = 0;
    const found: ReferenceMatch[] = [];
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      found.push({ kind: KIND[syntax], name: m[1], offset: m.index, length: m[0].length });
    }
    if (found.length > 0) kept = kept.length === 0 ? found : mergeDisjoint(kept, found);
  }
  return kept;
}

/** `kept` plus the matches of `found` that overlap none of `kept`; both sorted, result sorted. */
function mergeDisjoint(kept: readonly ReferenceMatch[], found: readonly ReferenceMatch[]): ReferenceMatch[] {
  const result: ReferenceMatch[] = [];
  let k = 0;
  for (const match of found) {
    const end = match.offset + match.length;
    while (k < kept.length && (kept[k] as ReferenceMatch).offset + (kept[k] as ReferenceMatch).length <= match.offset) result.push(kept[k++] as ReferenceMatch);
    const next = kept[k];
    if (next === undefined || next.offset >= end) result.push(match);
  }
  while (k < kept.length) result.push(kept[k++] as ReferenceMatch);
  return result;
}

/** Secret-manager URIs: the value names where a secret lives, it is not the secret. */
const SECRET_MANAGER_URI = /^(?:op|vault|awssm|gcpsm|azkv|bws|doppler|infisical|keychain|secret|sm):\/\/\S+$/i;

/** True when `value` holds a reference of any client or a secret-manager URI (not a literal). */
export function containsReference(value: string): boolean {
  return SECRET_MANAGER_URI.test(value.trim()) || findReferences(value, ALL_SYNTAXES).length > 0;
}

/**
 * The literal parts of `value` once every reference is cut out, e.g. `Bearer ${input:t}` ->
 * ["Bearer "]. A secret detector runs on these, so `Bearer ${TOKEN}` is not a secret.
 */
export function literalParts(value: string): Array<{ text: string; start: number }> {
  if (SECRET_MANAGER_URI.test(value.trim())) return [];
  const references = findReferences(value, ALL_SYNTAXES);
  if (references.length === 0) return [{ text: value, start: 0 }];
  const parts: Array<{ text: string; start: number }> = [];
  let cursor = 0;
  for (const reference of references) {
    if (reference.offset > cursor) parts.push({ text: value.slice(cursor, reference.offset), start: cursor });
    cursor = reference.offset + reference.length;
  }
  if (cursor < value.length) parts.push({ text: value.slice(cursor), start: cursor });
  return parts;
}
