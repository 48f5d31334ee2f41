import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { parseDocument } from '../../../../src/core/json/parse';
import { looksSecret } from '../../../../src/core/rules/_shared/secret-names';
import { coveredText, findingsOf } from '../../helpers';

const RULE = 'MCP061';

test('looksSecret', () => {
  for (const text of ['github_token', 'githubToken', 'API_KEY', 'apiKey', 'OpenAI API key', 'db-password', 'GitHub PAT', 'client secret', 'AWS credentials', 'passphrase']) {
    assert.equal(looksSecret(text, false), true, text);
  }
  for (const text of ['keyboard layout', 'max tokens', 'Jira project key', 'public key', 'path to the key file', 'username', 'path', 'Auth mode', 'author']) {
    assert.equal(looksSecret(text, false), false, text);
  }
  assert.equal(looksSecret('Authorization', true), true);
});

test('a secret-looking promptString without password fires on the input object; the fix sets password: true', () => {
  const text = '{\n  "inputs": [\n    // ask once\n    { "type": "promptString", "id": "gh_token", "description": "GitHub token" }\n  ],\n  "servers": {}\n}';
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/inputs/0');
  assert.ok(coveredText(text, finding).startsWith('{ "type": "promptString"'));
  assert.equal(finding.fix.safe, true);
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.equal(parseDocument(fixed).syntaxErrors.length, 0);
  assert.match(fixed, /\/\/ ask once/);
  assert.match(fixed, /"password": true/);
  assert.deepEqual(findingsOf(RULE, fixed), []);
});

test('password: false is marked itself and flipped by the fix; the description alone is enough', () => {
  const text = JSON.stringify({ inputs: [{ type: 'promptString', id: 'x', description: 'Your API key', password: false }], servers: {} }, null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding?.fix);
  assert.equal(finding.pointer, '/inputs/0/password');
  assert.equal(JSON.parse(applyTextEdits(text, finding.fix.edits)).inputs[0].password, true);
});

test('masked inputs, non-secret prompts and other input types do not fire', () => {
  const inputs = [
    { type: 'promptString', id: 'gh_token', description: 'GitHub token', password: true },
    { type: 'promptString', id: 'project', description: 'Jira project key' },
    { type: 'pickString', id: 'api_key_kind', description: 'Key type', options: ['a'] },
    { type: 'command', id: 'token', command: 'mcpWarden.secret' },
  ];
  assert.deepEqual(findingsOf(RULE, { inputs, servers: {} }), []);
});
