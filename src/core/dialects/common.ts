/**
 * Building blocks shared by the dialects: reading a server object into an `McpServer`, finding
 * the servers of a document, and the small path and shape tests every dialect's scores use.
 *
 * A dialect differs from another mostly in how its fields are spelled; `ServerFieldNames` says
 * that, and `readServer` does the rest.
 */
import { asArray, asObject, asString, getProperty, getPropertyEntry, uniqueProperties, type JsonNode, type JsonObject, type JsonString, type ParsedDocument } from '../json/syntax-tree';
import type { McpServer, NamedValue, Transport } from './dialect';

export function namedValues(node: JsonNode | undefined): NamedValue[] {
  const object = asObject(node);
  if (!object) return [];
  return uniqueProperties(object).map((p) => ({ name: p.key, keyOffset: p.keyOffset, keyLength: p.keyLength, node: p.value }));
}

export function stringItems(node: JsonNode | undefined): JsonString[] {
  const array = asArray(node);
  if (!array) return [];
  return array.items.filter((item): item is JsonString => item.type === 'string');
}

// ---------- paths ----------

/** Forward slashes, so one set of patterns serves every platform. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** Does `path` end with `suffix` at a segment boundary? Case-insensitive, either slash. */
export function pathEndsWith(path: string, suffix: string): boolean {
  const normalized = normalizePath(path).toLowerCase();
  const wanted = suffix.toLowerCase();
  return normalized === wanted || normalized.endsWith(`/${wanted}`);
}

/** The last segment of `path`, lower-cased. */
export function baseName(path: string): string {
  const normalized = normalizePath(path);
  return normalized.slice(normalized.lastIndexOf('/') + 1).toLowerCase();
}

/** `$XDG_CONFIG_HOME` or `~/.config`. */
export function xdgConfigHome(env: Record<string, string | undefined>, home: string): string {
  return env.XDG_CONFIG_HOME || `${home}/.config`;
}

/** `%APPDATA%` or `~/AppData/Roaming`. */
export function appData(env: Record<string, string | undefined>, home: string): string {
  return env.APPDATA || `${home}/AppData/Roaming`;
}

/**
 * The per-user data folders of VS Code and its forks, where extensions such as Cline and Roo
 * keep their `globalStorage`: `<folder>/User/…`.
 */
