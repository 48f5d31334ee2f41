/**
 * MCP050 — tools approved to run without asking: `alwaysAllow` / `autoApprove` lists, Gemini
 * `trust: true`, Copilot `tools: ["*"]`. An empty list approves nothing and is fine; a Copilot
 * `tools` list without `"*"` is an allowlist of the tools offered, not an approval.
 */
import type { JsonNode } from '../json/syntax-tree';
import type { Rule } from './rule';

/** How many tool names a message lists before it says "and N more". */
const NAMES_SHOWN = 3;

export const autoApprovedTools: Rule = {
  id: 'MCP050',
  name: 'auto-approved-tools',
  category: 'auto-approve',
  defaultSeverity: 'warning',
  securitySeverity: 5.0,
  docs: {
    summary: 'Tools are approved to run without asking (`alwaysAllow`, `autoApprove`, Gemini `trust: true`, Copilot `tools: ["*"]`).',
    why:
      'The confirmation prompt is the last line of defence against prompt injection: text in a web page, an issue or a file can ask the model to call a tool, and an auto-approved tool then runs with no human in the loop. Approving every tool of a server, or tools that write, delete, send or execute, hands that decision to whoever wrote the text the model reads.',
    fix: 'Approve only read-only tools you have reviewed, by name; remove `trust: true` and `"*"`.',
    bad: '{ "mcpServers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "alwaysAllow": ["create_or_update_file", "push_files"] } } }',
    good: '{ "mcpServers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "alwaysAllow": [] } } }',
  },
  check(context) {
    for (const server of context.servers) {
      const approval = server.autoApprove;
      if (!approval) continue;
      const tools = approval.tools.map((tool) => tool.value.trim()).filter((name) => name !== '');
      if (!approval.all && (tools.length === 0 || isToolAllowlist(approval.node))) continue;
      const message = approval.all
        ? `Server "${server.name}" auto-approves every tool: each one runs without asking, so a prompt injection can use them all. Approve reviewed read-only tools by name instead.`
        : `Server "${server.name}" auto-approves ${tools.length} tool${tools.length === 1 ? '' : 's'} (${namesOf(tools)}): they run without asking. Keep only reviewed read-only tools.`;
      context.report({ node: approval.node, message });
    }
  },
};

/**
 * Copilot's `tools` names the tools a server may offer at all; only `"*"` there means "every
 * tool, without approval". `autoApprove` / `alwaysAllow` lists approve what they name.
 */
function isToolAllowlist(node: JsonNode): boolean {
  return node.pointer.endsWith('/tools');
}

function namesOf(tools: string[]): string {
  const shown = tools.slice(0, NAMES_SHOWN).join(', ');
  return tools.length > NAMES_SHOWN ? `${shown} and ${tools.length - NAMES_SHOWN} more` : shown;
}
