import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine/scan';
import { dialectById } from '../../../../src/core/dialects/index';
import type { Dialect } from '../../../../src/core/dialects/dialect';
import { parseDocument } from '../../../../src/core/json/parse';
import { ruleById } from '../../../../src/core/rules/index';
import { closestName } from '../../../../src/core/schema/messages';
import { validateAgainstSchema } from '../../../../src/core/schema/validate';
import { FIXTURES, fixturePath, fixtureText, type FixtureName } from '../dialects/fixtures';

/** MCP070 findings for `config` (object -> 2-space JSON, or raw text) at `path`. */
function problems(config: unknown, path: string): Array<{ message: string; text: string; pointer: string }> {
  const text = typeof config === 'string' ? config : JSON.stringify(config, null, 2);
  return scanText(text, { path })
    .findings.filter((f) => f.ruleId === 'MCP070')
    .map((f) => ({ message: f.message, text: text.substr(f.offset, f.length), pointer: f.pointer }));
}

/** Exactly one finding, returned. */
function one(config: unknown, path: string): { message: string; text: string; pointer: string } {
  const found = problems(config, path);
  assert.equal(found.length, 1, `expected one finding, got ${JSON.stringify(found, null, 2)}`);
  return found[0]!;
}

const PATHS = {
  vscode: '.vscode/mcp.json',
  claudeCode: '.mcp.json',
  claudeUser: '/home/a/.claude.json',
  desktop: 'claude_desktop_config.json',
  cursor: '.cursor/mcp.json',
  windsurf: '/home/a/.codeium/windsurf/mcp_config.json',
  cline: 'cline_mcp_settings.json',
  roo: '.roo/mcp.json',
  gemini: '.gemini/settings.json',
  zed: '.zed/settings.json',
  copilot: '/home/a/.copilot/mcp-config.json',
};

test('MCP070: the realistic fixture of every dialect produces no finding', () => {
  for (const name of Object.keys(FIXTURES) as FixtureName[]) {
    assert.deepEqual(problems(fixtureText(name), fixturePath(name)), [], name);
  }
});

test('MCP070: valid real-world variants produce no finding', () => {
  const valid: Array<[string, unknown]> = [
    // VS Code: gallery installs, inputs of every kind, unix sockets, ${input:} urls, trailing commas, empty file parts.
    [PATHS.vscode, '{\n  // servers\n  "servers": {},\n}'],
    [PATHS.vscode, {}],
    [PATHS.vscode, { $schema: 'vscode://schemas/mcp', servers: { s: { type: 'http', url: 'unix:///tmp/mcp.sock' } } }],
    [PATHS.vscode, { servers: { s: { type: 'sse', url: 'pipe:///mcp' }, t: { url: '${input:server-url}' } } }],
    [PATHS.vscode, { servers: { s: { command: 'uvx', args: ['mcp-server-fetch'], env: {} } }, inputs: [] }],
    [PATHS.vscode, { servers: { s: { command: 'x', dev: { watch: ['src/**', 'lib/**'], debug: { type: 'debugpy', debugpyPath: '/x' } } } } }],
    [PATHS.vscode, { inputs: [{ id: 'a', type: 'promptString' }, { id: 'b', type: 'command', command: 'ext.cmd', args: ['x'] }] }],
    // Claude Code: env {}, no type for stdio, timeout, projects without servers.
    [PATHS.claudeCode, { mcpServers: { s: { command: 'npx', args: [], env: {} }, h: { type: 'http', url: 'https://x/mcp', headers: {} } } }],
    [PATHS.claudeUser, { projects: { '/p': { allowedTools: [], mcpContextUris: [] } }, oauthAccount: { emailAddress: 'a@b.c' } }],
    // Claude Desktop with extra top-level keys.
    [PATHS.desktop, { mcpServers: {}, globalShortcut: 'Ctrl+Space', preferences: { quickEntryShortcut: 'off' } }],
    // Cursor with a type, Windsurf with url instead of serverUrl.
    [PATHS.cursor, { mcpServers: { s: { type: 'stdio', command: 'npx', args: ['-y', 'x'] }, r: { type: 'sse', url: 'https://x/sse' } } }],
    [PATHS.windsurf, { mcpServers: { s: { url: 'https://x/mcp', headers: { A: 'b' } } } }],
    // Cline as the extension writes it; Roo stdio with explicit type.
    [PATHS.cline, { mcpServers: { s: { type: 'sse', url: 'https://x/sse', disabled: false, autoApprove: [], timeout: 60 } } }],
    [PATHS.roo, { mcpServers: { s: { type: 'stdio', command: 'node', args: ['x.js'], disabledTools: ['a'] } } }],
    // Gemini: many non-MCP settings of any shape, mcp block, tcp server.
    [PATHS.gemini, { general: { vimMode: true }, model: { name: 'gemini-2.5-pro' }, tools: { sandbox: 'docker' }, hooks: {}, mcpServers: { t: { tcp: 'ws://localhost:9000' } } }],
    [PATHS.gemini, { theme: 'Default', selectedAuthType: 'oauth-personal' }],
    // Zed: source custom with nothing else but a command, extension with no settings, unrelated settings.
    [PATHS.zed, { vim_mode: true, context_servers: { a: { source: 'custom', command: 'x' }, b: { source: 'extension' }, c: { settings: {} } } }],
    // Copilot: empty tools list, sse.
    [PATHS.copilot, { mcpServers: { s: { type: 'sse', url: 'https://x', tools: [] }, t: { command: 'x', tools: ['*'] } } }],
  ];
  for (const [path, config] of valid) assert.deepEqual(problems(config, path), [], `${path}: ${JSON.stringify(config)}`);
});

