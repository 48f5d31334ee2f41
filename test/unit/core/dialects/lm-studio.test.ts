/** LM Studio: `~/.lmstudio/mcp.json`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lmStudio } from '../../../../src/core/dialects/lm-studio';
import { scanFixture } from './fixtures';

test('lm-studio: recognised, a <YOUR_TOKEN> placeholder never fires', () => {
  const result = scanFixture('lm-studio');
  assert.equal(result.dialect?.id, 'lm-studio');
  assert.deepEqual(result.findings, []);
  assert.deepEqual(lmStudio.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.lmstudio/mcp.json']);
  assert.deepEqual(lmStudio.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.lmstudio/mcp.json']);
});
