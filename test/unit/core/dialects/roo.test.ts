import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roo } from '../../../../src/core/dialects/roo';
import { assertRecognised, referenceKinds, schemaFindings, serverNamed } from './fixtures';

test('roo: recognised by path and by shape, conforms; alwaysAllow is auto-approval', () => {
  const result = assertRecognised('roo', 'roo');
  assert.deepEqual(schemaFindings(result), []);
  const filesystem = serverNamed(result.servers, 'filesystem');
  assert.deepEqual(filesystem.autoApprove?.tools.map((t) => t.value), ['read_file', 'list_directory']);
  assert.equal(filesystem.autoApprove?.all, false);
  assert.equal(filesystem.autoApprove?.node.pointer, '/mcpServers/filesystem/alwaysAllow');
  const legacy = serverNamed(result.servers, 'legacy');
  assert.equal(legacy.transport, 'sse');
  assert.equal(legacy.autoApprove?.all, true);
  assert.equal(serverNamed(result.servers, 'context7').transport, 'http', 'streamable-http');
  assert.equal(serverNamed(result.servers, 'github').transport, 'stdio');
});

test('roo: references are ${env:} and ${workspaceFolder}', () => {
  assert.deepEqual(referenceKinds(roo.references('${env:GITHUB_TOKEN}')), ['env:GITHUB_TOKEN']);
  assert.deepEqual(referenceKinds(roo.references('${workspaceFolder}/.env')), ['predefined:workspaceFolder']);
  assert.deepEqual(roo.references('${GITHUB_TOKEN}'), []);
});

test('roo: paths — project .roo/mcp.json and the global mcp_settings.json', () => {
  assert.equal(roo.pathScore('/repo/.roo/mcp.json'), 2);
  assert.equal(roo.pathScore('/x/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'), 2);
  assert.ok(
    roo.userConfigPaths('linux', {}, '/home/a').includes('/home/a/.config/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'),
  );
  assert.deepEqual(roo.workspaceConfigPaths, ['.roo/mcp.json']);
});
