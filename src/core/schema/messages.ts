/**
 * What an ajv error means for the person editing the file: the exact place in the text (the
 * value, or the key of an unknown or misplaced property) and a sentence in the client's own terms
 * ("did you mean …", "a stdio server needs a command").
 */
import type { ErrorObject } from 'ajv';
import type { Dialect, McpServer, Transport } from '../dialects/dialect';
import { findNodeAtPointer, getPropertyEntry, type JsonNode, type ParsedDocument } from '../json/syntax-tree';
import { joinPointer, lastSegment, parentPointer, splitPointer } from '../json/pointer';

export interface SchemaProblem {
  /** JSON pointer of the value (or property) the problem is about. */
  pointer: string;
  /** Range in the document: the offending value, or the key for unknown / misplaced properties. */
  offset: number;
  length: number;
  message: string;
}

/** Key of the synthetic schema that stands for the branches of a collapsed anyOf/oneOf. */
export const ALTERNATIVES = 'x-mcp-warden-alternatives';

interface SchemaLike {
  [ALTERNATIVES]?: unknown[];
  type?: string | string[];
  items?: unknown;
  additionalProperties?: unknown;
  properties?: Record<string, unknown>;
  patternErrorMessage?: string;
  errorMessage?: string;
  enum?: unknown[];
}

function asSchema(value: unknown): SchemaLike {
  return value !== null && typeof value === 'object' ? (value as SchemaLike) : {};
}

const ARTICLE_TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describeActual(node: JsonNode | undefined): string {
  if (!node) return 'missing';
  if (node.type === 'boolean') return node.value ? 'true' : 'false';
  return ARTICLE_TYPES[node.type] ?? node.type;
}

/** "an array of strings", "a string, a number or null", … from a schema's `type`. */
function describeExpected(schema: SchemaLike): string {
  const parts = expectedParts(schema);
  // "true or false" reads well alone, not in a list.
  return joinOr(parts.length > 1 ? parts.map((part) => (part === ARTICLE_TYPES.boolean ? 'a boolean' : part)) : parts);
}

function expectedParts(schema: SchemaLike): string[] {
  const alternatives = schema[ALTERNATIVES];
  if (alternatives) return [...new Set(alternatives.flatMap((alternative) => expectedParts(asSchema(alternative))))];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types.map((type) => {
    if (type === 'array') {
      const itemType = asSchema(schema.items).type;
      if (itemType === 'string') return 'an array of strings';
      if (itemType === 'object') return 'an array of objects';
      return 'an array';
    }
    if (type === 'object') {
      const valueType = asSchema(schema.additionalProperties).type;
      if (valueType === 'string') return 'an object of "name": "value" strings';
      return 'an object';
    }
    return ARTICLE_TYPES[type] ?? type;
  });
}

