import { test } from 'node:test';
import assert from 'node:assert/strict';
import { windsurf } from '../../../../src/core/dialects/windsurf';
import { assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('windsurf: recognised by path and by shape, conforms, serverUrl and url both read', () => {
  const result = assertRecognised('windsurf', 'windsurf');
  assert.deepEqual(schemaFindings(result), []);
  const figma = serverNamed(result.servers, 'figma');
  assert.equal(figma.transport, 'http');
  assert.equal(figma.url?.value, 'https://mcp.figma.example/mcp');
  assert.deepEqual(valuesOf(figma.headers), { Authorization: 'Bearer ${file:/home/alice/.secrets/figma-token}' });
  const local = serverNamed(result.servers, 'local-sse');
  assert.equal(local.url?.value, 'http://127.0.0.1:8931/sse');
  assert.equal(local.disabled, true);
  assert.equal(serverNamed(result.servers, 'github').transport, 'stdio');
});

test('windsurf: references are ${env:} and ${file:}', () => {
  assert.deepEqual(referenceKinds(windsurf.references('${env:GITHUB_TOKEN}')), ['env:GITHUB_TOKEN']);
  assert.deepEqual(referenceKinds(windsurf.references('Bearer ${file:/run/secrets/t}')), ['file:/run/secrets/t']);
  assert.deepEqual(windsurf.references('${GITHUB_TOKEN}'), []);
});

test('windsurf: paths', () => {
  assert.equal(windsurf.pathScore('/home/a/.codeium/windsurf/mcp_config.json'), 2);
  assert.equal(windsurf.pathScore('/home/a/.codeium/windsurf-next/mcp_config.json'), 2);
  assert.equal(windsurf.pathScore('/tmp/mcp_config.json'), 1);
  assert.deepEqual(windsurf.userConfigPaths('darwin', {}, '/Users/a'), [
    '/Users/a/.codeium/windsurf/mcp_config.json',
    '/Users/a/.codeium/windsurf-next/mcp_config.json',
  ]);
  assert.deepEqual(windsurf.workspaceConfigPaths, []);
});
