/**
 * Goose: `~/.config/goose/config.yaml` (Windows `%APPDATA%\Block\goose\config\config.yaml`) —
 * `extensions:`, a map of extension key -> `{ type, name, enabled, … }`. YAML.
 *
 * `type: stdio` runs `cmd` with `args`, `envs` (values) and `env_keys` (names of secrets Goose
 * keeps in its own keyring or `secrets.yaml`); `type: streamable_http` reaches `uri` with
 * `headers` (and `envs`/`env_keys`); `sse` is an old type Goose no longer starts; `builtin`,
 * `platform`, `frontend` and `inline_python` run inside Goose. `$VAR` and `${VAR}` in `uri` and
 * headers are filled from `envs` and `env_keys`.
 */
import { asString, getProperty, type JsonObject } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { appData, fieldNames, namedValues, normalizePath, readServer, serversUnder, stringItems, xdgConfigHome } from './common';
import type { Dialect, McpServer } from './dialect';
import schema from '../../../schemas/goose.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'uri', transport: 'http' }], typeKeys: ['type'], oauthKeys: [] });

/** Extension types that run inside Goose itself: no process, no endpoint. */
const IN_PROCESS = new Set(['builtin', 'platform', 'frontend', 'inline_python']);

function readGooseServer(name: string, keyOffset: number, keyLength: number, node: JsonObject): McpServer {
  const server = readServer(name, keyOffset, keyLength, node, FIELDS);
  const cmd = asString(getProperty(node, 'cmd'));
  if (cmd) server.command = cmd;
  const envs = getProperty(node, 'envs');
  if (envs?.type === 'object') {
    server.envNode = envs;
    server.env = namedValues(envs);
  }
  const keys = stringItems(getProperty(node, 'env_keys'));
  if (keys.length > 0) server.secretsByName = keys.map((key) => ({ label: key.value, variable: key.value, node: key, from: 'Goose secret store' }));
  const type = asString(getProperty(node, 'type'))?.value;
  if (type !== undefined && IN_PROCESS.has(type)) server.transport = 'unknown';
  else if (server.transport === 'unknown' && cmd) server.transport = 'stdio';
  return server;
}

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['braced', 'bare', 'keychain'];

export const goose: Dialect = {
  id: 'goose',
  label: 'Goose',
  format: 'yaml',
  serversKey: 'extensions',
  variableNameKeys: ['env_keys'],
  pathScore(path) {
    const normalized = normalizePath(path);
    if (/(?:^|\/)goose\/(?:config\/)?config\.ya?ml$/i.test(normalized)) return 2;
    return /(?:^|\/)config\.ya?ml$/i.test(normalized) ? 1 : 0;
  },
  shapeScore(root) {
    const extensions = getProperty(root, 'extensions');
    if (extensions?.type !== 'object') return 0;
    const gooseKeys = root.properties.some((p) => p.key.startsWith('GOOSE_') || p.key === 'active_provider');
    return gooseKeys ? 3 : 1;
  },
  servers: (document) => serversUnder(document, 'extensions', readGooseServer),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/goose/config.yaml', '**/goose/config/config.yaml'],
  schema,
  userConfigPaths(platform, env, home) {
    if (platform === 'win32') return [`${appData(env, home)}/Block/goose/config/config.yaml`];
    return [`${xdgConfigHome(env, home)}/goose/config.yaml`];
  },
  workspaceConfigPaths: [],
};
