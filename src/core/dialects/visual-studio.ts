/**
 * Visual Studio (2022 17.14 and later): `.mcp.json` at the solution root, `.vs/mcp.json`, and
 * `%USERPROFILE%\.mcp.json` — `servers` (+ `inputs`), the VS Code format. JSON with comments.
 *
 * `.mcp.json` is also Claude Code's project file, with `mcpServers`: the shape decides which one a
 * given `.mcp.json` is. stdio `command`, `args`, `env`, `envFile`; `type: "http" | "sse"` with
 * `url`, `headers`. `${input:id}` and `${env:NAME}` are resolved when a server starts.
 */
import { getProperty } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { baseName, fieldNames, pathEndsWith, readerFor, serversKeyShape, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/visual-studio.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: ['oauth'] });

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['input', 'env-colon', 'predefined', 'keychain'];

export const visualStudio: Dialect = {
  id: 'visual-studio',
  label: 'Visual Studio',
  format: 'jsonc',
  serversKey: 'servers',
  pathScore(path) {
    if (pathEndsWith(path, '.vs/mcp.json')) return 2;
    return baseName(path) === '.mcp.json' ? 1 : 0;
  },
  shapeScore(root) {
    // Only with the file name: a `servers` object elsewhere is VS Code's format.
    const servers = serversKeyShape(root, 'servers');
    return servers > 0 && getProperty(root, 'mcpServers') === undefined ? servers : 0;
  },
  servers: (document) => serversUnder(document, 'servers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.vs/mcp.json'],
  schema,
  userConfigPaths: (platform, env, home) => (platform === 'win32' ? [`${env.USERPROFILE || home}/.mcp.json`] : []),
  workspaceConfigPaths: ['.mcp.json', '.vs/mcp.json'],
};
