/**
 * Claude Code: the project's `.mcp.json`, the user file `~/.claude.json` (servers at the top
 * level, and per project under `projects.<path>.mcpServers`), and `managed-mcp.json`. JSON.
 *
 * `type` is `stdio` (the default), `http`, `sse` or `ws`; `headersHelper` names a command that
 * prints headers. `${VAR}` and `${VAR:-default}` are expanded in command, args, env, url, headers.
 * `.mcp.json` is also the portable name other clients read (VS Code, Copilot), so the path alone
 * does not decide: the shape must agree.
 */
import { asObject, getProperty, uniqueProperties, type JsonObject, type ParsedDocument } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import {
  anyServerHas,
  anyServerType,
  baseName,
  fieldNames,
  readerFor,
  rootHasAny,
  serversIn,
  serversKeyShape,
} from './common';
import type { Dialect, McpServer } from './dialect';
import schema from '../../../schemas/claude-code.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: ['oauth'] });
const read = readerFor(FIELDS);

/** Top-level keys only `~/.claude.json` has. */
const USER_FILE_KEYS = ['projects', 'numStartups', 'userID', 'oauthAccount', 'firstStartTime', 'installMethod', 'autoUpdates', 'tipsHistory'];

/** The `projects.<path>` objects of `~/.claude.json`. */
function projects(root: JsonObject | undefined): Array<{ path: string; node: JsonObject }> {
  const container = asObject(getProperty(root, 'projects'));
  if (!container) return [];
  const result: Array<{ path: string; node: JsonObject }> = [];
  for (const property of uniqueProperties(container)) {
    const node = asObject(property.value);
    if (node) result.push({ path: property.key, node });
  }
  return result;
}

function projectsHaveServers(root: JsonObject): boolean {
  return projects(root).some((project) => asObject(getProperty(project.node, 'mcpServers')) !== undefined);
}

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['braced', 'keychain'];

export const claudeCode: Dialect = {
  id: 'claude-code',
  label: 'Claude Code',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore(path) {
    const name = baseName(path);
    if (name === '.claude.json' || name === 'managed-mcp.json') return 2;
    if (name === '.mcp.json') return 1;
    return 0;
  },
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    const userFile = rootHasAny(root, USER_FILE_KEYS) ? 1 : 0;
    if (servers === 0) return projectsHaveServers(root) ? 2 + userFile : 0;
    // The plain `{command,args,env}` shape is Claude Code's by default: the small bonus breaks
    // the tie with the other `mcpServers` clients, which need a field of their own to win.
    let score = servers + 0.1 + userFile;
    if (anyServerHas(root, 'mcpServers', ['headersHelper', 'alwaysLoad']) || anyServerType(root, 'mcpServers', ['ws'])) score += 1;
    return score;
  },
  servers(document: ParsedDocument): McpServer[] {
    const root = asObject(document.root);
    const servers = serversIn(getProperty(root, 'mcpServers'), read);
    for (const project of projects(root)) servers.push(...serversIn(getProperty(project.node, 'mcpServers'), read, project.path));
    return servers;
  },
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(platform, env, home) {
    const configDir = env.CLAUDE_CONFIG_DIR;
    const user = configDir ? [`${configDir}/.claude.json`] : [`${home}/.claude.json`];
    if (platform === 'darwin') return [...user, '/Library/Application Support/ClaudeCode/managed-mcp.json'];
    if (platform === 'win32') {
      const programFiles = env.ProgramFiles || 'C:/Program Files';
      const programData = env.ProgramData || 'C:/ProgramData';
      return [...user, `${programFiles}/ClaudeCode/managed-mcp.json`, `${programData}/ClaudeCode/managed-mcp.json`];
    }
    return [...user, '/etc/claude-code/managed-mcp.json'];
  },
  workspaceConfigPaths: ['.mcp.json'],
  schemaFileMatch: ['**/.mcp.json'],
};
