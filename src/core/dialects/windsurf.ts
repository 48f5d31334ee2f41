/**
 * Windsurf: `~/.codeium/windsurf/mcp_config.json` — `mcpServers`. JSON.
 *
 * stdio `{command, args, env}`; remote `{serverUrl | url, headers}`. `${env:NAME}` and
 * `${file:/path}` are expanded.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { anyServerHas, baseName, fieldNames, normalizePath, readerFor, serversKeyShape, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/windsurf.schema.json';

const FIELDS = fieldNames({
  urlKeys: [
    { key: 'serverUrl', transport: 'http' },
    { key: 'url', transport: 'http' },
  ],
  autoApproveKeys: [],
  oauthKeys: ['oauth'],
});

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['env-colon', 'file', 'keychain'];

export const windsurf: Dialect = {
  id: 'windsurf',
  label: 'Windsurf',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore(path) {
    if (baseName(path) !== 'mcp_config.json') return 0;
    return /\/\.codeium\/[^/]+\/mcp_config\.json$/i.test(normalizePath(path)) ? 2 : 1;
  },
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    return servers + (anyServerHas(root, 'mcpServers', ['serverUrl']) ? 1.5 : 0);
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths: (_platform, _env, home) => [`${home}/.codeium/windsurf/mcp_config.json`, `${home}/.codeium/windsurf-next/mcp_config.json`],
  workspaceConfigPaths: [],
  searchFileNames: ['mcp_config.json'],
  schemaFileMatch: ['**/.codeium/windsurf/mcp_config.json'],
};
