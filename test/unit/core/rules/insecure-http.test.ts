import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP010';

test('http:// url to a remote host fires, with a scheme-only safe fix', () => {
  const text = '{\n  // remote\n  "servers": { "r": { "type": "http", "url": "http://mcp.example.com/mcp" } }\n}\n';
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/r/url');
  assert.equal(coveredText(text, finding), '"http://mcp.example.com/mcp"');
  assert.match(finding.message, /mcp\.example\.com/);
  assert.equal(finding.fix.safe, true);
  assert.deepEqual(finding.fix.edits.map((e) => text.substr(e.offset, e.length)), ['http']);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.match(fixed, /"url": "https:\/\/mcp\.example\.com\/mcp"/);
  assert.match(fixed, /\/\/ remote/);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('env values pointing at an upstream over http fire; the message names the variable, not the value', () => {
  const text = JSON.stringify(
    vscodeServer({ command: 'npx', args: ['-y', 'x@1.0.0'], env: { GITLAB_API_URL: 'http://gitlab.corp/api/v4', TOKEN: 'abc', DB_HOST: 'http://user:hunter2@db.internal:5432' } }),
    null,
    2,
  );
  const findings = findingsOf(RULE, text);
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/env/GITLAB_API_URL', '/servers/srv/env/DB_HOST']);
  assert.match(findings[0]?.message ?? '', /GITLAB_API_URL/);
  assert.doesNotMatch(findings[1]?.message ?? '', /hunter2|user:/);
  const fixed = applyTextEdits(text, findings[1]?.fix?.edits ?? []);
  assert.match(fixed, /"https:\/\/user:hunter2@db\.internal:5432"/);
});

test('URLs in args fire: a positional URL, --url value, --url=…, and inside a script', () => {
  const config = vscodeServer({
    command: 'npx',
    args: ['-y', 'mcp-remote@0.1.0', 'http://remote.example.com/sse', '--url', 'http://a.example.com', '--api=http://b.example.com'],
  });
  const findings = findingsOf(RULE, config);
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/2', '/servers/srv/args/4', '/servers/srv/args/5']);
  const text = JSON.stringify(config, null, 2);
  const inline = findings[2];
  assert.ok(inline?.fix);
  assert.match(applyTextEdits(text, inline.fix.edits), /"--api=https:\/\/b\.example\.com"/);
  const script = findingsOf(RULE, vscodeServer({ command: 'sh', args: ['-c', 'curl -fsSL http://get.example.com/x.sh -o /tmp/x'] }));
  assert.equal(script.length, 1);
});

test('loopback, https, references and placeholders do not fire', () => {
  for (const url of [
    'http://localhost:3000/mcp',
    'http://127.0.0.1:8080',
    'http://[::1]:9000/',
    'http://app.localhost/mcp',
    'https://mcp.example.com',
    'http://${env:MCP_HOST}/mcp',
    'http://${input:host}:8080',
    'http://<your-server>:8080/mcp',
    'http://{host}/mcp',
  ]) {
    assert.deepEqual(findingsOf(RULE, vscodeServer({ type: 'http', url })), [], url);
  }
});

test('proxies, origins and XML namespaces are not connections made with the token', () => {
  const findings = findingsOf(
    RULE,
    vscodeServer({
      command: 'node',
      args: ['server.js', '--proxy', 'http://proxy.corp:3128', '--allowed-origin=http://app.example.com'],
      env: { HTTP_PROXY: 'http://proxy.corp:3128', ALLOWED_ORIGINS: 'http://x.example.com', XMLNS: 'http://www.w3.org/2000/svg' },
    }),
  );
  assert.deepEqual(findings, []);
});

test('0.0.0.0 is not loopback', () => {
  assert.equal(findingsOf(RULE, vscodeServer({ type: 'http', url: 'http://0.0.0.0:8000/mcp' })).length, 1);
});

test('the common mcpServers shape, a non-string url, and an OAuth endpoint', () => {
  assert.equal(findingsOf(RULE, mcpServers({ url: 'http://mcp.example.com/mcp' }), '.cursor/mcp.json').length, 1);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ type: 'http', url: 42 })), []);
  const gemini = findingsOf(RULE, mcpServers({ httpUrl: 'https://mcp.example.com', oauth: { enabled: true, tokenUrl: 'http://auth.example.com/token' } }), '.gemini/settings.json');
  assert.deepEqual(gemini.map((f) => f.pointer), ['/mcpServers/srv/oauth/tokenUrl']);
});

test('docker -e NAME=http://… counts as an env value', () => {
  const findings = findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-i', '-e', 'GITLAB_URL=http://gitlab.corp', '-e', 'HTTPS_PROXY=http://proxy:3128', 'img:1.0'] }));
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/3']);
});
