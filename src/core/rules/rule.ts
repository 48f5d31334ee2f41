/**
 * A rule: a stable id, a category, a default severity, documentation, and a check that reports
 * findings through its context. One rule (or one tight family) per file, named for what it finds.
 */
import type { Dialect, McpServer } from '../dialects/dialect';
import type { Category, Fix, SecretInfo, Severity } from '../model';
import type { JsonNode, ParsedDocument } from '../json/syntax-tree';

export interface RuleDocs {
  /** One line: what the rule finds. */
  summary: string;
  /** Why it matters, in a short paragraph. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** A config snippet that fires (a test checks it does); secrets in it are fake, in a real format. */
  bad: string;
  /** The same snippet, fixed (or a look-alike that must not fire; a test checks it does not). */
  good: string;
  /**
   * The file both snippets are written as, when they are not a JSON config recognised by its shape
   * (`.continue/mcpServers/internal.yaml`): the client and the syntax (TOML, YAML) follow from it.
   */
  file?: string;
}

/**
 * What the faces do differently for a rule's findings, so that no face names a rule id:
 * `deprecated` — the finding is about a deprecated feature (VS Code strikes it through).
 */
export type RuleTag = 'deprecated';

export interface Rule {
  id: string;
  /** Short name, e.g. "inline-secret": the rule's file (`rules/<name>.ts`), test and docs page share it. */
  name: string;
  category: Category;
  defaultSeverity: Severity;
  docs: RuleDocs;
  /** SARIF `security-severity` (0–10): how bad a hit is for GitHub code scanning. */
  securitySeverity: number;
  tags?: readonly RuleTag[];
  check(context: RuleContext): void;
}

/** Where the rules' pages are published: the repository's `docs/rules/` folder. */
export const RULE_DOCS_BASE_URL = 'https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules';

/** The https page of a rule (`docs/rules/<name>.md`), for the editor's code link, SARIF `helpUri` and the docs index. */
export function ruleDocsUrl(rule: Pick<Rule, 'name'>): string {
  return `${RULE_DOCS_BASE_URL}/${rule.name}.md`;
}

export interface Report {
  /** The value the finding is about; its pointer and range are used unless overridden. */
  node?: JsonNode;
  /** Override the range (document offsets), e.g. a secret inside a longer string or a key. */
  offset?: number;
  length?: number;
  /** Override the pointer (defaults to the node's, or '' without a node). */
  pointer?: string;
  message: string;
  fix?: Fix;
  secret?: SecretInfo;
}

export interface RuleContext {
  document: ParsedDocument;
  dialect: Dialect;
  servers: McpServer[];
  /** True when `value` (a whole string) is a reference or a template, not a literal. */
  isReference(value: string): boolean;
  /** Secret ids present in the keychain, when the caller knows them (see ScanOptions). */
  keychainIds: ReadonlySet<string> | undefined;
  report(report: Report): void;
}
