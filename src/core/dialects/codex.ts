/**
 * OpenAI Codex (CLI, IDE extension, app): `~/.codex/config.toml` (or `$CODEX_HOME/config.toml`)
 * and a trusted project's `.codex/config.toml` — `[mcp_servers.NAME]` tables. TOML.
 *
 * stdio: `command`, `args`, `env`, `env_vars` (names of variables to pass through), `cwd`.
 * Streamable HTTP: `url`, `bearer_token_env_var` (the name of the variable holding the token),
 * `http_headers` (literal values), `env_http_headers` (header -> variable name). An inline
 * `bearer_token` is refused by Codex. `enabled = false` turns a server off;
 * `default_tools_approval_mode = "approve"` (or a tool's `approval_mode`) runs tools without
 * asking. Codex expands no variables in these values.
 */
import { asArray, asObject, asString, getProperty, uniqueProperties, type JsonObject, type JsonString } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { fieldNames, pathEndsWith, readServer, serversKeyShape, serversUnder } from './common';
import type { Dialect, McpServer } from './dialect';
import schema from '../../../schemas/codex.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], typeKeys: [], headersKeys: ['http_headers'], oauthKeys: ['oauth'] });

function readCodexServer(name: string, keyOffset: number, keyLength: number, node: JsonObject): McpServer {
  const server = readServer(name, keyOffset, keyLength, node, FIELDS);
  const autoApprove = approvedTools(node);
  if (autoApprove) server.autoApprove = autoApprove;
  const byName = secretsByName(node);
  if (byName.length > 0) server.secretsByName = byName;
  return server;
}

/** `bearer_token_env_var`, `env_http_headers` and `env_vars`: variables Codex passes on by name. */
function secretsByName(node: JsonObject): NonNullable<McpServer['secretsByName']> {
  const found: NonNullable<McpServer['secretsByName']> = [];
  const bearer = asString(getProperty(node, 'bearer_token_env_var'));
  if (bearer) found.push({ label: 'Authorization (bearer token)', variable: bearer.value, node: bearer, from: 'environment' });
  const headers = asObject(getProperty(node, 'env_http_headers'));
  for (const header of headers ? uniqueProperties(headers) : []) {
    if (header.value.type === 'string') found.push({ label: `${header.key} (header)`, variable: header.value.value, node: header.value, from: 'environment' });
  }
  for (const item of asArray(getProperty(node, 'env_vars'))?.items ?? []) {
    const name = item.type === 'string' ? item : asString(getProperty(item, 'name'));
    if (name) found.push({ label: name.value, variable: name.value, node: name, from: 'environment' });
  }
  return found;
}

/** `default_tools_approval_mode = "approve"` approves all; `tools.X.approval_mode = "approve"` approves X. */
function approvedTools(node: JsonObject): McpServer['autoApprove'] {
  const mode = asString(getProperty(node, 'default_tools_approval_mode'));
  if (mode?.value === 'approve') return { node: mode, tools: [], all: true };
  const tools = asObject(getProperty(node, 'tools'));
  if (!tools) return undefined;
  const approved: JsonString[] = [];
  let first: JsonString | undefined;
  for (const tool of uniqueProperties(tools)) {
    const approval = asString(getProperty(tool.value, 'approval_mode'));
    if (approval?.value !== 'approve') continue;
    first ??= approval;
    approved.push({ type: 'string', value: tool.key, pointer: tool.value.pointer, offset: tool.keyOffset, length: tool.keyLength });
  }
  // Reported at the first `approval_mode = "approve"` (a `tools` table is no allow-list here).
  return first ? { node: first, tools: approved, all: false } : undefined;
}

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const codex: Dialect = {
  id: 'codex',
  label: 'Codex',
  format: 'toml',
  serversKey: 'mcp_servers',
  variableNameKeys: ['bearer_token_env_var', 'env_vars', 'env_http_headers'],
  pathScore(path) {
    if (pathEndsWith(path, '.codex/config.toml')) return 2;
    return /(?:^|\/)config\.toml$/i.test(path) ? 1 : 0;
  },
  shapeScore: (root) => serversKeyShape(root, 'mcp_servers') * 2,
  servers: (document) => serversUnder(document, 'mcp_servers', readCodexServer),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.codex/config.toml'],
  schema,
  userConfigPaths(_platform, env, home) {
    return [`${env.CODEX_HOME || `${home}/.codex`}/config.toml`];
  },
  workspaceConfigPaths: ['.codex/config.toml'],
};