test('MCP070: a misspelt key is one finding on the key, with a suggestion', () => {
  const vscode = one({ servers: { github: { comand: 'npx', args: ['-y', 'x'] } } }, PATHS.vscode);
  assert.equal(vscode.message, 'Unknown property "comand" for a VS Code server — did you mean "command"?');
  assert.equal(vscode.text, '"comand"');
  assert.equal(vscode.pointer, '/servers/github/comand');

  // Lenient clients: the missing command is the finding, placed on the misspelt key.
  const claude = one({ mcpServers: { github: { comand: 'npx' } } }, PATHS.claudeCode);
  assert.equal(claude.message, 'A stdio server needs "command" (or set "url" for a remote server) — is "comand" a typo?');
  assert.equal(claude.text, '"comand"');

  const gemini = one({ mcpServers: { g: { command: 'x', trsut: true } } }, PATHS.gemini);
  assert.equal(gemini.message, 'Unknown property "trsut" for a Gemini CLI server — did you mean "trust"?');

  const top = one({ server: {} }, PATHS.vscode);
  assert.equal(top.message, 'Unknown property "server" in a VS Code config — did you mean "servers"?');
  assert.equal(top.text, '"server"');

  const input = one({ inputs: [{ id: 'a', type: 'promptString', pasword: true }] }, PATHS.vscode);
  assert.equal(input.message, 'Unknown property "pasword" for an input — did you mean "password"?');

  const unrelated = one({ servers: { s: { command: 'x', alwaysAllow: ['a'] } } }, PATHS.vscode);
  assert.equal(unrelated.message, 'Unknown property "alwaysAllow" for a VS Code server');
});

test('MCP070: args as a string, or with a non-string item', () => {
  const asString = one({ servers: { s: { command: 'npx', args: '-y @modelcontextprotocol/server-github' } } }, PATHS.vscode);
  assert.equal(asString.message, '"args" must be an array of strings, not a string');
  assert.equal(asString.text, '"-y @modelcontextprotocol/server-github"');

  const item = one({ mcpServers: { s: { command: 'npx', args: ['-y', 3] } } }, PATHS.desktop);
  assert.equal(item.message, 'Each item of "args" must be a string, not a number');
  assert.equal(item.text, '3');
  assert.equal(item.pointer, '/mcpServers/s/args/1');
});

