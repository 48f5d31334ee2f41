/**
 * Reference syntaxes of every MCP client, in one place. A value made of references is never a
 * secret literal, whichever client reads the file; which of them a client actually expands is
 * the dialect's business (see `Dialect.references`).
 */
import type { ReferenceMatch } from './dialects/dialect';

export type ReferenceSyntax =
  | 'input' // ${input:id}                 VS Code
  | 'env-colon' // ${env:NAME}             VS Code, Cursor, Windsurf, Roo
  | 'braced' // ${NAME} / ${NAME:-default} Claude Code, Gemini, Copilot, portable .mcp.json
  | 'bare' // $NAME                        Gemini, Copilot
  | 'predefined' // ${workspaceFolder}, ${userHome}, …
  | 'file' // ${file:/path}                 Windsurf
  | 'keychain' // ${keychain:id}            the mcp-warden launcher
  | 'continue' // ${{ secrets.NAME }}       Continue
  | 'percent'; // %NAME%                    Gemini on Windows

// Each pattern is linear: bounded character classes, no nested quantifiers.
const PATTERNS: Record<ReferenceSyntax, RegExp> = {
  input: /\$\{input:([^}\s]+)\}/g,
  'env-colon': /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g,
  braced: /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-=?+][^}]*)?\}/g,
  // Only upper-case names: a lower-case `$x` inside a password is far more often part of it.
  bare: /\$([A-Z_][A-Z0-9_]*)(?![A-Za-z0-9_])/g,
  predefined:
    /\$\{(workspaceFolder|workspaceFolderBasename|userHome|pathSeparator|cwd|home|workspaceRoot|extensionPath|file|fileDirname|relativeFile|config:[^}\s]+|command:[^}\s]+)\}/g,
  file: /\$\{file:([^}]+)\}/g,
  keychain: /\$\{keychain:([^}\s]+)\}/g,
  continue: /\$\{\{\s*(?:secrets|inputs)\.([A-Za-z0-9_.-]+)\s*\}\}/g,
  percent: /%([A-Za-z_][A-Za-z0-9_]*)%/g,
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
};

export const ALL_SYNTAXES = Object.keys(PATTERNS) as ReferenceSyntax[];

/** Finds the references of the given syntaxes in `value`, left to right, without overlaps. */
export function findReferences(value: string, syntaxes: readonly ReferenceSyntax[]): ReferenceMatch[] {
  if (value.indexOf('$') < 0 && value.indexOf('%') < 0) return [];
  const matches: ReferenceMatch[] = [];
  for (const syntax of syntaxes) {
    const pattern = PATTERNS[syntax];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      const offset = m.index;
      const length = m[0].length;
      const overlaps = matches.some((other) => offset < other.offset + other.length && other.offset < offset + length);
      if (!overlaps) matches.push({ kind: KIND[syntax], name: m[1], offset, length });
    }
  }
  return matches.sort((a, b) => a.offset - b.offset);
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
