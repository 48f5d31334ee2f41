/**
 * MCP012 — the deprecated HTTP+SSE transport (`type: "sse"`, a Cline `url` without `type`, a
 * Gemini `url`). Streamable HTTP replaced it in the MCP spec of 2025-03-26.
 */
import type { DialectId, McpServer } from '../dialects/dialect';
import { lazyFix, setValueEdits } from '../json/edits';
import type { Fix } from '../model';
import { getProperty, getPropertyEntry, type JsonNode } from '../json/syntax-tree';
import { joinPointer } from '../json/pointer';
import type { Rule, RuleContext } from './rule';

/** How each client spells Streamable HTTP in `type`, where it has a spelling of its own. */
const STREAMABLE_TYPE: Partial<Record<DialectId, string>> = {
  vscode: 'http',
  'claude-code': 'http',
  'copilot-cli': 'http',
  cline: 'streamableHttp',
  roo: 'streamable-http',
  continue: 'streamable-http',
  goose: 'streamable_http',
  'visual-studio': 'http',
};

const TYPE_KEYS = ['type', 'transportType'];

export const deprecatedSse: Rule = {
  id: 'MCP012',
  name: 'deprecated-sse',
  category: 'insecure-transport',
  defaultSeverity: 'info',
  securitySeverity: 2.0,
  tags: ['deprecated'],
  docs: {
    summary: 'A remote server uses the deprecated HTTP+SSE transport.',
    why:
      'The MCP specification replaced HTTP+SSE with Streamable HTTP (2025-03-26). SSE keeps a long-lived stream plus a separate POST endpoint, lacks the session and resumption rules of the newer transport, and servers and clients are dropping it.',
    fix: 'Switch to Streamable HTTP if the server supports it: `"type": "http"` in VS Code and Claude Code (VS Code still falls back to SSE), `"streamableHttp"` in Cline, `"streamable-http"` in Roo, `httpUrl` instead of `url` in Gemini CLI. Check the server first: the quick fix is not applied by fix-all.',
    bad: '{ "servers": { "remote": { "type": "sse", "url": "https://mcp.example.com/sse" } } }',
    good: '{ "servers": { "remote": { "type": "http", "url": "https://mcp.example.com/mcp" } } }',
  },
  check(context) {
    for (const server of context.servers) {
      if (server.transport !== 'sse') continue;
      const typeNode = typeNodeOf(server);
      const node: JsonNode = typeNode ?? server.url ?? server.node;
      const fix = streamableFix(context, server, typeNode);
      const spelling = STREAMABLE_TYPE[context.dialect.id];
      const suggestion = context.dialect.id === 'gemini' ? 'use "httpUrl" instead of "url"' : spelling ? `use "type": "${spelling}"` : 'use its Streamable HTTP endpoint';
      context.report({
        node,
        message: `Server "${server.name}" uses the deprecated HTTP+SSE transport; if it supports Streamable HTTP, ${suggestion}.`,
        ...(fix ? { fix } : {}),
      });
    }
  },
};

function typeNodeOf(server: McpServer): JsonNode | undefined {
  for (const key of TYPE_KEYS) {
    const node = getProperty(server.node, key);
    if (node) return node;
  }
  return undefined;
}

function streamableFix(context: RuleContext, server: McpServer, typeNode: JsonNode | undefined): Fix | undefined {
  const { document, dialect } = context;
  if (dialect.id === 'gemini') return geminiFix(server);
  const spelling = STREAMABLE_TYPE[dialect.id];
  if (!spelling) return undefined;
  const pointer = typeNode?.pointer ?? joinPointer(server.node.pointer, 'type');
  return lazyFix(`Use Streamable HTTP ("type": "${spelling}")`, false, () => setValueEdits(document, pointer, spelling));
}

/** Gemini: `url` is SSE, `httpUrl` Streamable HTTP; renaming the key switches (unless `type` says otherwise). */
function geminiFix(server: McpServer): Fix | undefined {
  const url = getPropertyEntry(server.node, 'url');
  if (!url || getProperty(server.node, 'httpUrl') || getProperty(server.node, 'type')) return undefined;
  return { title: 'Use Streamable HTTP (httpUrl)', edits: [{ offset: url.keyOffset, length: url.keyLength, content: '"httpUrl"' }], safe: false };
}