test('MCP070: env and header values must be strings (VS Code also takes numbers and null)', () => {
  const env = one({ mcpServers: { s: { command: 'x', env: { API: { key: 'v' } } } } }, PATHS.cursor);
  assert.equal(env.message, '"API" in "env" must be a string, not an object');
  assert.equal(env.text, '{\n          "key": "v"\n        }');

  const vscode = one({ servers: { s: { command: 'x', env: { A: 1, B: null, C: true } } } }, PATHS.vscode);
  assert.equal(vscode.message, '"C" in "env" must be a string, a number or null, not true');
  assert.equal(vscode.text, 'true');

  const header = one({ mcpServers: { s: { type: 'http', url: 'https://x', headers: { 'X-Retries': 3 } } } }, PATHS.claudeCode);
  assert.equal(header.message, '"X-Retries" in "headers" must be a string, not a number');
  assert.equal(header.text, '3');
});

test('MCP070: a server without command or url', () => {
  const missing = one({ servers: { github: { args: ['-y', 'x'] } } }, PATHS.vscode);
  assert.equal(missing.message, 'A stdio server needs "command" (or set "url" for a remote server)');
  assert.equal(missing.text, '"github"', 'on the server name');
  assert.equal(missing.pointer, '/servers/github');

  const stdio = one({ mcpServers: { s: { type: 'stdio', args: [] } } }, PATHS.claudeCode);
  assert.equal(stdio.message, 'A stdio server needs "command"');

  const http = one({ mcpServers: { s: { type: 'http', headers: {} } } }, PATHS.claudeCode);
  assert.equal(http.message, 'An HTTP server needs "url"');

  const windsurf = one({ mcpServers: { s: {} } }, PATHS.windsurf);
  assert.equal(windsurf.message, 'A stdio server needs "command" (or set "serverUrl" for a remote server)');

  const empty = one({ mcpServers: { s: { command: '' } } }, PATHS.desktop);
  assert.equal(empty.message, '"command" must not be empty');
  assert.equal(empty.text, '""');
});

test('MCP070: a wrong type value lists the allowed ones (and guesses a near miss)', () => {
  const bad = one({ servers: { s: { type: 'streamable-http', url: 'https://x' } } }, PATHS.vscode);
  assert.equal(bad.message, '"type" must be one of: stdio, http, sse');
  assert.equal(bad.text, '"streamable-http"');

  const near = one({ mcpServers: { s: { type: 'streamable_http', url: 'https://x' } } }, PATHS.roo);
  assert.equal(near.message, '"type" must be one of: stdio, streamable-http, sse — did you mean "streamable-http"?');

  const copilot = one({ mcpServers: { s: { type: 'remote', url: 'https://x', tools: ['*'] } } }, PATHS.copilot);
  assert.equal(copilot.message, '"type" must be one of: local, stdio, http, sse');
});

test('MCP070: client-specific rules — VS Code url scheme and transport fields, Roo type, Copilot tools, Zed path', () => {
  const scheme = one({ servers: { s: { url: 'ftp://files.example.com' } } }, PATHS.vscode);
  assert.equal(scheme.message, '"url" must start with http:// or https:// (or unix:/// / pipe:/// for a local socket)');

  const headers = one({ servers: { s: { command: 'x', headers: { A: 'b' } } } }, PATHS.vscode);
  assert.equal(headers.message, '"headers" is not allowed on a stdio server');
  assert.equal(headers.text, '"headers"');

  const env = one({ servers: { s: { type: 'http', url: 'https://x', env: { A: 'b' } } } }, PATHS.vscode);
  assert.equal(env.message, '"env" is not allowed on an HTTP server');

  const roo = one({ mcpServers: { s: { url: 'https://x/mcp' } } }, PATHS.roo);
  assert.equal(roo.message, 'A server with "url" needs "type": "streamable-http" or "sse"');

  const rooTimeout = one({ mcpServers: { s: { command: 'x', timeout: 7200 } } }, PATHS.roo);
  assert.equal(rooTimeout.message, '"timeout" must be at most 3600');

  const tools = one({ mcpServers: { s: { type: 'local', command: 'npx' } } }, PATHS.copilot);
  assert.equal(tools.message, 'A Copilot CLI server needs "tools": the tools it may use (["*"] allows all of them)');

  const zed = one({ context_servers: { s: { command: { args: [] } } } }, PATHS.zed);
  assert.equal(zed.message, '"command" needs "path"');
  assert.equal(zed.text, '"command"');

  const trust = one({ mcpServers: { s: { command: 'x', trust: 'yes' } } }, PATHS.gemini);
  assert.equal(trust.message, '"trust" must be true or false, not a string');
});

