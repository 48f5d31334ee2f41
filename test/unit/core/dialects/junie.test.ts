/** Junie: `.junie/mcp/mcp.json` (project and user). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { junie } from '../../../../src/core/dialects/junie';
import { scanText } from '../../../../src/core/engine/scan';
import { fixturePath, fixtureText, scanFixture } from './fixtures';

test('junie: recognised in the project and for the user', () => {
  const result = scanFixture('junie');
  assert.equal(result.dialect?.id, 'junie');
  assert.deepEqual(result.findings, []);
  assert.equal(scanText(fixtureText('junie'), { path: '/home/a/.junie/mcp/mcp.json' }).dialect?.id, 'junie');
  assert.deepEqual(junie.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.junie/mcp/mcp.json']);
  assert.ok(fixturePath('junie').endsWith('.junie/mcp/mcp.json'));
});
