/**
 * Claude Desktop: `claude_desktop_config.json` — `mcpServers` of `{command, args, env}`. Strict
 * JSON, no variable substitution (remote servers are added in the app, not in this file).
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { appData, baseName, fieldNames, readerFor, rootHasAny, serversKeyShape, serversUnder, xdgConfigHome } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/claude-desktop.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: [] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const claudeDesktop: Dialect = {
  id: 'claude-desktop',
  label: 'Claude Desktop',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (baseName(path) === 'claude_desktop_config.json' ? 2 : 0),
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    return servers + (rootHasAny(root, ['preferences', 'globalShortcut']) ? 1 : 0);
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(platform, env, home) {
    if (platform === 'darwin') return [`${home}/Library/Application Support/Claude/claude_desktop_config.json`];
    if (platform === 'win32') return [`${appData(env, home)}/Claude/claude_desktop_config.json`];
    return [`${xdgConfigHome(env, home)}/Claude/claude_desktop_config.json`];
  },
  workspaceConfigPaths: [],
  searchFileNames: ['claude_desktop_config.json'],
  schemaFileMatch: ['**/claude_desktop_config.json'],
};
