import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP014';

function fixedArgs(config: Record<string, unknown>, index = 0): unknown {
  const text = JSON.stringify(config, null, 2);
  const finding = findingsOf(RULE, text)[index];
  assert.ok(finding?.fix, 'a fix');
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  return JSON.parse(fixed).servers.srv.args;
}

test('--host 0.0.0.0 fires on the value element; the fix binds to 127.0.0.1', () => {
  const config = vscodeServer({ command: 'uvx', args: ['my-mcp==1.0.0', '--host', '0.0.0.0', '--port', '8080'] });
  const text = JSON.stringify(config, null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/2');
  assert.equal(coveredText(text, finding), '"0.0.0.0"');
  assert.match(finding.message, /--host 0\.0\.0\.0/);
  assert.deepEqual(fixedArgs(config), ['my-mcp==1.0.0', '--host', '127.0.0.1', '--port', '8080']);
});

test('--bind=0.0.0.0:8080, --listen [::], -H ::', () => {
  assert.deepEqual(fixedArgs(vscodeServer({ command: 'node', args: ['s.js', '--bind=0.0.0.0:8080'] })), ['s.js', '--bind=127.0.0.1:8080']);
  assert.deepEqual(fixedArgs(vscodeServer({ command: 'node', args: ['s.js', '--listen', '[::]:9000'] })), ['s.js', '--listen', '[::1]:9000']);
  assert.deepEqual(fixedArgs(vscodeServer({ command: 'node', args: ['s.js', '-H', '::'] })), ['s.js', '-H', '::1']);
});

test('env HOST / *_HOST / BIND_ADDRESS = 0.0.0.0 fires, the fix rewrites the address', () => {
  const text = '{\n  // env\n  "servers": { "srv": { "command": "node", "args": ["s.js"], "env": { "HOST": "0.0.0.0", "MCP_BIND_ADDRESS": "0.0.0.0:3000", "ALLOWED_HOSTS": "0.0.0.0" } } }\n}';
  const findings = findingsOf(RULE, text);
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/env/HOST', '/servers/srv/env/MCP_BIND_ADDRESS']);
  const fixed = applyTextEdits(text, findings[1]?.fix?.edits ?? []);
  assert.match(fixed, /"MCP_BIND_ADDRESS": "127\.0\.0\.1:3000"/);
  assert.match(fixed, /\/\/ env/);
});

test('docker -p without an address publishes on all interfaces; -p 127.0.0.1:… does not', () => {
  const config = vscodeServer({ command: 'docker', args: ['run', '-i', '--rm', '-p', '8080:8080', 'img:1.0'] });
  const [finding] = findingsOf(RULE, config);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/4');
  assert.match(finding.message, /127\.0\.0\.1:8080:8080/);
  assert.deepEqual(fixedArgs(config), ['run', '-i', '--rm', '-p', '127.0.0.1:8080:8080', 'img:1.0']);
  assert.deepEqual(fixedArgs(vscodeServer({ command: 'docker', args: ['run', '--publish=0.0.0.0:80:80', 'img:1.0'] })), ['run', '--publish=127.0.0.1:80:80', 'img:1.0']);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-p', '127.0.0.1:8080:8080', 'img:1.0'] })), []);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-P', 'img:1.0'] })).length, 1);
});

test('inside a container 0.0.0.0 is normal: args after the image and -e do not fire', () => {
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-i', '-e', 'HOST=0.0.0.0', 'img:1.0', '--host', '0.0.0.0'] })), []);
});

test('url http://0.0.0.0 fires with a 127.0.0.1 fix', () => {
  const text = JSON.stringify(mcpServers({ url: 'http://0.0.0.0:8000/mcp' }), null, 2);
  const [finding] = findingsOf(RULE, text, '.cursor/mcp.json');
  assert.ok(finding?.fix);
  assert.match(applyTextEdits(text, finding.fix.edits), /"http:\/\/127\.0\.0\.1:8000\/mcp"/);
});

test('inside a script the script element is marked and the address still fixed in place', () => {
  const config = vscodeServer({ command: 'sh', args: ['-c', 'exec my-server --host 0.0.0.0 --port 1'] });
  const [finding] = findingsOf(RULE, config);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/1');
  assert.deepEqual(fixedArgs(config), ['-c', 'exec my-server --host 127.0.0.1 --port 1']);
});

test('loopback, specific addresses, CIDRs and references do not fire', () => {
  for (const args of [['--host', '127.0.0.1'], ['--host', 'localhost'], ['--host', '192.168.1.10'], ['--allow', '0.0.0.0/0'], ['--host', '${env:HOST}'], ['--port', '0']]) {
    assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['s.js', ...args] })), [], args.join(' '));
  }
});

test('with --network host the container binds on the host: its args and -e count again', () => {
  const findings = findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '--network', 'host', '-e', 'HOST=0.0.0.0', 'img:1.0', '--host', '0.0.0.0'] }));
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/4', '/servers/srv/args/7']);
});
