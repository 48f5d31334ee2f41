/** MCP072 — a key written twice in one object: the client silently keeps only the last one. */
import { hasDuplicateKeys, type JsonNode } from '../json/syntax-tree';
import type { Rule, RuleContext } from './rule';

export const duplicateKey: Rule = {
  id: 'MCP072',
  name: 'duplicate-key',
  category: 'duplicate',
  defaultSeverity: 'error',
  securitySeverity: 2.0,
  docs: {
    summary: 'A key (often a server name) appears twice in the same object.',
    why:
      'JSON keeps only the last of two equal keys, so the first definition is silently ignored: a reviewer reads one server, the client runs another.',
    fix: 'Rename one of the two (servers need unique names) or delete the stale one.',
    bad: '{ "mcpServers": { "db": { "command": "a" }, "db": { "command": "b" } } }',
    good: '{ "mcpServers": { "db": { "command": "a" }, "db-readonly": { "command": "b" } } }',
  },
  check(context) {
    // YAML readers refuse a repeated key (TOML parsers too): the file does not load, MCP071 says so.
    if (context.document.format === 'yaml' || context.document.format === 'toml') return;
    if (context.document.root) visit(context.document.root, context, context.dialect.serversKey);
  },
};

function visit(node: JsonNode, context: RuleContext, serversKey: string): void {
  if (node.type === 'array') {
    for (const item of node.items) visit(item, context, serversKey);
    return;
  }
  if (node.type !== 'object') return;
  // Most objects have no duplicate key: found out without a set, and their keys not compared again.
  const seen = hasDuplicateKeys(node.properties) ? new Set<string>() : undefined;
  const isServers = seen !== undefined && node.pointer === `/${serversKey}`;
  for (const property of node.properties) {
    if (seen?.has(property.key)) {
      const what = isServers ? `Server "${property.key}" is defined twice` : `Key "${property.key}" appears twice`;
      context.report({
        message: `${what}; only the last definition is used. Rename or remove one.`,
        offset: property.keyOffset,
        length: property.keyLength,
        pointer: property.value.pointer,
      });
    }
    seen?.add(property.key);
    visit(property.value, context, serversKey);
  }
}
