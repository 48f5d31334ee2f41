import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursor } from '../../../../src/core/dialects/cursor';
import { assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('cursor: recognised by path and by shape, conforms, servers normalised', () => {
  const result = assertRecognised('cursor', 'cursor');
  assert.deepEqual(schemaFindings(result), []);
  const github = serverNamed(result.servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.command?.value, 'docker');
  assert.deepEqual(valuesOf(github.env), { GITHUB_PERSONAL_ACCESS_TOKEN: '${env:GITHUB_PAT}' });
  assert.equal(serverNamed(result.servers, 'filesystem').envFile?.value, '${workspaceFolder}/.env');
  const linear = serverNamed(result.servers, 'linear');
  assert.equal(linear.transport, 'http');
  assert.equal(linear.url?.value, 'https://mcp.linear.app/sse');
  const acme = serverNamed(result.servers, 'acme');
  assert.equal(acme.oauth?.pointer, '/mcpServers/acme/auth', 'the auth block is the OAuth block');
  assert.deepEqual(valuesOf(acme.headers), { 'X-Api-Key': '${env:ACME_API_KEY}' });
});

test('cursor: references are ${env:}, ${userHome}, ${workspaceFolder}', () => {
  assert.deepEqual(referenceKinds(cursor.references('${env:GITHUB_PAT}')), ['env:GITHUB_PAT']);
  assert.deepEqual(referenceKinds(cursor.references('${userHome}/x')), ['predefined:userHome']);
  assert.deepEqual(cursor.references('${GITHUB_PAT}'), []);
  assert.deepEqual(cursor.references('${input:x}'), []);
});

test('cursor: paths', () => {
  assert.equal(cursor.pathScore('/home/a/.cursor/mcp.json'), 2);
  assert.equal(cursor.pathScore('/home/a/mcp.json'), 0);
  assert.deepEqual(cursor.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.cursor/mcp.json']);
  assert.deepEqual(cursor.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.cursor/mcp.json']);
  assert.deepEqual(cursor.workspaceConfigPaths, ['.cursor/mcp.json']);
});
