/**
 * JetBrains Junie: `~/.junie/mcp/mcp.json` and a project's `.junie/mcp/mcp.json` —
 * `mcpServers`. JSON. (JetBrains AI Assistant keeps its MCP servers in the IDE's settings, not
 * in a file of its own.)
 *
 * stdio `command`, `args`, `env` (the only transport Junie documents); `url`, `headers` for a
 * remote server.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { fieldNames, pathEndsWith, readerFor, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/junie.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: [] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const junie: Dialect = {
  id: 'junie',
  label: 'Junie',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (pathEndsWith(path, '.junie/mcp/mcp.json') ? 2 : 0),
  shapeScore: () => 0,
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.junie/mcp/mcp.json'],
  schema,
  userConfigPaths: (_platform, _env, home) => [`${home}/.junie/mcp/mcp.json`],
  workspaceConfigPaths: ['.junie/mcp/mcp.json'],
};
