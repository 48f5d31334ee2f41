import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { DIALECTS } from '../../../../src/core/dialects/index';

/** Every `properties` entry of a schema, with its path, however deep (definitions included). */
function properties(schema: unknown, path = ''): Array<{ path: string; schema: Record<string, unknown> }> {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const found: Array<{ path: string; schema: Record<string, unknown> }> = [];
  for (const [key, value] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {})) {
    if (value && typeof value === 'object') {
      found.push({ path: `${path}.${key}`, schema: value as Record<string, unknown> });
      found.push(...properties(value, `${path}.${key}`));
    }
  }
  for (const key of ['items', 'additionalProperties']) found.push(...properties(node[key], `${path}/${key}`));
  for (const [key, value] of Object.entries((node.definitions as Record<string, unknown> | undefined) ?? {})) found.push(...properties(value, `#${key}`));
  return found;
}

test('schemas: valid draft-07 with the mcp-warden $id, one per dialect', () => {
  const ajv = new Ajv({ strict: false });
  for (const dialect of DIALECTS) {
    const schema = dialect.schema as Record<string, unknown>;
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#', dialect.id);
    assert.equal(schema.$id, `https://mcp-warden.dev/schemas/${dialect.id}.schema.json`);
    assert.ok(ajv.validateSchema(schema), `${dialect.id}: ${JSON.stringify(ajv.errors)}`);
    assert.ok(typeof schema.title === 'string' && typeof schema.description === 'string');
  }
});

test('schemas: every property is described (hovers and completion in VS Code)', () => {
  for (const dialect of DIALECTS) {
    const undocumented = properties(dialect.schema).filter((p) => typeof p.schema.description !== 'string' || p.schema.description.length < 8);
    assert.deepEqual(undocumented.map((p) => p.path), [], dialect.id);
  }
});

test('schemas: transports are enums where the client has them; the servers key is declared', () => {
  const typeEnums: Record<string, string[]> = {
    vscode: ['stdio', 'http', 'sse'],
    'claude-code': ['stdio', 'http', 'sse', 'ws'],
    cline: ['stdio', 'sse', 'streamableHttp'],
    roo: ['stdio', 'streamable-http', 'sse'],
    gemini: ['stdio', 'sse', 'http'],
    'copilot-cli': ['local', 'stdio', 'http', 'sse'],
  };
  for (const dialect of DIALECTS) {
    const schema = dialect.schema as { properties: Record<string, unknown>; definitions: { server: { properties: Record<string, { enum?: string[] }> } } };
    assert.ok(schema.properties[dialect.serversKey], `${dialect.id} declares ${dialect.serversKey}`);
    const expected = typeEnums[dialect.id];
    if (expected) assert.deepEqual(schema.definitions.server.properties.type?.enum, expected, dialect.id);
  }
});

test('schemas: only VS Code, Gemini and Codex servers reject unknown keys (the clients do too)', () => {
  for (const dialect of DIALECTS) {
    const server = (dialect.schema as { definitions: { server: { additionalProperties?: unknown } } }).definitions.server;
    assert.equal(server.additionalProperties === false, ['vscode', 'gemini', 'codex'].includes(dialect.id), dialect.id);
    const top = (dialect.schema as { additionalProperties?: unknown }).additionalProperties;
    assert.equal(top === false, dialect.id === 'vscode', `${dialect.id} top level`);
  }
});
