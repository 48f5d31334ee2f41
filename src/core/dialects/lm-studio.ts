/**
 * LM Studio (0.3.17 and later): `mcp.json` in the LM Studio home (`~/.lmstudio/mcp.json`),
 * edited from the app's Program tab — `mcpServers` in Cursor's notation. JSON.
 *
 * stdio `command`, `args`, `env`; remote `url`, `headers`.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { fieldNames, pathEndsWith, readerFor, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/lm-studio.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: [] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const lmStudio: Dialect = {
  id: 'lm-studio',
  label: 'LM Studio',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (pathEndsWith(path, '.lmstudio/mcp.json') ? 2 : 0),
  shapeScore: () => 0,
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.lmstudio/mcp.json'],
  schema,
  userConfigPaths: (_platform, env, home) => [`${env.LMSTUDIO_HOME || `${home}/.lmstudio`}/mcp.json`],
  workspaceConfigPaths: [],
};
