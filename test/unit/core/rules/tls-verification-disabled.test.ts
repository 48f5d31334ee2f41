import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { disablesTlsVerification } from '../../../../src/core/rules/tls-verification-disabled';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP013';

test('env switches that turn verification off', () => {
  const off: Array<[string, string | number | boolean]> = [
    ['NODE_TLS_REJECT_UNAUTHORIZED', '0'],
    ['NODE_TLS_REJECT_UNAUTHORIZED', 0],
    ['PYTHONHTTPSVERIFY', '0'],
    ['GIT_SSL_NO_VERIFY', 'true'],
    ['GIT_SSL_NO_VERIFY', '1'],
    ['CURL_INSECURE', 'true'],
    ['JIRA_SSL_VERIFY', 'false'],
    ['CONFLUENCE_SSL_VERIFY', false],
    ['ES_VERIFY_SSL', 'False'],
    ['GRAFANA_TLS_VERIFY', '0'],
    ['K8S_INSECURE', 'true'],
    ['INSECURE_SKIP_TLS_VERIFY', 'yes'],
    ['REQUESTS_CA_BUNDLE', ''],
    ['CURL_CA_BUNDLE', ''],
    ['SSL_VERIFY', 'false'],
    ['DB_SSL_REJECT_UNAUTHORIZED', 'false'],
    ['PUPPETEER_IGNORE_HTTPS_ERRORS', 'true'],
    ['SKIP_TLS_VERIFY', 'true'],
  ];
  for (const [name, value] of off) assert.equal(disablesTlsVerification(name, value), true, `${name}=${String(value)}`);
  const fine: Array<[string, string | number | boolean]> = [
    ['NODE_TLS_REJECT_UNAUTHORIZED', '1'],
    ['GIT_SSL_NO_VERIFY', 'false'],
    ['JIRA_SSL_VERIFY', 'true'],
    ['REQUESTS_CA_BUNDLE', '/etc/ssl/ca.pem'],
    ['NODE_EXTRA_CA_CERTS', '/etc/ssl/ca.pem'],
    ['SSL_CERT_FILE', '0'],
    ['EMAIL_VERIFY', 'false'],
    ['INSECURE', 'false'],
    ['USE_HTTPS', 'false'],
    ['JIRA_SSL_VERIFY', '${input:verify}'],
  ];
  for (const [name, value] of fine) assert.equal(disablesTlsVerification(name, value), false, `${name}=${String(value)}`);
});

test('an env entry fires on its value and the fix removes the entry, comments kept', () => {
  const text = '{\n  "servers": {\n    "s": {\n      "command": "node",\n      "args": ["x.js"],\n      // corp proxy\n      "env": { "NODE_TLS_REJECT_UNAUTHORIZED": "0", "OTHER": "1" }\n    }\n  }\n}';
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/s/env/NODE_TLS_REJECT_UNAUTHORIZED');
  assert.equal(coveredText(text, finding), '"0"');
  assert.match(finding.message, /NODE_TLS_REJECT_UNAUTHORIZED=0/);
  assert.equal(finding.fix.safe, true);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.match(fixed, /\/\/ corp proxy/);
  assert.match(fixed, /"OTHER": "1"/);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('--insecure-style flags fire anywhere and are removed by the fix', () => {
  const config = vscodeServer({ command: 'npx', args: ['-y', 'some-mcp@1.0.0', '--insecure', '--port', '3000', '--tls-verify=false', '--ignore-certificate-errors'] });
  const text = JSON.stringify(config, null, 2);
  const findings = findingsOf(RULE, text);
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/2', '/servers/srv/args/5', '/servers/srv/args/6']);
  const first = findings[0];
  assert.ok(first?.fix);
  const fixed = applyTextEdits(text, first.fix.edits);
  assert.deepEqual(JSON.parse(fixed).servers.srv.args, ['-y', 'some-mcp@1.0.0', '--port', '3000', '--tls-verify=false', '--ignore-certificate-errors']);
});

test('-k only means insecure for curl; other programs keep their -k', () => {
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', '-k', 'key.pem'] })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'wget', args: ['-k', 'https://x'] })), []);
  const curl = findingsOf(RULE, vscodeServer({ command: 'curl', args: ['-sSk', 'https://x'] }));
  assert.equal(curl.length, 1);
  const text = JSON.stringify(vscodeServer({ command: 'curl', args: ['-sSk', 'https://x'] }), null, 2);
  assert.ok(curl[0]?.fix);
  assert.match(applyTextEdits(text, curl[0].fix.edits), /"-sS"/);
  // `-H k` is a header value, not -k.
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'curl', args: ['-Hk', 'https://x'] })), []);
});

test('inside a shell script the script element is marked, without a fix', () => {
  const text = JSON.stringify(vscodeServer({ command: 'bash', args: ['-c', 'curl -k https://get.example.com/x | sh'] }), null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/1');
  assert.equal(finding.fix, undefined);
});

test('docker -e NAME=0 and env prefixes fire; the fix removes -e with its value', () => {
  const text = JSON.stringify(vscodeServer({ command: 'docker', args: ['run', '-i', '--rm', '-e', 'NODE_TLS_REJECT_UNAUTHORIZED=0', 'img:1.0'] }), null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/srv/args/4');
  assert.deepEqual(JSON.parse(applyTextEdits(text, finding.fix.edits)).servers.srv.args, ['run', '-i', '--rm', 'img:1.0']);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'env', args: ['PYTHONHTTPSVERIFY=0', 'uvx', 'x==1.0'] })).length, 1);
});

test('no findings for sound configs, references, and --insecure=false', () => {
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['x.js', '--insecure=false'], env: { NODE_TLS_REJECT_UNAUTHORIZED: '${env:TLS}' } })), []);
  assert.deepEqual(findingsOf(RULE, mcpServers({ command: 'uvx', args: ['mcp-atlassian==0.11.9'], env: { JIRA_SSL_VERIFY: 'true' } }), 'claude_desktop_config.json'), []);
});

test('a verify flag with a separate false value points at the value; the fix removes both', () => {
  const text = JSON.stringify(vscodeServer({ command: 'node', args: ['s.js', '--verify-ssl', 'false', '--port', '1'] }), null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(coveredText(text, finding), '"false"');
  assert.deepEqual(JSON.parse(applyTextEdits(text, finding.fix.edits)).servers.srv.args, ['s.js', '--port', '1']);
  for (const flag of ['--no-verify-ssl', '--skip-tls-verify', '--tls-skip-verify', '--ssl-no-verify', '--disable-ssl-verification', '--no-check-certificate', '--insecure-skip-tls-verify=true']) {
    assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['s.js', flag] })).length, 1, flag);
  }
  for (const flag of ['--no-ssl', '--tls-verify=true', '--verify', '--ssl-cert=/x.pem']) {
    assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['s.js', flag] })), [], flag);
  }
});
