/**
 * Cline: `cline_mcp_settings.json` in the extension's VS Code global storage — `mcpServers`. JSON.
 *
 * `type` is `stdio`, `sse` or `streamableHttp` (legacy: `transportType`); a `url` with no type is
 * **SSE**. `autoApprove` lists tools run without asking. No variable substitution.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { anyServerHas, anyServerType, baseName, fieldNames, readerFor, serversKeyShape, serversUnder, vscodeFamilyUserDirs } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/cline.schema.json';

const FIELDS = fieldNames({
  urlKeys: [{ key: 'url', transport: 'sse' }],
  typeKeys: ['type', 'transportType'],
  autoApproveKeys: ['autoApprove'],
  oauthKeys: ['oauth'],
});

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const cline: Dialect = {
  id: 'cline',
  label: 'Cline',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore: (path) => (baseName(path) === 'cline_mcp_settings.json' ? 2 : 0),
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    const own = anyServerHas(root, 'mcpServers', ['autoApprove', 'transportType']) || anyServerType(root, 'mcpServers', ['streamableHttp']);
    return servers + (own ? 1 : 0);
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(platform, env, home) {
    const inStorage = vscodeFamilyUserDirs(platform, env, home).map(
      (dir) => `${dir}/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json`,
    );
    return [...inStorage, `${home}/.cline/data/settings/cline_mcp_settings.json`];
  },
  workspaceConfigPaths: [],
  searchFileNames: ['cline_mcp_settings.json'],
  schemaFileMatch: ['**/cline_mcp_settings.json'],
};