test('MCP070: only the MCP part of shared settings files is checked', () => {
  assert.deepEqual(problems({ 'editor.fontSize': 'big', theme: 42, context_servers: {} }, PATHS.zed), []);
  assert.deepEqual(problems({ ui: 'nonsense', mcpServers: {} }, PATHS.gemini), []);
  const project = one({ projects: { '/p': { history: 5, mcpServers: { s: { args: 'x', command: 'y' } } } } }, PATHS.claudeUser);
  assert.equal(project.message, '"args" must be an array of strings, not a string');
  assert.equal(project.pointer, '/projects/~1p/mcpServers/s/args');
});

test('MCP070: wrong shapes of containers and the root', () => {
  const server = one({ servers: { s: 'npx -y x' } }, PATHS.vscode);
  assert.equal(server.message, 'Server "s" must be an object, not a string');
  const root = one('[]', PATHS.vscode);
  assert.equal(root.message, 'The file must hold a JSON object, not an array');
  const servers = one({ mcpServers: [] }, PATHS.desktop);
  assert.equal(servers.message, '"mcpServers" must be an object, not an array');
});

test('MCP070: VS Code inputs — required fields per kind', () => {
  const noId = one({ inputs: [{ type: 'promptString', description: 'Token' }] }, PATHS.vscode);
  assert.equal(noId.message, 'A promptString input needs "id"');
  assert.equal(noId.text, '{');
  const pick = one({ inputs: [{ id: 'a', type: 'pickString' }] }, PATHS.vscode);
  assert.equal(pick.message, 'A pickString input needs "options"');
  const kind = one({ inputs: [{ id: 'a', type: 'prompt' }] }, PATHS.vscode);
  assert.equal(kind.message, '"type" must be one of: promptString, pickString, command');
});

test('MCP070: several problems in one file are each reported once, in document order', () => {
  const text = JSON.stringify({ servers: { a: { command: 'x', args: 'y' }, b: { url: 'ftp://z' }, c: { comand: 'x' } } }, null, 2);
  const found = problems(text, PATHS.vscode);
  assert.deepEqual(found.map((f) => f.pointer), ['/servers/a/args', '/servers/b/url', '/servers/c/comand']);
});

test('MCP070: a syntax error with no root gives nothing; a broken object is not half-judged', () => {
  assert.deepEqual(problems('', PATHS.vscode), []);
  assert.deepEqual(problems('// nothing yet', PATHS.vscode), []);
  // Typing in progress: the unfinished server is not "missing command"; a finished one is checked.
  const text = '{"servers": {"done": {"command": "npx", "argz": []}, "typing": {"comm';
  assert.deepEqual(problems(text, PATHS.vscode).map((f) => f.message), ['Unknown property "argz" for a VS Code server — did you mean "args"?']);
  assert.deepEqual(problems('{"servers": {"s": {"command": }}}', PATHS.vscode), []);
});

test('MCP070: the severity can be changed or the rule turned off', () => {
  const text = JSON.stringify({ servers: { s: { comand: 'x' } } });
  const off = scanText(text, { path: PATHS.vscode, severities: { MCP070: 'off' } });
  assert.equal(off.findings.filter((f) => f.ruleId === 'MCP070').length, 0);
  const warning = scanText(text, { path: PATHS.vscode, severities: { MCP070: 'warning' } });
  assert.equal(warning.findings.find((f) => f.ruleId === 'MCP070')?.severity, 'warning');
  assert.equal(scanText(text, { path: PATHS.vscode }).findings.find((f) => f.ruleId === 'MCP070')?.severity, 'error');
});

