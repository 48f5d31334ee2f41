/** The YAML edit primitives (the keychain migration's building blocks): layout and comments kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { editorFor, removeAt, setValueAt } from '../../../../src/core/json/structured-edit';
import { parseYaml } from '../../../../src/core/json/yaml';
import { findNodeAtPointer, toPlainValue, type JsonArray, type JsonObject, type JsonString } from '../../../../src/core/json/syntax-tree';

const TEXT = `# Continue block
name: GitHub
mcpServers:
  - name: gh # the server
    command: npx
    args:
      - "-y" # ask nothing
      - '@modelcontextprotocol/server-github'
    env:
      GITHUB_TOKEN: abc # pasted
      LOG: info
  - name: remote
    url: http://mcp.example.com/mcp
    headers: { X-A: "1", X-B: '2' }
`;

function edit(text: string, run: (document: ReturnType<typeof parseYaml>) => Array<{ offset: number; length: number; content: string }>): { text: string; value: unknown } {
  const document = parseYaml(text);
  const after = applyTextEdits(text, run(document));
  const reparsed = parseYaml(after);
  assert.deepEqual(reparsed.syntaxErrors, [], after);
  return { text: after, value: toPlainValue(reparsed.root!) };
}

/** The node at `pointer` in the document being edited (the edit index is per document). */
const at = <T>(document: { root: Parameters<typeof findNodeAtPointer>[0] }, pointer: string): T => findNodeAtPointer(document.root, pointer) as T;
type Servers = { mcpServers: Array<Record<string, unknown>> };

test('yaml edit: replaceScalar keeps the quoting; replaceInString changes just the scheme', () => {
  const single = edit(TEXT, (d) => editorFor(d).replaceScalar(at(d, '/mcpServers/0/args/1'), 'pkg@1.2.3'));
  assert.ok(single.text.includes("      - 'pkg@1.2.3'"), single.text);
  const plain = edit(TEXT, (d) => editorFor(d).replaceScalar(at(d, '/mcpServers/0/command'), 'yes'));
  assert.ok(plain.text.includes('    command: "yes"'), 'a plain value that would read as a boolean is quoted');
  const scheme = edit(TEXT, (d) => editorFor(d).replaceInString(at<JsonString>(d, '/mcpServers/1/url'), 0, 4, 'https'));
  assert.equal(scheme.text, TEXT.replace('url: http://', 'url: https://'));
  for (const comment of ['# Continue block', '# the server', '# ask nothing', '# pasted']) assert.ok(scheme.text.includes(comment));
});

test('yaml edit: insertProperty into a block mapping (nested values as blocks), a flow mapping, a sequence item', () => {
  const env = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcpServers/0/env'), 'NEW', 'v'));
  assert.ok(env.text.includes('      LOG: info\n      NEW: v\n  - name: remote'), env.text);
  const server = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcpServers/1'), 'env', { TOKEN: '${{ secrets.T }}' }));
  assert.deepEqual((server.value as Servers).mcpServers[1]?.env, { TOKEN: '${{ secrets.T }}' });
  assert.ok(server.text.endsWith("    headers: { X-A: \"1\", X-B: '2' }\n    env:\n      TOKEN: ${{ secrets.T }}\n"), server.text);
  const flow = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcpServers/1/headers'), 'Authorization', 'Bearer x'));
  assert.ok(flow.text.includes(`headers: { X-A: "1", X-B: '2', Authorization: Bearer x }`), flow.text);
  const root = edit(TEXT, (d) => editorFor(d).insertProperty(d.root as JsonObject, 'version', '0.0.2'));
  assert.equal((root.value as { version: string }).version, '0.0.2');
});

test('yaml edit: prepend / append items in a block sequence and a flow sequence', () => {
  const block = edit(TEXT, (d) => editorFor(d).prependArrayItems(at<JsonArray>(d, '/mcpServers/0/args'), ['run', '--']));
  assert.ok(block.text.includes('    args:\n      - run\n      - --\n      - "-y" # ask nothing\n'), block.text);
  const flowText = 'a:\n  args: ["-y", pkg] # note\n';
  assert.equal(edit(flowText, (d) => editorFor(d).prependArrayItems(at<JsonArray>(d, '/a/args'), ['run'])).text, 'a:\n  args: [run, "-y", pkg] # note\n');
  assert.equal(edit(flowText, (d) => editorFor(d).appendArrayItems(at<JsonArray>(d, '/a/args'), ['--x'])).text, 'a:\n  args: ["-y", pkg, --x] # note\n');
  const appended = edit(TEXT, (d) => editorFor(d).appendArrayItems(at<JsonArray>(d, '/mcpServers/0/args'), ['--flag']));
  assert.deepEqual((appended.value as Servers).mcpServers[0]?.args, ['-y', '@modelcontextprotocol/server-github', '--flag']);
});

test('yaml edit: removals take their lines; an emptied mapping becomes {}', () => {
  const item = edit(TEXT, (d) => editorFor(d).removeArrayItems(at<JsonArray>(d, '/mcpServers/0/args'), [0]));
  assert.ok(item.text.includes("    args:\n      - '@modelcontextprotocol/server-github'\n    env:"), item.text);
  const entry = edit(TEXT, (d) => removeAt(d, '/mcpServers/0/env/GITHUB_TOKEN'));
  assert.ok(entry.text.includes('    env:\n      LOG: info\n'), entry.text);
  const emptied = edit(entry.text, (d) => removeAt(d, '/mcpServers/0/env/LOG'));
  assert.ok(emptied.text.includes('    env: {}\n  - name: remote'), emptied.text);
  const flow = edit(TEXT, (d) => removeAt(d, '/mcpServers/1/headers/X-A'));
  assert.ok(flow.text.includes("headers: { X-B: '2' }"), flow.text);
  const first = edit(TEXT, (d) => removeAt(d, '/mcpServers/1/name'));
  assert.ok(first.text.includes('  - url: http://mcp.example.com/mcp\n'), first.text);
  const set = edit(TEXT, (d) => setValueAt(d, '/mcpServers/1/type', 'streamable-http'));
  assert.equal((set.value as Servers).mcpServers[1]?.type, 'streamable-http');
});
