/** The CLI with the TOML / YAML / later JSON clients: discovery, the JSON report's dialect, migration refused for now. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findConfigsUnder, userConfigs } from '../../../src/node/discover';
import { cli, workspace } from './run-cli';

const FILES: Record<string, { text: string; dialect: string }> = {
  '.codex/config.toml': { text: '[mcp_servers.a]\ncommand = "uvx"\nargs = ["mcp-server-fetch==2025.4.7"]\n', dialect: 'codex' },
  '.continue/mcpServers/fetch.yaml': { text: 'name: f\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: f\n    command: uvx\n    args: [mcp-server-fetch==2025.4.7]\n', dialect: 'continue' },
  '.continue/mcpServers/claude.json': { text: '{ "mcpServers": { "f": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"] } } }', dialect: 'continue' },
  'opencode.jsonc': { text: '{ "mcp": { "f": { "type": "local", "command": ["uvx", "mcp-server-fetch==2025.4.7"] } } }', dialect: 'opencode' },
  '.kiro/settings/mcp.json': { text: '{ "mcpServers": {} }', dialect: 'kiro' },
  '.amazonq/mcp.json': { text: '{ "mcpServers": {} }', dialect: 'amazon-q' },
  '.vs/mcp.json': { text: '{ "servers": {} }', dialect: 'visual-studio' },
  '.junie/mcp/mcp.json': { text: '{ "mcpServers": {} }', dialect: 'junie' },
};

const texts = Object.fromEntries(Object.entries(FILES).map(([path, file]) => [path, file.text]));

test('scan --format json names each file\'s dialect, for every new client', async () => {
  const dir = workspace({ ...texts, 'goose/config.yaml': 'extensions:\n  a:\n    type: builtin\n    name: developer\n' });
  const run = await cli(['scan', '.', '--format', 'json'], dir);
  const report = JSON.parse(run.stdout) as { files: Array<{ path: string; dialect: string | null }> };
  const byPath = Object.fromEntries(report.files.map((f) => [f.path.replace(/^\.\//, ''), f.dialect]));
  for (const [path, file] of Object.entries(FILES)) assert.equal(byPath[path], file.dialect, path);
  assert.equal(byPath['goose/config.yaml'], 'goose');
});

test('scan with no paths finds the workspace files of the new clients (wildcards included)', async () => {
  const dir = workspace(texts);
  const run = await cli(['scan', '--format', 'json'], dir);
  const report = JSON.parse(run.stdout) as { files: Array<{ path: string }> };
  assert.deepEqual(report.files.map((f) => f.path).sort(), Object.keys(FILES).sort());
  assert.deepEqual((await findConfigsUnder(dir)).length, Object.keys(FILES).length);
});

test("a config.toml or config.yaml outside a client's folder is not taken for an MCP config", async () => {
  const dir = workspace({ ...texts, 'site/config.toml': 'baseURL = "https://example.org/"\n', 'app/config.yaml': 'port: [8080\n', 'app/config.yml': 'a: 1\n' });
  const run = await cli(['scan', '--format', 'json'], dir);
  const report = JSON.parse(run.stdout) as { files: Array<{ path: string }> };
  assert.deepEqual(report.files.map((f) => f.path).sort(), Object.keys(FILES).sort());
});

test('user-level discovery: Codex, Continue block folders, Goose, opencode, Kiro, Amazon Q, LM Studio, Junie', async () => {
  const home = workspace({
    '.codex/config.toml': '',
    '.continue/config.yaml': '',
    '.continue/mcpServers/a.yaml': '',
    '.continue/mcpServers/b.json': '',
    '.continue/mcpServers/notes.txt': '',
    '.config/goose/config.yaml': '',
    '.config/opencode/opencode.json': '',
    '.kiro/settings/mcp.json': '',
    '.aws/amazonq/mcp.json': '',
    '.lmstudio/mcp.json': '',
    '.junie/mcp/mcp.json': '',
  });
  const found = (await userConfigs({}, home)).map((path) => path.slice(home.length + 1)).sort();
  for (const expected of [
    '.codex/config.toml',
    '.continue/config.yaml',
    '.continue/mcpServers/a.yaml',
    '.continue/mcpServers/b.json',
    '.config/goose/config.yaml',
    '.config/opencode/opencode.json',
    '.kiro/settings/mcp.json',
    '.aws/amazonq/mcp.json',
    '.lmstudio/mcp.json',
    '.junie/mcp/mcp.json',
  ]) {
    assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
  }
  assert.ok(!found.includes('.continue/mcpServers/notes.txt'));
});

test('migrate refuses the new clients for now and leaves the file as it was', async () => {
  const token = ['ghp', '_', 'R8x2Kq7ZmW4pLs9TnV3bYc6HdJ1fGa5EuQ0o'].join('');
  const text = `[mcp_servers.gh]\ncommand = "npx"\nenv = { GITHUB_TOKEN = "${token}" }\n`;
  const dir = workspace({ '.codex/config.toml': text });
  const run = await cli(['migrate', '.codex/config.toml', '--yes'], dir);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /not supported yet; nothing was changed/);
  assert.ok(!run.stderr.includes(token) && !run.stdout.includes(token));
  assert.equal(readFileSync(join(dir, '.codex/config.toml'), 'utf8'), text);
});