test('MCP070: documented (summary, why, fix, bad fires, good does not)', () => {
  const rule = ruleById('MCP070');
  assert.ok(rule);
  assert.equal(rule.category, 'schema');
  for (const field of ['summary', 'why', 'fix', 'bad', 'good'] as const) assert.ok(rule.docs[field].length > 10, field);
  assert.ok(problems(rule.docs.bad, PATHS.vscode).length > 0);
  assert.deepEqual(problems(rule.docs.good, PATHS.vscode), []);
});

test('validateAgainstSchema: anyOf / oneOf noise collapses to one message per place', () => {
  const vscode = dialectById('vscode')!;
  const dialect: Dialect = {
    ...vscode,
    schema: {
      type: 'object',
      properties: {
        mode: { anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'array', items: { type: 'string' } }] },
        limit: { oneOf: [{ type: 'number' }, { type: 'boolean' }] },
      },
    },
  };
  const check = (text: string) => validateAgainstSchema(parseDocument(text), dialect).map((p) => p.message);
  assert.deepEqual(check('{"mode": 3}'), ['"mode" must be a string or an array of strings, not a number']);
  assert.deepEqual(check('{"mode": "c"}'), ['"mode" must be one of: a, b']);
  assert.deepEqual(check('{"mode": ["a", 1]}'), ['Each item of "mode" must be a string, not a number']);
  assert.deepEqual(check('{"limit": "x"}'), ['"limit" must be a number or a boolean, not a string']);
  assert.deepEqual(check('{"mode": "a", "limit": 1}'), []);
});

test('validateAgainstSchema: a 1 MB config validates well under 100 ms', () => {
  const servers: Record<string, unknown> = {};
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) {
    servers[`server-${i}`] = {
      command: 'npx',
      args: ['-y', `@scope/package-${i}@1.0.${i}`, '--port', String(3000 + i)],
      env: { API_TOKEN: '${input:token}', LOG_LEVEL: 'debug', REGION: 'eu-west-1' },
    };
    if (i % 200 === 0) text = JSON.stringify({ servers }, null, 2);
  }
  text = JSON.stringify({ servers }, null, 2);
  const document = parseDocument(text);
  const vscode = dialectById('vscode')!;
  validateAgainstSchema(document, vscode); // compiles the schema, once
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    assert.deepEqual(validateAgainstSchema(document, vscode), []);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  assert.ok(times[2]! < 100, `median ${times[2]!.toFixed(1)} ms`);

  // Thousands of errors stay fast too, and the list is capped.
  const broken = parseDocument(text.replace(/"command"/g, '"comand"'));
  const start = performance.now();
  const found = validateAgainstSchema(broken, vscode);
  assert.ok(performance.now() - start < 500);
  assert.equal(found.length, 200);
});

test('closestName: typos, case and separators; nothing for far-off names', () => {
  assert.equal(closestName('comand', ['command', 'args']), 'command');
  assert.equal(closestName('ENV', ['env', 'args']), 'env');
  assert.equal(closestName('server_url', ['serverUrl', 'url']), 'serverUrl');
  assert.equal(closestName('tools', ['command', 'args']), undefined);
  assert.equal(closestName('ur', ['url']), 'url');
  assert.equal(closestName('xy', ['url']), undefined);
  assert.equal(closestName('c', ['a', 'b']), undefined);
});

test('MCP070: server names with "/" and "~" map to the right place', () => {
  const name = 'github.com/modelcontextprotocol/servers~x';
  const found = one({ mcpServers: { [name]: { command: 'npx', args: 'x' } } }, PATHS.cline);
  assert.equal(found.pointer, '/mcpServers/github.com~1modelcontextprotocol~1servers~0x/args');
  assert.equal(found.text, '"x"');
  const missing = one({ mcpServers: { [name]: { autoApprove: [] } } }, PATHS.cline);
  assert.equal(missing.text, `"${name}"`);
});

test('MCP070: with duplicate keys, the value the client keeps (the last) is the one judged', () => {
  const text = '{"servers": {"s": {"command": "x", "args": "first", "args": ["second"]}}}';
  assert.deepEqual(problems(text, PATHS.vscode), []);
  const bad = '{"servers": {"s": {"command": "x", "args": ["first"], "args": "second"}}}';
  assert.deepEqual(problems(bad, PATHS.vscode).map((p) => p.text), ['"second"']);
});
