/**
 * Where secrets are looked for in a config: every server's env values, headers, args (with the
 * flag that names each), url, command, OAuth block and any other string property, VS Code
 * `inputs[].default`, then every other string of the file under its property name. Each string
 * node yields at most one secret, assigned to one rule.
 */
import type { McpServer } from '../dialects/dialect';
import { asArray, asObject, asString, getProperty, type JsonNode, type JsonString, type ParsedDocument } from '../parse';
import { argNames } from './args';
import { detectSecrets, type SecretChannel, type SecretContext, type SecretHit } from './detect';

export type SecretRuleId = 'MCP001' | 'MCP002' | 'MCP003';

export interface FoundSecret {
  ruleId: SecretRuleId;
  /** The string node holding the secret. */
  node: JsonString;
  hit: SecretHit;
  /** What holds it, for the message: `GITHUB_TOKEN`, `Header "Authorization"`, `Argument 4`. */
  subject: string;
}

const RULE_OF_CHANNEL: Record<SecretChannel, SecretRuleId> = { url: 'MCP002', header: 'MCP003', literal: 'MCP001' };

/** How deep nested properties are searched. */
const MAX_DEPTH = 10;

class Walker {
  readonly found: FoundSecret[] = [];
  private readonly seen = new Set<JsonNode>();

  examine(node: JsonNode | undefined, context: SecretContext, subject: string): void {
    if (!node || this.seen.has(node)) return;
    this.seen.add(node);
    if (node.type !== 'string') return;
    const hit = detectSecrets(node.value, context)[0];
    if (hit) this.found.push({ ruleId: RULE_OF_CHANNEL[hit.channel], node, hit, subject });
  }

  args(items: readonly JsonNode[], subjectPrefix: string): void {
    const names = argNames(items.map((item) => (item.type === 'string' ? item.value : undefined)));
    items.forEach((item, index) => {
      const name = names[index];
      const context: SecretContext = { location: 'arg' };
      if (name !== undefined) context.name = name;
      const subject = name !== undefined ? `The --${name} argument` : `${subjectPrefix} ${index + 1}`;
      this.examine(item, context, subject);
    });
  }

  /** Every string under `node` not examined yet, named by its property key. */
  rest(node: JsonNode | undefined, key: string | undefined, path: string, depth: number): void {
    if (!node || this.seen.has(node) || depth > MAX_DEPTH) return;
    if (node.type === 'string') {
      const context: SecretContext = { location: 'property' };
      if (key !== undefined) context.name = key;
      this.examine(node, context, path || 'A value');
    } else if (node.type === 'object') {
      for (const property of node.properties) {
        this.rest(property.value, property.key, path ? `${path}.${property.key}` : property.key, depth + 1);
      }
    } else if (node.type === 'array') {
      if (key === 'args') {
        this.args(node.items.filter((item) => !this.seen.has(item)), `${path} item`);
        return;
      }
      node.items.forEach((item, index) => this.rest(item, key, `${path}[${index}]`, depth + 1));
    }
  }

  server(server: McpServer): void {
    this.examine(server.url, { location: 'url', name: 'url' }, 'The server URL');
    this.examine(server.command, { location: 'arg' }, 'The command');
    this.args(server.args, 'Argument');
    for (const env of server.env) this.examine(env.node, { location: 'env', name: env.name }, env.name);
    for (const header of server.headers) {
      this.examine(header.node, { location: 'header', name: header.name }, `Header ${header.name}`);
    }
    if (server.oauth) this.rest(server.oauth, undefined, oauthPath(server), 1);
    this.rest(server.node, undefined, '', 0);
  }

  /**
   * Servers the normalised list leaves out: a server name written twice keeps only the last
   * definition, but the first one's secrets are in the file all the same.
   */
  shadowedServers(root: JsonNode | undefined, serversKey: string, servers: readonly McpServer[]): void {
    const rootObject = asObject(root);
    if (!rootObject) return;
    const known = new Set<JsonNode>(servers.map((server) => server.node));
    for (const property of rootObject.properties) {
      if (property.key !== serversKey) continue;
      const container = asObject(property.value);
      if (!container) continue;
      for (const entry of container.properties) {
        if (!known.has(entry.value)) this.rest(entry.value, undefined, entry.key, 1);
      }
    }
  }

  /** VS Code `inputs`: a promptString's `default` is written into the file. */
  inputs(root: JsonNode | undefined): void {
    const inputs = asArray(getProperty(root, 'inputs'));
    if (!inputs) return;
    for (const item of inputs.items) {
      const input = asObject(item);
      const value = getProperty(input, 'default');
      if (!input || !value) continue;
      const type = asString(getProperty(input, 'type'))?.value;
      if (type !== undefined && type !== 'promptString') continue;
      const id = asString(getProperty(input, 'id'))?.value;
      const description = asString(getProperty(input, 'description'))?.value;
      const passwordNode = getProperty(input, 'password');
      const context: SecretContext = { location: 'input', password: passwordNode?.type === 'boolean' && passwordNode.value };
      if (id !== undefined) context.name = id;
      if (description !== undefined) context.description = description;
      this.examine(value, context, id !== undefined ? `Input ${id}: its default` : 'An input default');
    }
  }
}

function oauthPath(server: McpServer): string {
  const entry = server.node.properties.find((property) => property.value === server.oauth);
  return entry?.key ?? 'oauth';
}

const cache = new WeakMap<ParsedDocument, { servers: readonly McpServer[]; found: FoundSecret[] }>();

/**
 * Every secret in the document's servers and inputs, one per string node. Cached per document
 * and server list, so the three secret rules share one pass.
 */
export function findDocumentSecrets(document: ParsedDocument, servers: readonly McpServer[], serversKey?: string): FoundSecret[] {
  const cached = cache.get(document);
  if (cached && cached.servers === servers) return cached.found;
  const walker = new Walker();
  for (const server of servers) walker.server(server);
  if (serversKey !== undefined) walker.shadowedServers(document.root, serversKey, servers);
  walker.inputs(document.root);
  // Anything else in the file (a client's own settings next to its servers): same rules.
  walker.rest(document.root, undefined, '', 0);
  cache.set(document, { servers, found: walker.found });
  return walker.found;
}
