import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { toPlainValue } from '../../../../src/core/json/syntax-tree';
import { parseDocument } from '../../../../src/core/json/parse';
import { coveredText, findingsOf, mcpServers, scan, vscodeServer } from '../../helpers';
import { scanText } from '../../../../src/core/engine/scan';

const RULE = 'MCP060';

test('${input:x} without an input: the reference is marked; the fix creates inputs with a password input', () => {
  const text = '{\n  // team config\n  "servers": {\n    "gh": { "command": "npx", "args": ["-y", "x@1.0.0"], "env": { "GITHUB_TOKEN": "Bearer ${input:gh}" } }\n  }\n}\n';
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/gh/env/GITHUB_TOKEN');
  assert.equal(coveredText(text, finding), '${input:gh}');
  assert.equal(finding.fix.safe, true);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.match(fixed, /\/\/ team config/);
  const root = parseDocument(fixed).root;
  assert.ok(root);
  assert.deepEqual((toPlainValue(root) as { inputs: unknown }).inputs, [{ type: 'promptString', id: 'gh', description: 'GITHUB_TOKEN for gh', password: true }]);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('the fix appends to an existing inputs array; non-secret values get a plain prompt', () => {
  const config = {
    inputs: [{ type: 'promptString', id: 'other', description: 'Other' }],
    servers: { db: { command: 'node', args: ['s.js', '--database', '${input:db_name}'] } },
  };
  const text = JSON.stringify(config, null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/servers/db/args/2');
  const fixed = JSON.parse(applyTextEdits(text, finding.fix.edits));
  assert.deepEqual(fixed.inputs[1], { type: 'promptString', id: 'db_name', description: 'database for db' });
});

test('declared inputs, other reference kinds and other dialects do not fire', () => {
  assert.deepEqual(findingsOf(RULE, { inputs: [{ type: 'promptString', id: 'tok', password: true }], servers: { s: { type: 'http', url: 'https://x', headers: { Authorization: 'Bearer ${input:tok}' } } } }), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['${workspaceFolder}/s.js'], env: { A: '${env:HOME}' } })), []);
  // Claude Desktop does not expand ${input:…}: not a reference there.
  assert.deepEqual(findingsOf(RULE, mcpServers({ command: 'node', args: ['s.js'], env: { T: '${input:x}' } }), 'claude_desktop_config.json'), []);
});

test('${keychain:id} is checked only when the keychain ids are known', () => {
  const text = JSON.stringify(mcpServers({ command: 'mcp-warden', args: ['run', '--', 'npx', '-y', 'x@1.0.0'], env: { TOKEN: '${keychain:gh.TOKEN}' } }), null, 2);
  const path = 'claude_desktop_config.json';
  assert.deepEqual(scan(text, path).findings.filter((f) => f.ruleId === RULE), []);
  const missing = scan(text, path, { keychainIds: new Set(['other']) }).findings.filter((f) => f.ruleId === RULE);
  assert.equal(missing.length, 1);
  assert.match(missing[0]?.message ?? '', /mcp-warden secret set gh\.TOKEN/);
  assert.equal(missing[0]?.fix, undefined);
  assert.deepEqual(scan(text, path, { keychainIds: new Set(['gh.TOKEN']) }).findings.filter((f) => f.ruleId === RULE), []);
});

test('MCP060: an mcpWarden.secret input whose secret this machine lacks (only when the ids are known)', () => {
  const config = {
    inputs: [
      { id: 'gh', type: 'command', command: 'mcpWarden.secret', args: { id: 'github.GITHUB_TOKEN.k3f9qa2m' } },
      { id: 'other', type: 'command', command: 'mcpWarden.secret', args: { id: 'other.TOKEN.abcdefgh' } },
    ],
    servers: { github: { command: 'node', args: ['s.js'], env: { GITHUB_TOKEN: '${input:gh}', OTHER: '${input:other}' } } },
  };
  const text = JSON.stringify(config, null, 2);
  const unknown = scanText(text, { path: '.vscode/mcp.json' }).findings.filter((f) => f.ruleId === 'MCP060');
  assert.equal(unknown.length, 0, 'without the store ids nothing is claimed missing');
  const findings = scanText(text, { path: '.vscode/mcp.json', keychainIds: new Set(['other.TOKEN.abcdefgh']) }).findings.filter((f) => f.ruleId === 'MCP060');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.pointer, '/inputs/0/args/id');
  assert.match(findings[0]?.message ?? '', /github\.GITHUB_TOKEN\.k3f9qa2m/);
});
