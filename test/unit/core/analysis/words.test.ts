import { test } from 'node:test';
import assert from 'node:assert/strict';
import { programName, switchValue } from '../../../../src/core/analysis/words';

test('programName strips directories, extensions and case', () => {
  assert.equal(programName('/usr/local/bin/npx'), 'npx');
  assert.equal(programName('C:\\Program Files\\nodejs\\NPX.CMD'), 'npx');
  assert.equal(programName('docker.exe'), 'docker');
});

test('switchValue reads on/off spellings', () => {
  assert.equal(switchValue('TRUE'), true);
  assert.equal(switchValue('0'), false);
  assert.equal(switchValue(0), false);
  assert.equal(switchValue('maybe'), undefined);
});
