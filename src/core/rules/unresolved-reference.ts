/**
 * MCP060 — a reference that resolves to nothing: VS Code `${input:x}` with no input `x` in
 * `inputs` (the server fails to start, or VS Code prompts for an unknown value), and the
 * launcher's `${keychain:id}` when this machine's keychain has no secret `id`.
 */
import type { McpServer, ReferenceMatch } from '../dialects/dialect';
import { vscodeInputs } from '../dialects/vscode-inputs';
import { insertArrayItemEdits, lazyFix, setValueEdits } from '../json/edits';
import type { Fix } from '../model';
import { asObject, asString, getProperty, stringValueSpan, type JsonNode, type JsonString } from '../json/syntax-tree';
import { splitPointer } from '../json/pointer';
import { looksSecret } from './_shared/secret-names';
import type { Rule, RuleContext } from './rule';

export const unresolvedReference: Rule = {
  id: 'MCP060',
  name: 'unresolved-reference',
  category: 'unresolved-reference',
  defaultSeverity: 'error',
  securitySeverity: 3.0,
  docs: {
    summary: 'A reference points at nothing: `${input:x}` with no input `x` declared in `inputs`, or a keychain secret (`${keychain:id}`, or an `mcpWarden.secret` input) that this machine does not have.',
    why:
      'An unresolved reference breaks the server at start, or worse, reaches it as the literal text `${input:x}` and makes it fail in confusing ways (an "invalid token" from the API). It is usually a typo or an input deleted while a server still uses it.',
    fix: 'Declare the input (the quick fix adds a `promptString` input, masked when the value looks secret) or fix the id. For a keychain reference, store the secret with `mcp-warden secret set <id>` (or **MCP Warden: Set Secret**; VS Code also asks for a missing one at the next start).',
    bad: '{ "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "env": { "GITHUB_TOKEN": "${input:github_token}" } } } }',
    good: '{ "inputs": [{ "type": "promptString", "id": "github_token", "description": "GitHub token", "password": true }], "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "env": { "GITHUB_TOKEN": "${input:github_token}" } } } }',
  },
  check(context) {
    const inputs = vscodeInputs(context.document);
    const declared = new Set(inputs.map((input) => input.id));
    // One list, refilled per server.
    const strings: JsonString[] = [];
    for (const server of context.servers) {
      strings.length = 0;
      for (const node of stringsIn(server.node, strings)) {
        for (const reference of context.dialect.references(node.value)) checkReference(context, server, node, reference, declared);
      }
    }
    if (context.dialect.id === 'vscode' && context.keychainIds) checkResolverInputs(context, inputs, context.keychainIds);
  },
};

/** VS Code `command` inputs answered by MCP Warden whose secret this machine does not have. */
function checkResolverInputs(context: RuleContext, inputs: ReturnType<typeof vscodeInputs>, present: ReadonlySet<string>): void {
  for (const input of inputs) {
    if (input.type !== 'command' || asString(getProperty(input.node, 'command'))?.value !== 'mcpWarden.secret') continue;
    const idNode = asString(getProperty(asObject(getProperty(input.node, 'args')), 'id'));
    if (!idNode || present.has(idNode.value)) continue;
    context.report({
      node: idNode,
      message: `Input "${input.id}" asks MCP Warden for secret ${idNode.value}, which this machine's keychain does not have; VS Code will ask for it at the next start (or set it now: MCP Warden: Set Secret).`,
    });
  }
}

function checkReference(context: RuleContext, server: McpServer, node: JsonString, reference: ReferenceMatch, declared: ReadonlySet<string>): void {
  const name = reference.name;
  if (!name) return;
  const span = stringValueSpan(context.document.text, node, reference.offset, reference.offset + reference.length);
  if (reference.kind === 'input' && !declared.has(name)) {
    const fix = addInputFix(context, server, node, name);
    context.report({
      node,
      offset: span.offset,
      length: span.length,
      message: `Server "${server.name}" uses \${input:${name}}, but no input "${name}" is declared in "inputs"; add it or fix the id.`,
      ...(fix ? { fix } : {}),
    });
  } else if (reference.kind === 'keychain' && context.keychainIds && !context.keychainIds.has(name)) {
    context.report({
      node,
      offset: span.offset,
      length: span.length,
      message: `Server "${server.name}" uses \${keychain:${name}}, but this machine's keychain has no such secret; set it with mcp-warden secret set ${name}.`,
    });
  }
}

/** Every string value inside `node` (object values and array items, any depth), in order. */
function stringsIn(node: JsonNode, out: JsonString[] = []): JsonString[] {
  if (node.type === 'string') out.push(node);
  else if (node.type === 'array') for (const item of node.items) stringsIn(item, out);
  else if (node.type === 'object') for (const property of node.properties) stringsIn(property.value, out);
  return out;
}

/** Adds `{ type: promptString, id, description, password? }` to `inputs`, creating the array if needed. */
function addInputFix(context: RuleContext, server: McpServer, node: JsonString, id: string): Fix | undefined {
  const { document } = context;
  const inputs = getProperty(document.root, 'inputs');
  if (document.root?.type !== 'object' || (inputs && inputs.type !== 'array')) return undefined;
  const usedFor = usedForName(server, node);
  const input: Record<string, unknown> = {
    type: 'promptString',
    id,
    description: usedFor ? `${usedFor} for ${server.name}` : `Value of ${id} for ${server.name}`,
  };
  if (looksSecret(id) || (usedFor !== undefined && looksSecret(usedFor))) input.password = true;
  const inputsPointer = inputs?.pointer;
  return lazyFix(`Declare input "${id}"`, true, () =>
    inputsPointer !== undefined ? insertArrayItemEdits(document, inputsPointer, -1, input) : setValueEdits(document, '/inputs', [input]),
  );
}

/**
 * What the value is for: the env var or header name it is the value of, or the flag before it
 * in `args` (`--token ${input:t}`, `--token=${input:t}`).
 */
function usedForName(server: McpServer, node: JsonString): string | undefined {
  const segments = splitPointer(node.pointer);
  const serverDepth = splitPointer(server.node.pointer).length;
  const field = segments[serverDepth];
  const key = segments[serverDepth + 1];
  if (segments.length === serverDepth + 2 && key !== undefined && field !== 'args') return key;
  if (field !== 'args' || key === undefined) return undefined;
  const inline = /^--?([A-Za-z][\w-]*)=/.exec(node.value);
  if (inline?.[1]) return inline[1];
  const previous = server.args[Number(key) - 1];
  return previous?.type === 'string' && /^--?[A-Za-z][\w-]*$/.test(previous.value) ? previous.value.replace(/^-+/, '') : undefined;
}