function joinOr(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? 'something else';
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

const TRANSPORT_NOUN: Record<Transport, string> = {
  stdio: 'a stdio server',
  http: 'an HTTP server',
  sse: 'an SSE server',
  ws: 'a WebSocket server',
  unknown: 'this server',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Levenshtein distance, case-insensitive, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[t.length]!;
}

/** The known name closest to `name` (a typo, other case, `_` for `-`), if one is close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const squash = (text: string): string => text.toLowerCase().replace(/[-_\s]/g, '');
  const exact = candidates.find((candidate) => squash(candidate) === squash(name));
  if (exact !== undefined) return exact;
  const max = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate, max);
    // A one-letter name is "close" to every other one-letter name: require some overlap.
    if (distance >= Math.min(name.length, candidate.length)) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Per-validation state: the document, its dialect, and (lazily) its servers by pointer. */
export class ErrorContext {
  private serversByPointer: Map<string, McpServer> | undefined;

  constructor(
    private readonly document: ParsedDocument,
    private readonly dialect: Dialect,
    /** `pointer \0 key` of every property reported as unknown. */
    private readonly unknownKeys: ReadonlySet<string>,
  ) {}

  private server(pointer: string): McpServer | undefined {
    if (!this.serversByPointer) {
      this.serversByPointer = new Map();
      for (const server of this.dialect.servers(this.document)) this.serversByPointer.set(server.node.pointer, server);
    }
    return this.serversByPointer.get(pointer);
  }

  /** Is `pointer` an entry of a servers object (`/servers/x`, `/projects/p/mcpServers/x`)? */
  private isServerEntry(pointer: string): boolean {
    const parent = parentPointer(pointer);
    return parent === joinPointer('', this.dialect.serversKey) || /^\/projects\/[^/]+\/mcpServers$/.test(parent);
  }

  /** True when a syntax error lies inside `node`: its content is not what the user meant yet. */
  private broken(node: JsonNode): boolean {
    return this.document.syntaxErrors.some((error) => error.offset >= node.offset && error.offset <= node.offset + node.length);
  }

  /** The range of an object's name: its key in the parent, or its opening brace. */
  private objectHandle(node: JsonNode): { offset: number; length: number } {
    const segments = splitPointer(node.pointer);
    if (segments.length > 0) {
      const parent = findNodeAtPointer(this.document.root, parentPointer(node.pointer));
      const entry = parent?.type === 'object' ? getPropertyEntry(parent, segments[segments.length - 1]!) : undefined;
      if (entry && entry.value === node) return { offset: entry.keyOffset, length: entry.keyLength };
    }
    return { offset: node.offset, length: Math.min(1, node.length) };
  }

  /** What an object is, for messages: "a VS Code server", "an input", "the config", `"oauth"`. */
  private objectNoun(pointer: string): string {
    if (pointer === '') return `a ${this.dialect.label} config`;
    if (this.server(pointer)) return `a ${this.dialect.label} server`;
    if (/^\/inputs\/\d+$/.test(pointer)) return 'an input';
    return `"${lastSegment(pointer)}"`;
  }

  toProblem(error: ErrorObject): SchemaProblem | undefined {
    const pointer = error.instancePath;
    const node = findNodeAtPointer(this.document.root, pointer);
    if (!node) return undefined;
    const parentSchema = asSchema(error.parentSchema);

    switch (error.keyword) {
      case 'additionalProperties': {
        if (node.type !== 'object' || this.broken(node)) return undefined;
        const property = String((error.params as { additionalProperty?: unknown }).additionalProperty);
        const entry = getPropertyEntry(node, property);
        if (!entry) return undefined;
        const known = Object.keys(parentSchema.properties ?? {}).filter((key) => key !== '$schema');
        const suggestion = closestName(property, known);
        const where = pointer === '' ? `in a ${this.dialect.label} config` : `for ${this.objectNoun(pointer)}`;
        const message = `Unknown property "${property}" ${where}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`;
        return { pointer: joinPointer(pointer, property), offset: entry.keyOffset, length: entry.keyLength, message };
      }
      case 'false schema': {
        // A property a branch forbids: `url` on a stdio server, `command` on an HTTP server.
        const owner = parentPointer(pointer);
        const property = lastSegment(pointer);
        const ownerNode = findNodeAtPointer(this.document.root, owner);
        const entry = ownerNode?.type === 'object' ? getPropertyEntry(ownerNode, property) : undefined;
        if (!entry || !ownerNode || this.broken(ownerNode)) return undefined;
        const server = this.server(owner);
        const noun = server ? TRANSPORT_NOUN[server.transport] : 'here';
        const message = server ? `"${property}" is not allowed on ${noun}` : `"${property}" is not allowed here`;
        return { pointer, offset: entry.keyOffset, length: entry.keyLength, message };
      }
      case 'required': {
        if (this.broken(node)) return undefined;
        const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
        const message = this.requiredMessage(pointer, node, missing);
        // `"comand"` for `"command"`: the misspelt key is the place to fix. When it is also reported
        // as an unknown property (with the suggestion), that one finding says it all.
        const typo = node.type === 'object' ? node.properties.find((p) => p.key !== missing && closestName(p.key, [missing]) === missing) : undefined;
        if (typo) {
          if (this.unknownKeys.has(`${pointer}\u0000${typo.key}`)) return undefined;
          return { pointer: joinPointer(pointer, typo.key), offset: typo.keyOffset, length: typo.keyLength, message: `${message} — is "${typo.key}" a typo?` };
        }
        return { pointer, ...this.objectHandle(node), message };
      }
      default: {
        if (this.broken(node)) return undefined;
        return { pointer, offset: node.offset, length: node.length, message: this.valueMessage(error, pointer, node, parentSchema) };
      }
    }
  }

  private requiredMessage(pointer: string, node: JsonNode, missing: string): string {
    const server = this.server(pointer);
    if (server) {
      const urlKeys = remoteKeyNames(this.dialect);
      if (missing === 'command') {
        const explicit = server.transport === 'stdio' && hasExplicitType(node);
        return explicit ? 'A stdio server needs "command"' : `A stdio server needs "command" (or set ${urlKeys} for a remote server)`;
      }
      if (missing === 'tools') return `A ${this.dialect.label} server needs "tools": the tools it may use (["*"] allows all of them)`;
      if (missing === 'type') {
        const remoteTypes = schemaTypeEnum(this.dialect.schema).filter((type) => type !== 'stdio' && type !== 'local');
        const choices = remoteTypes.length > 0 ? `: ${joinOr(remoteTypes.map(quote))}` : '';
        return `A server with "url" needs "type"${choices}`;
      }
      if (['url', 'serverUrl', 'httpUrl'].includes(missing)) {
        return `${capitalize(TRANSPORT_NOUN[server.transport] === 'this server' ? 'a remote server' : TRANSPORT_NOUN[server.transport])} needs "${missing}"`;
      }
      return `${capitalize(`a ${this.dialect.label} server`)} needs "${missing}"`;
    }
    if (/^\/inputs\/\d+$/.test(pointer)) {
      const type = node.type === 'object' ? getPropertyEntry(node, 'type')?.value : undefined;
      const kind = type?.type === 'string' && type.value ? `A ${type.value} input` : 'An input';
      if (missing === 'type') return 'An input needs "type": "promptString", "pickString" or "command"';
      return `${kind} needs "${missing}"`;
    }
    if (pointer === '') return `The config needs "${missing}"`;
    return `"${lastSegment(pointer)}" needs "${missing}"`;
  }

  private valueMessage(error: ErrorObject, pointer: string, node: JsonNode, schema: SchemaLike): string {
    const name = lastSegment(pointer);
    const parentName = lastSegment(parentPointer(pointer));
    const schemaPath = error.schemaPath;
    const subject = pointer === '' ? 'The config' : `"${name}"`;
    switch (error.keyword) {
      case 'type': {
        const expected = describeExpected(schema);
        const actual = describeActual(node);
        if (pointer === '') return `The file must hold a JSON object, not ${actual}`;
        if (this.isServerEntry(pointer)) return `Server "${name}" must be an object, not ${actual}`;
        if (/\/items\/type$/.test(schemaPath)) return `Each item of "${parentName}" must be ${expected}, not ${actual}`;
        if (/\/additionalProperties\/type$/.test(schemaPath)) return `"${name}" in "${parentName}" must be ${expected}, not ${actual}`;
        return `"${name}" must be ${expected}, not ${actual}`;
      }
      case 'enum': {
        const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? schema.enum ?? []).map((v) => String(v));
        const value = node.type === 'string' ? node.value : undefined;
        const suggestion = value !== undefined ? closestName(value, allowed) : undefined;
        return `${subject} must be one of: ${allowed.join(', ')}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`;
      }
      case 'const':
        return `${subject} must be ${quote((error.params as { allowedValue?: unknown }).allowedValue)}`;
      case 'pattern':
        return schema.patternErrorMessage ?? schema.errorMessage ?? `${subject} does not have the expected form`;
      case 'minLength': {
        const limit = Number((error.params as { limit?: unknown }).limit);
        return limit <= 1 ? `${subject} must not be empty` : `${subject} must be at least ${limit} characters long`;
      }
      case 'minItems': {
        const limit = Number((error.params as { limit?: unknown }).limit);
        return limit <= 1 ? `${subject} must not be empty` : `${subject} must have at least ${limit} items`;
      }
      case 'minimum':
      case 'exclusiveMinimum':
      case 'maximum':
      case 'exclusiveMaximum': {
        const { comparison, limit } = error.params as { comparison?: string; limit?: unknown };
        const words: Record<string, string> = { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than' };
        return `${subject} must be ${words[comparison ?? ''] ?? comparison ?? ''} ${String(limit)}`;
      }
      default:
        return `${subject} ${error.message ?? 'is not valid'}`;
    }
  }
}

function hasExplicitType(node: JsonNode): boolean {
  return node.type === 'object' && node.properties.some((p) => p.key === 'type' || p.key === 'transportType');
}

/** The dialect's remote endpoint keys, for "or set … for a remote server". */
function remoteKeyNames(dialect: Dialect): string {
  switch (dialect.id) {
    case 'windsurf':
      return '"serverUrl"';
    case 'gemini':
      return '"httpUrl" or "url"';
    default:
      return '"url"';
  }
}

/** The `type` enum of a dialect schema's server definition, if it has one. */
function schemaTypeEnum(schema: object): string[] {
  const definitions = asSchema(schema) as { definitions?: Record<string, unknown> };
  const server = asSchema(definitions.definitions?.server);
  const type = asSchema(server.properties?.type);
  return Array.isArray(type.enum) ? type.enum.map(String) : [];
}
