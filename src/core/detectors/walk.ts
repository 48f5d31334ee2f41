/**
 * Where secrets are looked for in a config: every server's env values, headers, args (with the
 * flag that names each), url, command, OAuth block and any other string property, VS Code
 * `inputs[].default`, then every other string of the file under its property name. Each string
 * node yields at most one secret, with the channel it was found through (a URL, a header, a
 * literal); the rules decide which channel is theirs.
 */
import type { McpServer } from '../dialects/dialect';
import { asArray, asObject, asString, getProperty, type JsonNode, type JsonString, type ParsedDocument } from '../json/syntax-tree';
import { argNames } from './args';
import { detectSecrets, type SecretContext, type SecretHit, type SecretLocation } from './detect';

export interface FoundSecret {
  /** The string node holding the secret. */
  node: JsonString;
  hit: SecretHit;
  /** What holds it, for the message: `GITHUB_TOKEN`, `Header "Authorization"`, `Argument 4`. */
  subject: string;
}

/** Values shorter than this are not memoised (see `Walker.check`). */
const MEMO_MIN_LENGTH = 8;

/** How deep nested properties are searched. */
const MAX_DEPTH = 10;

/**
 * The nodes a walk has been through. In a document without syntax errors every node starts at a
 * character of its own (a brace, a bracket, a quote, a literal), so a mark per offset stands for
 * the node, far cheaper than a set of tens of thousands of objects; otherwise, a set.
 */
class SeenNodes {
  private readonly marks: Uint8Array | undefined;
  private readonly nodes: Set<JsonNode> | undefined;

  constructor(document: ParsedDocument) {
    if (document.syntaxErrors.length === 0 && !document.sharedOffsets) this.marks = new Uint8Array(document.text.length + 1);
    else this.nodes = new Set();
  }

  has(node: JsonNode): boolean {
    return this.marks ? this.marks[node.offset] === 1 : (this.nodes as Set<JsonNode>).has(node);
  }

  add(node: JsonNode): void {
    if (this.marks) this.marks[node.offset] = 1;
    else (this.nodes as Set<JsonNode>).add(node);
  }
}

class Walker {
  readonly found: FoundSecret[] = [];
  private readonly seen: SeenNodes;
  /**
   * First hit per place, name and value, for this walk: configs repeat values (`-y`, `npx`, the
   * same image or token in several servers), and the detector is a pure function of them.
   */
  private readonly verdicts = new Map<SecretLocation | undefined, Map<string | undefined, Map<string, SecretHit | null>>>();

  constructor(
    document: ParsedDocument,
    /** Keys whose values name variables (Codex `bearer_token_env_var`, Goose `env_keys`): never secrets. */
    private readonly nameKeys: ReadonlySet<string> = NO_KEYS,
  ) {
    this.seen = new SeenNodes(document);
  }

  examine(node: JsonNode | undefined, context: SecretContext, subject: string): void {
    const hit = this.check(node, context);
    if (hit && node?.type === 'string') this.record(node, hit, subject);
  }

  /** Marks `node` seen and, when it is an unseen string, returns its first secret. */
  private check(node: JsonNode | undefined, context: SecretContext): SecretHit | undefined {
    if (!node || this.seen.has(node)) return undefined;
    this.seen.add(node);
    if (node.type !== 'string') return undefined;
    // Short values are settled by the detector's first test; only the others are worth a look-up.
    if (node.value.length < MEMO_MIN_LENGTH) return detectSecrets(node.value, context)[0];
    const verdicts = this.verdictsFor(context);
    if (!verdicts) return detectSecrets(node.value, context)[0];
    const known = verdicts.get(node.value);
    // Each finding gets its own hit object, as if detected afresh.
    if (known !== undefined) return known === null ? undefined : { ...known };
    const hit = detectSecrets(node.value, context)[0];
    verdicts.set(node.value, hit ?? null);
    return hit;
  }

  /** The verdicts under `context`'s place and name; none for the rare contexts with more to them. */
  private verdictsFor(context: SecretContext): Map<string, SecretHit | null> | undefined {
    if (context.password === true || context.description !== undefined) return undefined;
    let byName = this.verdicts.get(context.location);
    if (!byName) {
      byName = new Map();
      this.verdicts.set(context.location, byName);
    }
    let byValue = byName.get(context.name);
    if (!byValue) {
      byValue = new Map();
      byName.set(context.name, byValue);
    }
    return byValue;
  }

