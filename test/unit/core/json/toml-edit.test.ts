/** The TOML edit primitives (the keychain migration's building blocks): layout and comments kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { editorFor, removeAt, setValueAt } from '../../../../src/core/json/structured-edit';
import { parseToml } from '../../../../src/core/json/toml';
import { findNodeAtPointer, toPlainValue, type JsonArray, type JsonObject, type JsonString } from '../../../../src/core/json/syntax-tree';

const TEXT = `# Codex config
[mcp_servers.github] # the GitHub server
command = "npx"
args = [
  "-y", # ask nothing
  "@modelcontextprotocol/server-github",
]
env = { GITHUB_TOKEN = "abc", LOG = 'info' }

# Figma
[mcp_servers.figma]
url = 'http://mcp.figma.example/mcp'

[mcp_servers.figma.http_headers]
X-Client = "codex" # who we are
`;

function edit(text: string, run: (document: ReturnType<typeof parseToml>) => Array<{ offset: number; length: number; content: string }>): { text: string; value: unknown } {
  const document = parseToml(text);
  const after = applyTextEdits(text, run(document));
  const reparsed = parseToml(after);
  assert.deepEqual(reparsed.syntaxErrors, [], after);
  return { text: after, value: toPlainValue(reparsed.root!) };
}

/** The node at `pointer` in the document being edited (the edit index is per document). */
const at = <T>(document: { root: Parameters<typeof findNodeAtPointer>[0] }, pointer: string): T => findNodeAtPointer(document.root, pointer) as T;

test('toml edit: replaceScalar keeps the quoting style; every comment stays', () => {
  const result = edit(TEXT, (d) => editorFor(d).replaceScalar(at(d, '/mcp_servers/figma/url'), 'https://mcp.figma.example/mcp'));
  assert.ok(result.text.includes("url = 'https://mcp.figma.example/mcp'"));
  for (const comment of ['# Codex config', '# the GitHub server', '# ask nothing', '# Figma', '# who we are']) assert.ok(result.text.includes(comment), comment);
  const quoted = edit(TEXT, (d) => editorFor(d).replaceScalar(at(d, '/mcp_servers/figma/url'), "it's"));
  assert.ok(quoted.text.includes('url = "it\'s"'), 'a literal string that cannot hold a quote becomes a basic string');
});

test('toml edit: replaceInString changes only the characters asked for', () => {
  const result = edit(TEXT, (d) => editorFor(d).replaceInString(at<JsonString>(d, '/mcp_servers/figma/url'), 0, 4, 'https'));
  assert.equal((result.value as { mcp_servers: { figma: { url: string } } }).mcp_servers.figma.url, 'https://mcp.figma.example/mcp');
  assert.equal(result.text, TEXT.replace("'http://", "'https://"));
});

test('toml edit: insertProperty into a [table], an inline table, a dotted table and the root', () => {
  const table = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcp_servers/figma/http_headers'), 'Authorization', 'Bearer ${keychain:x}'));
  assert.ok(table.text.endsWith('X-Client = "codex" # who we are\nAuthorization = "Bearer ${keychain:x}"\n'), table.text);
  const inline = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcp_servers/github/env'), 'NEW', 'v'));
  assert.ok(inline.text.includes(`env = { GITHUB_TOKEN = "abc", LOG = 'info', NEW = "v" }`), inline.text);
  const server = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcp_servers/figma'), 'enabled', false));
  assert.ok(server.text.includes("url = 'http://mcp.figma.example/mcp'\nenabled = false\n"), server.text);
  const nested = edit(TEXT, (d) => editorFor(d).insertProperty(at(d, '/mcp_servers/figma'), 'env', { A: '1', 'B C': 'x' }));
  assert.deepEqual((nested.value as { mcp_servers: { figma: { env: unknown } } }).mcp_servers.figma.env, { A: '1', 'B C': 'x' });
  const dottedText = '[s]\ncommand = "x"\nenv.A = "1"\n';
  const dotted = edit(dottedText, (d) => editorFor(d).insertProperty(at(d, '/s/env'), 'B', '2'));
  assert.equal(dotted.text, '[s]\ncommand = "x"\nenv.A = "1"\nenv.B = "2"\n');
  const rootText = 'model = "m"\n\n[mcp_servers.a]\ncommand = "x"\n';
  const root = edit(rootText, (d) => editorFor(d).insertProperty(d.root as JsonObject, 'approval_policy', 'never'));
  assert.equal(root.text, 'model = "m"\napproval_policy = "never"\n\n[mcp_servers.a]\ncommand = "x"\n');
  const implicitText = '[mcp_servers.a]\ncommand = "x"\n';
  const implicit = edit(implicitText, (d) => editorFor(d).insertProperty(at(d, '/mcp_servers'), 'note', 'n'));
  assert.deepEqual(implicit.value, { mcp_servers: { note: 'n', a: { command: 'x' } } });
});

test('toml edit: prepend and append keep a multi-line array multi-line, an inline array inline', () => {
  const multi = edit(TEXT, (d) => editorFor(d).prependArrayItems(at<JsonArray>(d, '/mcp_servers/github/args'), ['run', '--']));
  assert.ok(multi.text.includes('args = [\n  "run",\n  "--",\n  "-y", # ask nothing\n'), multi.text);
  const inlineText = '[s]\nargs = ["-y", "pkg"] # note\n';
  const inline = edit(inlineText, (d) => editorFor(d).prependArrayItems(at<JsonArray>(d, '/s/args'), ['run', '--']));
  assert.equal(inline.text, '[s]\nargs = ["run", "--", "-y", "pkg"] # note\n');
  const appended = edit(inlineText, (d) => editorFor(d).appendArrayItems(at<JsonArray>(d, '/s/args'), ['--flag']));
  assert.equal(appended.text, '[s]\nargs = ["-y", "pkg", "--flag"] # note\n');
  const emptyText = '[s]\nargs = []\n';
  assert.equal(edit(emptyText, (d) => editorFor(d).prependArrayItems(at<JsonArray>(d, '/s/args'), ['a'])).text, '[s]\nargs = ["a"]\n');
});

test('toml edit: removals take the line and the comma, keep other comments', () => {
  const item = edit(TEXT, (d) => editorFor(d).removeArrayItems(at<JsonArray>(d, '/mcp_servers/github/args'), [1]));
  assert.ok(item.text.includes('args = [\n  "-y", # ask nothing\n]'), item.text);
  const inlineEntry = edit(TEXT, (d) => removeAt(d, '/mcp_servers/github/env/GITHUB_TOKEN'));
  assert.ok(inlineEntry.text.includes("env = { LOG = 'info' }"), inlineEntry.text);
  const line = edit(TEXT, (d) => removeAt(d, '/mcp_servers/figma/http_headers/X-Client'));
  assert.ok(line.text.endsWith('[mcp_servers.figma.http_headers]\n'), line.text);
  const set = edit(TEXT, (d) => setValueAt(d, '/mcp_servers/github/command', 'uvx'));
  assert.ok(set.text.includes('command = "uvx"'));
});
