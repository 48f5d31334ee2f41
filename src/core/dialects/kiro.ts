/**
 * Kiro (IDE and CLI): the workspace's `.kiro/settings/mcp.json` and `~/.kiro/settings/mcp.json`
 * — `mcpServers`. JSON.
 *
 * stdio `command`, `args`, `env`; remote `url`, `headers`. `disabled: true` turns a server off,
 * `autoApprove` lists tools run without asking (`"*"` all of them), `disabledTools` hides some.
 * `${NAME}` in values is replaced by an environment variable.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { fieldNames, pathEndsWith, readerFor, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/kiro.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: ['autoApprove'], oauthKeys: ['oauth'] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['braced', 'keychain'];

export const kiro: Dialect = {
  id: 'kiro',
  label: 'Kiro',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (pathEndsWith(path, '.kiro/settings/mcp.json') ? 2 : 0),
  // Kiro's file is the common `mcpServers` shape: only its path tells it apart.
  shapeScore: () => 0,
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.kiro/settings/mcp.json'],
  schema,
  userConfigPaths: (_platform, _env, home) => [`${home}/.kiro/settings/mcp.json`],
  workspaceConfigPaths: ['.kiro/settings/mcp.json'],
};
