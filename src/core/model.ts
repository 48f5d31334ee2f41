/** Shared vocabulary of the engine: positions, findings, fixes. Pure data, no behaviour. */

/** 0-based line and UTF-16 character, as VS Code and LSP count them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Severity as configured by a user: a severity, or `off` to silence the rule. */
export type SeveritySetting = Severity | 'off';

export const SEVERITY_ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export type Category =
  | 'secret'
  | 'insecure-transport'
  | 'tls-disabled'
  | 'bind-all-interfaces'
  | 'auth-disabled'
  | 'unpinned-package'
  | 'privileged-container'
  | 'shell-wrapper'
  | 'broad-filesystem'
  | 'auto-approve'
  | 'unresolved-reference'
  | 'insecure-input'
  | 'schema'
  | 'syntax'
  | 'duplicate';

/** A text replacement in the original document (same shape as jsonc-parser's `Edit`). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

export interface Fix {
  /** What the user sees on the quick fix, e.g. "Use https://". Never contains a secret. */
  title: string;
  edits: TextEdit[];
  /**
   * True when the fix is the single obvious answer and cannot break a working config
   * (it becomes `isPreferred` and is part of fix-all).
   */
  safe: boolean;
}

/** Masked description of a secret: what it looks like, never what it is. */
export interface SecretInfo {
  /** Human kind, e.g. "GitHub token", "Password in URL", "API key". */
  kind: string;
  /** Length of the secret value in characters. */
  length: number;
  /** Offset and length of the secret inside the document (for the keychain migration). */
  offset: number;
  valueLength: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One line saying what is wrong and what to do. Never contains a secret value. */
  message: string;
  /** RFC 6901 JSON pointer of the value the finding is about ('' for the document). */
  pointer: string;
  range: Range;
  /** Offset and length in the document of the range, for editors that prefer offsets. */
  offset: number;
  length: number;
  fix?: Fix;
  /** Present on secret findings: the masked secret and where it sits, for the keychain move. */
  secret?: SecretInfo;
}

export function maskedSecret(info: Pick<SecretInfo, 'kind' | 'length'>): string {
  return `${info.kind} (${info.length} chars)`;
}