export function vscodeFamilyUserDirs(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string[] {
  const editions = ['Code', 'Code - Insiders', 'VSCodium', 'Cursor', 'Windsurf'];
  const base =
    platform === 'darwin' ? `${home}/Library/Application Support` : platform === 'win32' ? appData(env, home) : xdgConfigHome(env, home);
  return editions.map((edition) => `${base}/${edition}/User`);
}

// ---------- servers ----------

export interface ServerFieldNames {
  /**
   * Keys holding the remote endpoint, in the order the client prefers them, each with the
   * transport it means when no `type` says otherwise (Gemini: `httpUrl` -> http, `url` -> sse).
   */
  urlKeys: Array<{ key: string; transport: Transport }>;
  /** Keys naming the transport explicitly, in priority order (`type`, Cline's legacy `transportType`). */
  typeKeys: string[];
  /**
   * Keys listing tools that run without asking, or a boolean meaning "all" (Gemini's `trust`).
   * A list containing `"*"` also means all (Copilot's `tools`).
   */
  autoApproveKeys: string[];
  /** Keys of the OAuth/auth block. */
  oauthKeys: string[];
  /** Keys of the headers object, first present wins (Codex will use `http_headers`). */
  headersKeys: string[];
}

export const DEFAULT_FIELDS: ServerFieldNames = {
  urlKeys: [{ key: 'url', transport: 'http' }],
  typeKeys: ['type'],
  autoApproveKeys: [],
  oauthKeys: ['oauth'],
  headersKeys: ['headers'],
};

/** `DEFAULT_FIELDS` with some names changed. */
export function fieldNames(overrides: Partial<ServerFieldNames>): ServerFieldNames {
  return { ...DEFAULT_FIELDS, ...overrides };
}

/** Maps a `type` / `transport` string to a transport, across every client's spelling. */
export function transportFromType(type: string | undefined): Transport | undefined {
  if (type === undefined) return undefined;
  switch (type.toLowerCase().replace(/[-_]/g, '')) {
    case 'stdio':
    case 'local':
      return 'stdio';
    case 'http':
    case 'streamablehttp':
    case 'streamable':
      return 'http';
    case 'sse':
      return 'sse';
    case 'ws':
    case 'websocket':
      return 'ws';
    default:
      return 'unknown';
  }
}

/** The explicit transport name of a server object (`type`, `transportType`, …), if any. */
export function explicitType(node: JsonObject, typeKeys: readonly string[]): string | undefined {
  for (const key of typeKeys) {
    const value = asString(getProperty(node, key));
    if (value) return value.value;
  }
  return undefined;
}

/** Reads one server object written in the common `{command,args,env,url,headers,…}` shape. */
export function readServer(
  name: string,
  keyOffset: number,
  keyLength: number,
  node: JsonObject,
  fields: ServerFieldNames = DEFAULT_FIELDS,
): McpServer {
  const command = asString(getProperty(node, 'command'));
  const argsNode = asArray(getProperty(node, 'args'));
  const envNode = asObject(getProperty(node, 'env'));
  const headersNode = firstObject(node, fields.headersKeys);
  const typeValue = explicitType(node, fields.typeKeys);

  let url: JsonString | undefined;
  let urlTransport: Transport | undefined;
  for (const candidate of fields.urlKeys) {
    const value = asString(getProperty(node, candidate.key));
    if (value) {
      url = value;
      urlTransport = candidate.transport;
      break;
    }
  }

  const transport: Transport = transportFromType(typeValue) ?? (command ? 'stdio' : url ? (urlTransport ?? 'http') : 'unknown');
  // A ws:// endpoint behind a generic "http"/"url" is a WebSocket whatever the field says.
  const finalTransport: Transport = transport === 'http' && url && /^wss?:\/\//i.test(url.value) ? 'ws' : transport;

  const server: McpServer = {
    name,
    node,
    keyOffset,
    keyLength,
    transport: finalTransport,
    args: argsNode?.items ?? [],
    env: namedValues(envNode),
    headers: namedValues(headersNode),
    disabled: isTrue(getProperty(node, 'disabled')) || isFalse(getProperty(node, 'enabled')),
  };
  if (command) server.command = command;
  if (argsNode) server.argsNode = argsNode;
  if (envNode) server.envNode = envNode;
  if (url) server.url = url;
  if (headersNode) server.headersNode = headersNode;
  const cwd = asString(getProperty(node, 'cwd'));
  if (cwd) server.cwd = cwd;
  const envFile = asString(getProperty(node, 'envFile'));
  if (envFile) server.envFile = envFile;
  const autoApprove = readAutoApprove(node, fields.autoApproveKeys);
  if (autoApprove) server.autoApprove = autoApprove;
  const oauth = firstObject(node, fields.oauthKeys);
  if (oauth) server.oauth = oauth;
  return server;
}

function firstObject(node: JsonObject, keys: readonly string[]): JsonObject | undefined {
  for (const key of keys) {
    const value = asObject(getProperty(node, key));
    if (value) return value;
  }
  return undefined;
}

/** `alwaysAllow: [..]`, `autoApprove: [..]`, `trust: true`, `tools: ["*"]` -> one shape. */
export function readAutoApprove(node: JsonObject, keys: readonly string[]): McpServer['autoApprove'] {
  for (const key of keys) {
    const value = getProperty(node, key);
    if (!value) continue;
    if (value.type === 'boolean') {
      if (value.value) return { node: value, tools: [], all: true };
      continue;
    }
    const tools = stringItems(value);
    if (value.type === 'array' && value.items.length > 0) {
      return { node: value, tools, all: tools.some((t) => t.value.trim() === '*') };
    }
  }
  return undefined;
}

export type ServerReader = (name: string, keyOffset: number, keyLength: number, node: JsonObject) => McpServer;

/** A reader that uses `readServer` with the given field names. */
export function readerFor(fields: ServerFieldNames): ServerReader {
  return (name, keyOffset, keyLength, node) => readServer(name, keyOffset, keyLength, node, fields);
}

/**
 * Every server in a container: an object of `name: {server}` (JSON dialects), or a list of
 * `{name, …}` objects (Continue's YAML). Entries that are not objects are skipped (the schema
 * reports them).
 */
export function serversIn(container: JsonNode | undefined, read: ServerReader = readServer, scope?: string): McpServer[] {
  const servers: McpServer[] = [];
  const add = (server: McpServer): void => {
    if (scope !== undefined) server.scope = scope;
    servers.push(server);
  };
  if (container?.type === 'object') {
    for (const property of uniqueProperties(container)) {
      const node = asObject(property.value);
      if (node) add(read(property.key, property.keyOffset, property.keyLength, node));
    }
  } else if (container?.type === 'array') {
    for (const item of container.items) {
      const node = asObject(item);
      const name = asString(getProperty(node, 'name'));
      if (node && name) add(read(name.value, name.offset, name.length, node));
    }
  }
  return servers;
}

/** Every server under `root[serversKey]`, read with `readServer` (or a dialect's own reader). */
export function serversUnder(document: ParsedDocument, serversKey: string, read: ServerReader = readServer): McpServer[] {
  return serversIn(getProperty(document.root, serversKey), read);
}

// ---------- shape ----------

/** Shape score: 1 when the servers key holds an object, 0.5 when it holds something else, else 0. */
export function serversKeyShape(root: JsonObject, serversKey: string): number {
  const entry = getPropertyEntry(root, serversKey);
  if (!entry) return 0;
  return entry.value.type === 'object' ? 1 : 0.5;
}

/** The server objects under `root[serversKey]`. */
export function serverObjects(root: JsonObject, serversKey: string): JsonObject[] {
  const container = asObject(getProperty(root, serversKey));
  if (!container) return [];
  const result: JsonObject[] = [];
  for (const property of container.properties) {
    if (property.value.type === 'object') result.push(property.value);
  }
  return result;
}

/** Does any server under `root[serversKey]` have one of `keys`? */
export function anyServerHas(root: JsonObject, serversKey: string, keys: readonly string[]): boolean {
  return serverObjects(root, serversKey).some((server) => server.properties.some((p) => keys.includes(p.key)));
}

/** Does any server under `root[serversKey]` have `type` (or another type key) set to one of `values`? */
export function anyServerType(root: JsonObject, serversKey: string, values: readonly string[], typeKeys: readonly string[] = ['type']): boolean {
  return serverObjects(root, serversKey).some((server) => {
    const type = explicitType(server, typeKeys);
    return type !== undefined && values.includes(type);
  });
}

/** Does the root have any of `keys`? */
export function rootHasAny(root: JsonObject, keys: readonly string[]): boolean {
  return root.properties.some((p) => keys.includes(p.key));
}

export function isTrue(node: JsonNode | undefined): boolean {
  return node?.type === 'boolean' && node.value;
}

export function isFalse(node: JsonNode | undefined): boolean {
  return node?.type === 'boolean' && !node.value;
}
