/**
 * Continue: `~/.continue/config.yaml` (`mcpServers:` a list of servers), block files in
 * `.continue/mcpServers/*.yaml` (workspace and `~/.continue`, one file per block, the same list),
 * and JSON files copied from other clients into those folders (`{ "mcpServers": { name: … } }`).
 *
 * A server is `{ name, type?: stdio | sse | streamable-http, command, args, env, cwd }` or
 * `{ name, type?, url, apiKey?, requestOptions: { headers, verifySsl, … } }`. Secrets are meant
 * to be written `${{ secrets.NAME }}` (or `${{ inputs.NAME }}`), resolved by Continue.
 */
import { asObject, getProperty, type JsonObject } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { baseName, fieldNames, namedValues, normalizePath, readServer, serversUnder } from './common';
import type { Dialect, McpServer } from './dialect';
import schema from '../../../schemas/continue.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], typeKeys: ['type'], oauthKeys: [] });

function readContinueServer(name: string, keyOffset: number, keyLength: number, node: JsonObject): McpServer {
  const server = readServer(name, keyOffset, keyLength, node, FIELDS);
  const requestOptions = asObject(getProperty(node, 'requestOptions'));
  const verifySsl = getProperty(requestOptions, 'verifySsl');
  if (verifySsl?.type === 'boolean' && !verifySsl.value) server.tlsVerifyOff = verifySsl;
  const headers = asObject(getProperty(requestOptions, 'headers'));
  if (headers) {
    server.headersNode = headers;
    server.headers = namedValues(headers);
  }
  return server;
}

/** `.continue/mcpServers/<file>` (workspace or `~/.continue`). */
const BLOCK_FILE = /(?:^|\/)\.continue\/mcpservers\/[^/]+\.(?:ya?ml|json)$/i;

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['continue', 'keychain'];

export const continueDev: Dialect = {
  id: 'continue',
  label: 'Continue',
  format: 'yaml',
  reads: ['yaml', 'json'],
  serversKey: 'mcpServers',
  pathScore(path) {
    const normalized = normalizePath(path);
    if (BLOCK_FILE.test(normalized) || /(?:^|\/)\.continue\/config\.ya?ml$/i.test(normalized)) return 2;
    return /^config\.ya?ml$/.test(baseName(path)) ? 1 : 0;
  },
  shapeScore(root) {
    const servers = getProperty(root, 'mcpServers');
    // A YAML list of servers is Continue's own shape; a JSON object is the one it imports.
    if (servers?.type === 'array') return 2;
    return servers?.type === 'object' && getProperty(root, 'schema') !== undefined ? 1.5 : 0;
  },
  servers: (document) => serversUnder(document, 'mcpServers', readContinueServer),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/.continue/config.yaml', '**/.continue/mcpServers/*.yaml', '**/.continue/mcpServers/*.yml', '**/.continue/mcpServers/*.json'],
  schema,
  userConfigPaths(platform, env, home) {
    const base = env.CONTINUE_GLOBAL_DIR || `${home}/.continue`;
    void platform;
    return [`${base}/config.yaml`, `${base}/mcpServers/*.yaml`, `${base}/mcpServers/*.yml`, `${base}/mcpServers/*.json`];
  },
  workspaceConfigPaths: ['.continue/mcpServers/*.yaml', '.continue/mcpServers/*.yml', '.continue/mcpServers/*.json'],
};
