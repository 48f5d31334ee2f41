/**
 * GitHub Copilot CLI: `~/.copilot/mcp-config.json` — `mcpServers`. JSON.
 *
 * `type` is `local` / `stdio` (`command`, `args`, `env`, `cwd`) or `http` / `sse` (`url`,
 * `headers`); every server lists the `tools` it may use, and `"*"` lets all of them run without
 * asking. `$VAR`, `${VAR}` and `${VAR:-default}` are expanded.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { anyServerType, baseName, fieldNames, pathEndsWith, readerFor, serverObjects, serversKeyShape, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/copilot-cli.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: ['tools'], oauthKeys: ['oauth'] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['braced', 'bare', 'keychain'];

export const copilotCli: Dialect = {
  id: 'copilot-cli',
  label: 'Copilot CLI',
  format: 'json',
  serversKey: 'mcpServers',
  pathScore(path) {
    if (pathEndsWith(path, '.copilot/mcp-config.json')) return 2;
    const name = baseName(path);
    return name === 'mcp-config.json' || name === '.mcp.json' ? 1 : 0;
  },
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    const toolsLists = serverObjects(root, 'mcpServers').some((server) =>
      server.properties.some((p) => p.key === 'tools' && p.value.type === 'array'),
    );
    return servers + (toolsLists || anyServerType(root, 'mcpServers', ['local']) ? 1.5 : 0);
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(_platform, env, home) {
    const paths = [`${home}/.copilot/mcp-config.json`];
    if (env.XDG_CONFIG_HOME) paths.unshift(`${env.XDG_CONFIG_HOME}/.copilot/mcp-config.json`);
    return paths;
  },
  workspaceConfigPaths: ['.mcp.json'],
  searchFileNames: ['mcp-config.json'],
  schemaFileMatch: ['**/.copilot/mcp-config.json'],
};
