import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vscodeInputs } from '../../../../src/core/dialects/index';
import { parseDocument } from '../../../../src/core/json/parse';
import { fixtureText } from './fixtures';

test('vscodeInputs: every input object with its id, type, password flag and nodes', () => {
  const document = parseDocument(fixtureText('vscode'));
  const inputs = vscodeInputs(document);
  assert.deepEqual(
    inputs.map((i) => ({ id: i.id, type: i.type, password: i.password })),
    [
      { id: 'github-token', type: 'promptString', password: true },
      { id: 'db-env', type: 'pickString', password: undefined },
      { id: 'brave.BRAVE_API_KEY', type: 'command', password: undefined },
    ],
  );
  const first = inputs[0]!;
  assert.equal(first.node.pointer, '/inputs/0');
  assert.equal(first.idNode?.value, 'github-token');
  assert.equal(document.text.substr(first.idNode!.offset, first.idNode!.length), '"github-token"');
});

test('vscodeInputs: tolerates missing ids, non-objects and a missing or wrong inputs key', () => {
  const inputs = vscodeInputs(parseDocument('{"inputs": [1, {"type": "promptString", "password": "yes"}, null]}'));
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0]!.id, '');
  assert.equal(inputs[0]!.idNode, undefined);
  assert.equal(inputs[0]!.password, undefined, 'a non-boolean password is not a flag');
  assert.deepEqual(vscodeInputs(parseDocument('{"servers": {}}')), []);
  assert.deepEqual(vscodeInputs(parseDocument('{"inputs": {}}')), []);
  assert.deepEqual(vscodeInputs(parseDocument('')), []);
});
