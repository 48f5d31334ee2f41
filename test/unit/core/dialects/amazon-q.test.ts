/** Amazon Q: `.amazonq/mcp.json` and `~/.aws/amazonq/mcp.json`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amazonQ } from '../../../../src/core/dialects/amazon-q';
import { scanText } from '../../../../src/core/engine/scan';
import { fixtureText, scanFixture, serverNamed } from './fixtures';

test('amazon-q: recognised in the workspace and for the user, conforms', () => {
  const result = scanFixture('amazon-q');
  assert.equal(result.dialect?.id, 'amazon-q');
  assert.deepEqual(result.findings, []);
  assert.equal(serverNamed(result.servers, 'remote').transport, 'http');
  assert.equal(scanText(fixtureText('amazon-q'), { path: '/home/a/.aws/amazonq/mcp.json' }).dialect?.id, 'amazon-q');
  assert.deepEqual(amazonQ.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.aws/amazonq/mcp.json']);
  assert.deepEqual(amazonQ.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.aws/amazonq/mcp.json']);
});
