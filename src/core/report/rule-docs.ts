/**
 * Renders the rules' documentation from the rules themselves, so the docs cannot drift from the
 * code: `docs/rules.md` (the index) and `docs/rules/<name>.md` (one page a rule, the page each
 * finding links to). `npm run docs` writes them; a test keeps them in sync.
 */
import { formatOfPath } from '../json/source-format';
import { ALL_RULES } from '../rules/index';
import type { Rule } from '../rules/rule';

/** A generated file, its path relative to `docs/`. */
export interface DocsFile {
  path: string;
  text: string;
}

/** The index and every rule's page. */
export function renderRuleDocs(rules: readonly Rule[] = ALL_RULES): DocsFile[] {
  return [{ path: 'rules.md', text: renderRulesIndex(rules) }, ...rules.map((rule) => ({ path: rulePagePath(rule), text: renderRulePage(rule) }))];
}

/** `rules/<name>.md`, relative to `docs/`. */
export function rulePagePath(rule: Pick<Rule, 'name'>): string {
  return `rules/${rule.name}.md`;
}

export function renderRulesIndex(rules: readonly Rule[] = ALL_RULES): string {
  const lines = [
    '# MCP Warden rules',
    '',
    '<!-- Generated from src/core/rules by `npm run docs`; edit the rule files, not this page. -->',
    '',
    'Every rule has a stable id and a page of its own: what it finds, why it matters, what to do, and',
    'an example that fires and one that does not (a test runs both). Change a severity (or turn a',
    'rule off) with the `mcpWarden.rules` setting, e.g. `"mcpWarden.rules": { "MCP020": "off", "MCP012": "warning" }`.',
    'In JSONC files (`.vscode/mcp.json`, Zed settings) a comment silences the next line:',
    '`// mcp-warden-disable-next-line MCP020` (in TOML and YAML files: `# mcp-warden-disable-next-line MCP020`).',
    '',
    '| id | name | category | default severity | quick fix |',
    '|---|---|---|---|---|',
    ...rules.map((rule) => `| ${rule.id} | [${rule.name}](${rulePagePath(rule)}) | ${rule.category} | ${rule.defaultSeverity} | ${cell(firstSentence(rule.docs.fix))} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export function renderRulePage(rule: Rule): string {
  const { docs } = rule;
  const example = (text: string): string[] => [...(docs.file ? [`In \`${docs.file}\`:`, ''] : []), `\`\`\`${fenceLanguage(docs.file)}`, text, '```'];
  const tags = rule.tags && rule.tags.length > 0 ? ` · tags: ${rule.tags.map((tag) => `\`${tag}\``).join(', ')}` : '';
  const lines = [
    `# ${rule.id} · ${rule.name}`,
    '',
    `<!-- Generated from src/core/rules/${rule.name}.ts by \`npm run docs\`; edit the rule, not this page. -->`,
    '',
    `Category \`${rule.category}\` · default severity \`${rule.defaultSeverity}\` · security severity ${rule.securitySeverity.toFixed(1)}${tags}`,
    '',
    docs.summary,
    '',
    '## Why it matters',
    '',
    docs.why,
    '',
    '## What to do',
    '',
    docs.fix,
    '',
    '## Flagged',
    '',
    ...example(docs.bad),
    '',
    '## Fine',
    '',
    ...example(docs.good),
    '',
    '## Turning it off',
    '',
    `Set \`"mcpWarden.rules": { "${rule.id}": "off" }\` (or another severity) in VS Code's settings, or silence one`,
    `line of a JSONC file with \`// mcp-warden-disable-next-line ${rule.id}\` above it (\`# mcp-warden-disable-next-line ${rule.id}\``,
    'in a TOML or YAML file).',
    '',
    '[All rules](../rules.md)',
  ];
  return `${lines.join('\n')}\n`;
}

/** The Markdown code fence language of an example written as `file` (JSONC unless named otherwise). */
function fenceLanguage(file: string | undefined): string {
  const format = formatOfPath(file);
  return format === 'toml' || format === 'yaml' ? format : 'jsonc';
}

/** Up to the first full stop that ends a sentence (not the one of `e.g.` or `i.e.`). */
function firstSentence(text: string): string {
  return text.split(/(?<!\b(?:e\.g|i\.e))\. /)[0] ?? '';
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
