/**
 * Roo Code: `.roo/mcp.json` in a project, `mcp_settings.json` in the extension's global storage —
 * `mcpServers`. JSON.
 *
 * stdio `{command, args, cwd, env}`; remote `{type: "streamable-http" | "sse", url, headers}` —
 * a `url` needs a `type`, and stdio and URL fields cannot mix. `alwaysAllow` lists tools run
 * without asking. `${env:NAME}` and `${workspaceFolder}` are expanded.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { anyServerHas, anyServerType, baseName, fieldNames, pathEndsWith, readerFor, serversKeyShape, serversUnder, vscodeFamilyUserDirs } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/roo.schema.json';

const FIELDS = fieldNames({
  // Roo refuses a `url` without `type`; the schema says so, the transport stays unknown.
  urlKeys: [{ key: 'url', transport: 'unknown' }],
  autoApproveKeys: ['alwaysAllow'],
  oauthKeys: ['oauth'],
});

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['env-colon', 'predefined', 'keychain'];

export const roo: Dialect = {
  id: 'roo',
  label: 'Roo Code',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore(path) {
    if (pathEndsWith(path, '.roo/mcp.json')) return 2;
    if (baseName(path) === 'mcp_settings.json') return 2;
    return 0;
  },
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    const own = anyServerHas(root, 'mcpServers', ['alwaysAllow', 'watchPaths']) || anyServerType(root, 'mcpServers', ['streamable-http']);
    return servers + (own ? 1 : 0);
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths: (platform, env, home) =>
    vscodeFamilyUserDirs(platform, env, home).map((dir) => `${dir}/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json`),
  workspaceConfigPaths: ['.roo/mcp.json'],
  schemaFileMatch: ['**/.roo/mcp.json', '**/rooveterinaryinc.roo-cline/settings/mcp_settings.json'],
};
