/**
 * opencode: `opencode.json` / `opencode.jsonc` (project root, `.opencode/`, and
 * `~/.config/opencode/`) — `mcp`, a map of name -> server (version 2 nests them one level down,
 * in `mcp.servers`). JSON with comments.
 *
 * `type: "local"` runs `command`, an array whose first item is the program, with `environment`
 * and `cwd`; `type: "remote"` reaches `url` with `headers` and `oauth` (`false` turns the sign-in
 * off). `enabled: false` (v1) or `disabled: true` (v2) turns a server off. `{env:NAME}` and
 * `{file:path}` in any string are replaced by a variable's value or a file's content.
 */
import { asArray, asObject, asString, getProperty, type JsonObject, type ParsedDocument } from '../json/syntax-tree';
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { baseName, fieldNames, namedValues, normalizePath, readServer, serversIn, xdgConfigHome } from './common';
import type { Dialect, McpServer } from './dialect';
import schema from '../../../schemas/opencode.schema.json';

const FIELDS = fieldNames({ urlKeys: [{ key: 'url', transport: 'http' }], typeKeys: [], oauthKeys: ['oauth'] });

function readOpencodeServer(name: string, keyOffset: number, keyLength: number, node: JsonObject): McpServer {
  const server = readServer(name, keyOffset, keyLength, node, FIELDS);
  const type = asString(getProperty(node, 'type'))?.value;
  // `command` is the whole command line as an array: the program, then its arguments. No
  // `argsNode`: an index into `args` is not an index into that array, so no fix removes by it.
  const commandLine = asArray(getProperty(node, 'command'));
  const program = asString(commandLine?.items[0]);
  if (program) {
    server.command = program;
    server.args = commandLine?.items.slice(1) ?? [];
  }
  const environment = asObject(getProperty(node, 'environment'));
  if (environment) {
    server.envNode = environment;
    server.env = namedValues(environment);
  }
  server.transport = type === 'local' ? 'stdio' : type === 'remote' ? 'http' : program ? 'stdio' : server.url ? 'http' : 'unknown';
  return server;
}

/** v1 keeps servers right under `mcp`; v2 under `mcp.servers`. */
function serverContainer(root: JsonObject | undefined): JsonObject | undefined {
  const mcp = asObject(getProperty(root, 'mcp'));
  const nested = asObject(getProperty(mcp, 'servers'));
  // A v1 server that happens to be called "servers" has a `type` of its own.
  return nested && getProperty(nested, 'type') === undefined ? nested : mcp;
}

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['curly-env', 'curly-file', 'keychain'];

export const opencode: Dialect = {
  id: 'opencode',
  label: 'opencode',
  format: 'jsonc',
  serversKey: 'mcp',
  pathScore(path) {
    const name = baseName(path);
    return name === 'opencode.json' || name === 'opencode.jsonc' ? 2 : 0;
  },
  shapeScore(root) {
    const mcp = asObject(getProperty(root, 'mcp'));
    if (!mcp) return 0;
    const schemaRef = asString(getProperty(root, '$schema'))?.value ?? '';
    return schemaRef.includes('opencode.ai') ? 3 : 0.5;
  },
  servers: (document: ParsedDocument) => serversIn(serverContainer(asObject(document.root)), readOpencodeServer),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schemaFileMatch: ['**/opencode.json', '**/opencode.jsonc'],
  schema,
  userConfigPaths(platform, env, home) {
    const configDir = env.OPENCODE_CONFIG_DIR;
    const global = configDir ? [configDir] : [`${xdgConfigHome(env, home)}/opencode`];
    const system = platform === 'darwin' ? '/Library/Application Support/opencode' : platform === 'win32' ? `${env.ProgramData || 'C:/ProgramData'}/opencode` : '/etc/opencode';
    const files = [...global, system].flatMap((dir) => [`${dir}/opencode.json`, `${dir}/opencode.jsonc`]);
    if (env.OPENCODE_CONFIG) files.unshift(normalizePath(env.OPENCODE_CONFIG));
    return files;
  },
  workspaceConfigPaths: ['opencode.json', 'opencode.jsonc', '.opencode/opencode.json', '.opencode/opencode.jsonc'],
};