  private record(node: JsonString, hit: SecretHit, subject: string): void {
    this.found.push({ node, hit, subject });
  }

  args(items: readonly JsonNode[], subjectPrefix: string): void {
    const names = argNames(items.map((item) => (item.type === 'string' ? item.value : undefined)));
    items.forEach((item, index) => {
      const name = names[index];
      const context: SecretContext = { location: 'arg' };
      if (name !== undefined) context.name = name;
      const hit = this.check(item, context);
      // The subject is only spelt out for a hit: most arguments hold none.
      if (hit && item.type === 'string') this.record(item, hit, name !== undefined ? `The --${name} argument` : `${subjectPrefix} ${index + 1}`);
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
        // Checked here as well as in the call, so that no path is spelt out for a value already seen.
        if (this.seen.has(property.value) || depth + 1 > MAX_DEPTH || this.nameKeys.has(property.key)) continue;
        this.rest(property.value, property.key, path ? `${path}.${property.key}` : property.key, depth + 1);
      }
    } else if (node.type === 'array') {
      if (key === 'args') {
        // A server's args were examined with the server: usually nothing is left.
        if (node.items.some((item) => !this.seen.has(item))) this.args(node.items.filter((item) => !this.seen.has(item)), `${path} item`);
        return;
      }
      node.items.forEach((item, index) => {
        if (!this.seen.has(item) && depth + 1 <= MAX_DEPTH) this.rest(item, key, `${path}[${index}]`, depth + 1);
      });
    }
  }

  server(server: McpServer): void {
    this.examine(server.url, { location: 'url', name: 'url' }, 'The server URL');
    this.examine(server.command, { location: 'arg' }, 'The command');
    this.args(server.args, 'Argument');
    for (const env of server.env) this.examine(env.node, { location: 'env', name: env.name }, env.name);
    for (const header of server.headers) {
      const hit = this.check(header.node, { location: 'header', name: header.name });
      if (hit && header.node.type === 'string') this.record(header.node, hit, `Header ${header.name}`);
    }
    if (server.oauth) this.rest(server.oauth, undefined, oauthPath(server), 1);
    this.rest(server.node, undefined, '', 0);
    // Every string a later walk could reach in this server (at a greater depth, so no further)
    // has been examined: later walks need not go through it again.
    this.seen.add(server.node);
  }

  /**
   * Servers the normalised list leaves out: a server name written twice keeps only the last
   * definition, but the first one's secrets are in the file all the same.
   */
  shadowedServers(root: JsonNode | undefined, serversKey: string): void {
    const rootObject = asObject(root);
    if (!rootObject) return;
    for (const property of rootObject.properties) {
      if (property.key !== serversKey) continue;
      const container = asObject(property.value);
      if (!container) continue;
      // The servers of the list were walked, and marked seen: `rest` passes them by.
      for (const entry of container.properties) this.rest(entry.value, undefined, entry.key, 1);
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

const NO_KEYS: ReadonlySet<string> = new Set();

const cache = new WeakMap<ParsedDocument, { servers: readonly McpServer[]; found: FoundSecret[] }>();

/**
 * Every secret in the document's servers and inputs, one per string node. Cached per document
 * and server list, so the three secret rules share one pass.
 */
export function findDocumentSecrets(document: ParsedDocument, servers: readonly McpServer[], serversKey?: string, variableNameKeys?: readonly string[]): FoundSecret[] {
  const cached = cache.get(document);
  if (cached && cached.servers === servers) return cached.found;
  const walker = new Walker(document, variableNameKeys ? new Set(variableNameKeys) : NO_KEYS);
  for (const server of servers) walker.server(server);
  if (serversKey !== undefined) walker.shadowedServers(document.root, serversKey);
  walker.inputs(document.root);
  // Anything else in the file (a client's own settings next to its servers): same rules.
  walker.rest(document.root, undefined, '', 0);
  cache.set(document, { servers, found: walker.found });
  return walker.found;
}
