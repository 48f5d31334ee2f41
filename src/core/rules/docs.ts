/** Renders docs/rules.md from the rules themselves, so the docs cannot drift from the code. */
import { ALL_RULES } from './index';
import type { Rule } from './rule';

export function renderRulesMarkdown(rules: readonly Rule[] = ALL_RULES): string {
  const lines = [
    '# MCP Warden rules',
    '',
    '<!-- Generated from src/core/rules by `npm run docs`; edit the rule files, not this page. -->',
    '',
    'Every rule has a stable id. Change a severity (or turn a rule off) with the `mcpWarden.rules`',
    'setting, e.g. `"mcpWarden.rules": { "MCP020": "off", "MCP012": "warning" }`. In JSONC files',
    '(`.vscode/mcp.json`, Zed settings) a comment silences the next line:',
    '`// mcp-warden-disable-next-line MCP020` (in TOML and YAML files: `# mcp-warden-disable-next-line MCP020`).',
    '',
    '| id | name | category | default severity | quick fix |',
    '|---|---|---|---|---|',
    ...rules.map((rule) => `| [${rule.id}](#${rule.id.toLowerCase()}) | ${rule.name} | ${rule.category} | ${rule.defaultSeverity} | ${rule.docs.fix.split('. ')[0]?.replace(/\|/g, '\\|') ?? ''} |`),
    '',
  ];
  for (const rule of rules) lines.push(...ruleSection(rule));
  return `${lines.join('\n').trimEnd()}\n`;
}

function ruleSection(rule: Rule): string[] {
  const { docs } = rule;
  return [
    `## ${rule.id}`,
    '',
    `**${rule.name}** · category \`${rule.category}\` · default severity \`${rule.defaultSeverity}\` · security severity ${rule.securitySeverity.toFixed(1)}`,
    '',
    docs.summary,
    '',
    `**Why it matters.** ${docs.why}`,
    '',
    `**What to do.** ${docs.fix}`,
    '',
    'Flagged:',
    '',
    '```jsonc',
    docs.bad,
    '```',
    '',
    'Fine:',
    '',
    '```jsonc',
    docs.good,
    '```',
    '',
  ];
}
