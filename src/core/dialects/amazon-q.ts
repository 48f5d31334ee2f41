/**
 * Amazon Q Developer (IDE plugins and the Q CLI): `~/.aws/amazonq/mcp.json` and the workspace's
 * `.amazonq/mcp.json` — `mcpServers`. JSON. (Newer releases also keep servers in agent files;
 * these `mcp.json` files stay loaded while `useLegacyMcpJson` is on, the default.)
 *
 * stdio `command`, `args`, `env`, `timeout` (ms); remote `type: "http"`, `url`, `headers`.
 * `disabled: true` turns a server off.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { fieldNames, pathEndsWith, readerFor, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/amazon-q.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: ['oauth'] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const amazonQ: Dialect = {
  id: 'amazon-q',
  label: 'Amazon Q',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (pathEndsWith(path, '.amazonq/mcp.json') || pathEndsWith(path, '.aws/amazonq/mcp.json') ? 2 : 0),
  shapeScore: () => 0,
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.amazonq/mcp.json', '**/.aws/amazonq/mcp.json'],
  schema,
  userConfigPaths: (_platform, _env, home) => [`${home}/.aws/amazonq/mcp.json`],
  workspaceConfigPaths: ['.amazonq/mcp.json'],
};
