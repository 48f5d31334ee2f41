/** Building blocks shared by the dialects: reading a server object into an `McpServer`. */
import {
  asArray,
  asObject,
  asString,
  getProperty,
  getPropertyEntry,
  uniqueProperties,
  type JsonNode,
  type JsonObject,
  type JsonString,
  type ParsedDocument,
} from '../parse';
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

/** Lower-cased last path segment(s) helper: does `path` end with `suffix` at a segment boundary? */
export function pathEndsWith(path: string, suffix: string): boolean {
  const normalized = path.replace(/\\/g, '/').toLowerCase();
  const wanted = suffix.toLowerCase();
  return normalized === wanted || normalized.endsWith(`/${wanted}`);
}

export interface ServerFieldNames {
  /** Keys holding the remote URL, in priority order, with the transport each implies. */
  urlKeys: Array<{ key: string; transport: Transport }>;
  /** Transport of a server with a `url` (first urlKey) and no `type`. */
  urlWithoutType: Transport;
  /** Keys holding auto-approved tool names, or a boolean meaning "all". */
  autoApproveKeys: string[];
  /** Key of the OAuth/auth block. */
  oauthKeys: string[];
}

export const DEFAULT_FIELDS: ServerFieldNames = {
  urlKeys: [{ key: 'url', transport: 'http' }],
  urlWithoutType: 'http',
  autoApproveKeys: ['autoApprove', 'alwaysAllow'],
  oauthKeys: ['oauth', 'auth'],
};

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
  const headersNode = asObject(getProperty(node, 'headers'));
  const typeValue = asString(getProperty(node, 'type'))?.value ?? asString(getProperty(node, 'transportType'))?.value;

  let url: JsonString | undefined;
  let urlTransport: Transport | undefined;
  for (const candidate of fields.urlKeys) {
    const value = asString(getProperty(node, candidate.key));
    if (value) {
      url = value;
      urlTransport = candidate === fields.urlKeys[0] ? fields.urlWithoutType : candidate.transport;
      break;
    }
  }

  const transport: Transport =
    transportFromType(typeValue) ?? (command ? 'stdio' : url ? (urlTransport ?? 'http') : 'unknown');
  const wsTransport: Transport = transport === 'http' && url && /^wss?:\/\//i.test(url.value) ? 'ws' : transport;

  const server: McpServer = {
    name,
    node,
    keyOffset,
    keyLength,
    transport: wsTransport,
    args: argsNode?.items ?? [],
    env: namedValues(envNode),
    headers: namedValues(headersNode),
    disabled: isTrue(getProperty(node, 'disabled')),
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
  for (const key of fields.oauthKeys) {
    const oauth = asObject(getProperty(node, key));
    if (oauth) {
      server.oauth = oauth;
      break;
    }
  }
  return server;
}

/** `alwaysAllow: [..]`, `autoApprove: [..]`, `trust: true`, `tools: ["*"]` -> one shape. */
export function readAutoApprove(node: JsonObject, keys: string[]): McpServer['autoApprove'] {
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

/** Every server under `root[serversKey]`, read with `readServer` (or a dialect's own reader). */
export function serversUnder(
  document: ParsedDocument,
  serversKey: string,
  read: (name: string, keyOffset: number, keyLength: number, node: JsonObject) => McpServer = readServer,
): McpServer[] {
  const container = asObject(getProperty(document.root, serversKey));
  if (!container) return [];
  const servers: McpServer[] = [];
  for (const property of uniqueProperties(container)) {
    const node = asObject(property.value);
    if (node) servers.push(read(property.key, property.keyOffset, property.keyLength, node));
  }
  return servers;
}

/** Shape score: the servers key is present and holds an object of server-like objects. */
export function serversKeyShape(root: JsonObject, serversKey: string): number {
  const entry = getPropertyEntry(root, serversKey);
  if (!entry) return 0;
  return entry.value.type === 'object' ? 1 : 0.5;
}

export function isTrue(node: JsonNode | undefined): boolean {
  return node?.type === 'boolean' && node.value;
}
