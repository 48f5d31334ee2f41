/**
 * Cursor: `.cursor/mcp.json` in a project and `~/.cursor/mcp.json` — `mcpServers`. JSON.
 *
 * stdio `{command, args, env, envFile}`; remote `{url, headers}` (Streamable HTTP, falling back to
 * SSE); an `auth` block `{CLIENT_ID, CLIENT_SECRET, scopes}` for OAuth. `${env:NAME}`,
 * `${userHome}`, `${workspaceFolder}` are expanded.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { anyServerHas, fieldNames, pathEndsWith, readerFor, serversKeyShape, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/cursor.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: ['auth', 'oauth'] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['env-colon', 'predefined', 'keychain'];

export const cursor: Dialect = {
  id: 'cursor',
  label: 'Cursor',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (pathEndsWith(path, '.cursor/mcp.json') ? 2 : 0),
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    return servers + (anyServerHas(root, 'mcpServers', ['auth']) ? 1 : 0);
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths: (_platform, _env, home) => [`${home}/.cursor/mcp.json`],
  workspaceConfigPaths: ['.cursor/mcp.json'],
  schemaFileMatch: ['**/.cursor/mcp.json'],
};
