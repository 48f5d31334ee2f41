import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { disablesAuth } from '../../../../src/core/rules/auth-disabled';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP015';

test('env names and values that switch auth off', () => {
  const off: Array<[string, string | number | boolean]> = [
    ['DANGEROUSLY_OMIT_AUTH', 'true'],
    ['MCP_DISABLE_AUTH', '1'],
    ['DISABLE_AUTH', true],
    ['AUTH_DISABLED', 'yes'],
    ['NO_AUTH', 'true'],
    ['SKIP_AUTH', '1'],
    ['MCP_AUTH_ENABLED', 'false'],
    ['REQUIRE_AUTH', 'false'],
    ['AUTH_REQUIRED', 0],
    ['ENABLE_AUTHENTICATION', 'off'],
    ['MCP_AUTH', 'none'],
    ['ALLOW_ANONYMOUS', 'true'],
    ['GF_AUTH_ANONYMOUS_ENABLED', 'true'],
    ['DISABLE_AUTH_CHECK', 'true'],
  ];
  for (const [name, value] of off) assert.equal(disablesAuth(name, value), true, `${name}=${String(value)}`);
  const fine: Array<[string, string | number | boolean]> = [
    ['DANGEROUSLY_OMIT_AUTH', 'false'],
    ['AUTH_ENABLED', 'true'],
    ['AUTH_TOKEN', '0'],
    ['NO_AUTH_TOKEN', 'abc'],
    ['AUTHOR', 'false'],
    ['DISABLE_OAUTH', 'true'],
    ['AUTH_TIMEOUT', '0'],
    ['DISABLE_AUTH_CACHE', 'true'],
    ['ALLOW_ANONYMOUS_TELEMETRY', 'true'],
    ['MCP_DISABLE_AUTH', '${input:x}'],
  ];
  for (const [name, value] of fine) assert.equal(disablesAuth(name, value), false, `${name}=${String(value)}`);
});

test('an env switch fires on its value; the fix removes it, comments kept', () => {
  const text = '{\n  "servers": {\n    "i": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/inspector@0.16.2"],\n      // debugging\n      "env": {\n        "DANGEROUSLY_OMIT_AUTH": "true"\n      }\n    }\n  }\n}';
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/i/env/DANGEROUSLY_OMIT_AUTH');
  assert.equal(coveredText(text, finding), '"true"');
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.match(fixed, /\/\/ debugging/);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('--no-auth style flags fire on the element (`--auth none` on its value); the fix removes flag and value', () => {
  const config = vscodeServer({ command: 'node', args: ['s.js', '--no-auth', '--port', '1', '--auth', 'none', '--dangerously-omit-auth'] });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf(RULE, text);
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/1', '/servers/srv/args/5', '/servers/srv/args/6']);
  assert.deepEqual(JSON.parse(applyTextEdits(text, findings[1]?.fix?.edits ?? [])).servers.srv.args, ['s.js', '--no-auth', '--port', '1', '--dangerously-omit-auth']);
  for (const flag of ['--disable-auth', '--allow-unauthenticated', '--auth-enabled=false', '--skip-auth']) {
    assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['s.js', flag] })).length, 1, flag);
  }
});

test('docker -e and script assignments fire; scripts get no fix', () => {
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-e', 'MCP_DISABLE_AUTH=1', 'img:1.0'] })).length, 1);
  const [script] = findingsOf(RULE, vscodeServer({ command: 'bash', args: ['-c', 'DANGEROUSLY_OMIT_AUTH=true npx -y @modelcontextprotocol/inspector@0.16.2'] }));
  assert.ok(script);
  assert.equal(script.fix, undefined);
});

test('sound configs do not fire', () => {
  assert.deepEqual(findingsOf(RULE, mcpServers({ command: 'node', args: ['s.js', '--auth', 'token', '--auth-file', 'x'], env: { AUTH_TOKEN: '${AUTH}', REQUIRE_AUTH: 'true' } }), '.mcp.json'), []);
});
