/**
 * Zed: `settings.json` (user `~/.config/zed/settings.json`, project `.zed/settings.json`) —
 * `context_servers` beside every other editor setting. JSON with comments and trailing commas.
 *
 * A server is `{command, args, env}` (with `"source": "custom"`), the older
 * `{command: {path, args, env}}`, a remote `{url, headers}`, or one provided by an extension
 * (`"source": "extension"`, only `settings`). `enabled: false` turns a server off.
 */
import { asObject, asString, getProperty, type JsonObject } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { appData, baseName, fieldNames, namedValues, pathEndsWith, readServer, serversUnder, xdgConfigHome } from './common';
import type { Dialect, McpServer } from './dialect';
import schema from '../../../schemas/zed.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], autoApproveKeys: [], oauthKeys: ['oauth'] });

function readZedServer(name: string, keyOffset: number, keyLength: number, node: JsonObject): McpServer {
  const server = readServer(name, keyOffset, keyLength, node, FIELDS);
  const commandObject = asObject(getProperty(node, 'command'));
  if (!commandObject) return server;
  // Older form: `"command": { "path": "npx", "args": [...], "env": {...} }`.
  const path = asString(getProperty(commandObject, 'path'));
  if (path) server.command = path;
  const argsNode = getProperty(commandObject, 'args');
  if (argsNode?.type === 'array') {
    server.argsNode = argsNode;
    server.args = argsNode.items;
  }
  const envNode = asObject(getProperty(commandObject, 'env'));
  if (envNode) {
    server.envNode = envNode;
    server.env = namedValues(envNode);
  }
  if (server.transport === 'unknown') server.transport = 'stdio';
  return server;
}

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['keychain'];

export const zed: Dialect = {
  id: 'zed',
  label: 'Zed',
  format: 'jsonc',
  serversKey: 'context_servers',
  pathScore(path) {
    if (pathEndsWith(path, 'zed/settings.json') || pathEndsWith(path, '.zed/settings.json')) return 2;
    return baseName(path) === 'settings.json' ? 1 : 0;
  },
  shapeScore(root) {
    const container = getProperty(root, 'context_servers');
    if (!container) return 0;
    return container.type === 'object' ? 2 : 1;
  },
  servers: (document) => serversUnder(document, 'context_servers', readZedServer),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(platform, env, home) {
    if (platform === 'win32') return [`${appData(env, home)}/Zed/settings.json`];
    if (platform === 'darwin') return [`${home}/.config/zed/settings.json`];
    return [`${xdgConfigHome(env, home)}/zed/settings.json`, `${home}/.var/app/dev.zed.Zed/config/zed/settings.json`];
  },
  workspaceConfigPaths: ['.zed/settings.json'],
  schemaFileMatch: ['**/.zed/settings.json', '**/zed/settings.json'],
};
