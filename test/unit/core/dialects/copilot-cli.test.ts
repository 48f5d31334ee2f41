import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copilotCli } from '../../../../src/core/dialects/copilot-cli';
import { assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('copilot-cli: recognised by path and by shape, conforms; local/stdio/http/sse', () => {
  const result = assertRecognised('copilot-cli', 'copilot-cli');
  assert.deepEqual(schemaFindings(result), []);
  const { servers } = result;
  assert.deepEqual(servers.map((s) => [s.name, s.transport]), [
    ['playwright', 'stdio'],
    ['github', 'http'],
    ['sentry', 'stdio'],
    ['events', 'sse'],
  ]);
  assert.deepEqual(valuesOf(serverNamed(servers, 'github').headers), { Authorization: 'Bearer $COPILOT_MCP_GITHUB_TOKEN' });
});

test('copilot-cli: tools ["*"] auto-approves all, a list approves those, [] nothing', () => {
  const { servers } = assertRecognised('copilot-cli', 'copilot-cli');
  const playwright = serverNamed(servers, 'playwright');
  assert.equal(playwright.autoApprove?.all, true);
  assert.equal(playwright.autoApprove?.node.pointer, '/mcpServers/playwright/tools');
  const github = serverNamed(servers, 'github');
  assert.equal(github.autoApprove?.all, false);
  assert.deepEqual(github.autoApprove?.tools.map((t) => t.value), ['get_issue', 'list_pull_requests']);
  assert.equal(serverNamed(servers, 'events').autoApprove, undefined);
});

test('copilot-cli: references are $VAR, ${VAR}, ${VAR:-default}', () => {
  assert.deepEqual(referenceKinds(copilotCli.references('Bearer $COPILOT_MCP_GITHUB_TOKEN')), ['var:COPILOT_MCP_GITHUB_TOKEN']);
  assert.deepEqual(referenceKinds(copilotCli.references('--host=${SENTRY_HOST:-sentry.io}')), ['var:SENTRY_HOST']);
  assert.deepEqual(copilotCli.references('${env:X}'), []);
});

test('copilot-cli: paths', () => {
  assert.equal(copilotCli.pathScore('/home/a/.copilot/mcp-config.json'), 2);
  assert.equal(copilotCli.pathScore('/repo/.mcp.json'), 1);
  assert.deepEqual(copilotCli.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.copilot/mcp-config.json']);
  assert.deepEqual(copilotCli.userConfigPaths('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a'), ['/x/.copilot/mcp-config.json', '/home/a/.copilot/mcp-config.json']);
  assert.deepEqual(copilotCli.userConfigPaths('win32', {}, 'C:/Users/a'), ['C:/Users/a/.copilot/mcp-config.json']);
});
