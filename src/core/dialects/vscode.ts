/**
 * VS Code: `.vscode/mcp.json` and the profile `mcp.json` — `servers`, `inputs`, `sandbox`. JSONC.
 *
 * A server with `url` and no `type` is HTTP (Streamable HTTP, falling back to SSE); `sse` is
 * accepted as a type. Strings may hold `${input:id}`, `${env:NAME}` and the predefined variables.
 */
import { getProperty, type JsonObject } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { appData, fieldNames, normalizePath, pathEndsWith, serversKeyShape, serversUnder, readerFor, xdgConfigHome } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/vscode.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: ['oauth'] });

/** `…/User/mcp.json` and `…/User/profiles/<id>/mcp.json` (VS Code writes `User` with a capital U). */
const PROFILE_FILE = /\/User\/(?:profiles\/[^/]+\/)?mcp\.json$/;

const EDITIONS = ['Code', 'Code - Insiders', 'VSCodium'];

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['input', 'env-colon', 'predefined', 'keychain'];

export const vscode: Dialect = {
  id: 'vscode',
  label: 'VS Code',
  format: 'jsonc',
  serversKey: 'servers',
  pathScore(path) {
    if (pathEndsWith(path, '.vscode/mcp.json')) return 2;
    if (PROFILE_FILE.test(normalizePath(path))) return 2;
    if (pathEndsWith(path, 'mcp.json')) return 1;
    return 0;
  },
  shapeScore(root: JsonObject) {
    const servers = serversKeyShape(root, 'servers');
    if (servers === 0) return 0;
    const inputs = getProperty(root, 'inputs');
    const extra = inputs?.type === 'array' || getProperty(root, 'sandbox')?.type === 'object' ? 1 : 0.5;
    return servers + extra;
  },
  servers: (document) => serversUnder(document, 'servers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(platform, env, home) {
    if (platform === 'darwin') return EDITIONS.map((e) => `${home}/Library/Application Support/${e}/User/mcp.json`);
    if (platform === 'win32') return EDITIONS.map((e) => `${appData(env, home)}/${e}/User/mcp.json`);
    return EDITIONS.map((e) => `${xdgConfigHome(env, home)}/${e}/User/mcp.json`);
  },
  workspaceConfigPaths: ['.vscode/mcp.json'],
};
