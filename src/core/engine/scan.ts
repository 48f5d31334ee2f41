/** The engine: text in, findings out. Everything a face (CLI, extension) needs goes through here. */
import { detectDialect, formatForScan } from '../dialects/index';
import type { Dialect, DialectId, McpServer } from '../dialects/dialect';
import type { Finding, SeveritySetting } from '../model';
import type { ParsedDocument } from '../json/syntax-tree';
import { parseAs } from '../json/parse-any';
import { containsReference } from '../analysis/references';
import { ALL_RULES } from '../rules/index';
import type { Report, Rule, RuleContext } from '../rules/rule';
import { reportSyntaxErrors, syntaxError } from '../rules/syntax-error';
import { suppressedLines } from './suppressions';

export interface ScanOptions {
  /** The file's path (used to recognise the dialect). */
  path?: string;
  /** Force a dialect instead of recognising one. */
  dialect?: DialectId;
  /** Per-rule severity overrides, `off` silences a rule. */
  severities?: Record<string, SeveritySetting>;
  /**
   * Ids of the secrets present in the keychain on this machine. When given, a `${keychain:id}`
   * reference to an id not in it is reported (MCP060); when absent, keychain ids are not checked.
   */
  keychainIds?: ReadonlySet<string>;
}

export interface ScanResult {
  /** Undefined when the file is not recognisably an MCP config. */
  dialect: Dialect | undefined;
  document: ParsedDocument;
  servers: McpServer[];
  findings: Finding[];
}

export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const document = parseAs(text, formatForScan(options.path, options.dialect));
  const dialect = detectDialect(options.path, document, options.dialect);
  const servers = dialect ? dialect.servers(document) : [];
  const findings: Finding[] = [];
  if (dialect) {
    for (const rule of ALL_RULES) runRule(rule, { document, dialect, servers, findings, options });
  } else {
    runSyntaxRulesOnly(document, findings, options);
  }
  const suppressed = suppressedLines(document);
  const visible = suppressed.size === 0 ? findings : findings.filter((finding) => !isSuppressed(finding, suppressed));
  visible.sort(byPosition);
  return { dialect, document, servers, findings: dedupe(visible) };
}

interface RunState {
  document: ParsedDocument;
  dialect: Dialect;
  servers: McpServer[];
  findings: Finding[];
  options: ScanOptions;
}

function runRule(rule: Rule, state: RunState): void {
  const setting = state.options.severities?.[rule.id] ?? rule.defaultSeverity;
  if (setting === 'off') return;
  const context: RuleContext = {
    document: state.document,
    dialect: state.dialect,
    servers: state.servers,
    isReference: containsReference,
    keychainIds: state.options.keychainIds,
    report: (report) => state.findings.push(toFinding(rule, setting, report, state.document)),
  };
  rule.check(context);
}

/** A file no dialect claims still gets its syntax checked, so a broken config is not silent. */
function runSyntaxRulesOnly(document: ParsedDocument, findings: Finding[], options: ScanOptions): void {
  const setting = options.severities?.[syntaxError.id] ?? syntaxError.defaultSeverity;
  if (setting === 'off') return;
  reportSyntaxErrors(document, (report) => findings.push(toFinding(syntaxError, setting, report, document)));
}

function toFinding(rule: Rule, severity: Exclude<SeveritySetting, 'off'>, report: Report, document: ParsedDocument): Finding {
  const offset = report.offset ?? report.node?.offset ?? 0;
  const length = report.length ?? report.node?.length ?? 0;
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity,
    message: report.message,
    pointer: report.pointer ?? report.node?.pointer ?? '',
    range: document.rangeAt(offset, length),
    offset,
    length,
  };
  if (report.fix) finding.fix = report.fix;
  if (report.secret) finding.secret = report.secret;
  return finding;
}

function isSuppressed(finding: Finding, suppressed: Map<number, Set<string> | 'all'>): boolean {
  const rules = suppressed.get(finding.range.start.line);
  return rules === 'all' || (rules?.has(finding.ruleId) ?? false);
}

function byPosition(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.ruleId.localeCompare(b.ruleId);
}

/**
 * Two rules may see the same value (a token in a URL and in a header): keep one per rule and
 * place. `findings` is sorted by offset and rule, so findings of one rule at one offset are
 * neighbours, and only their lengths need telling apart.
 */
function dedupe(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  let groupStart = 0;
  for (const finding of findings) {
    const first = kept[groupStart];
    if (!first || first.offset !== finding.offset || first.ruleId !== finding.ruleId) groupStart = kept.length;
    let duplicate = false;
    for (let k = groupStart; k < kept.length && !duplicate; k++) duplicate = (kept[k] as Finding).length === finding.length;
    if (!duplicate) kept.push(finding);
  }
  return kept;
}
