import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/json/edits';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP011';

test('ws:// to a remote host fires with a wss:// fix', () => {
  const text = JSON.stringify(mcpServers({ type: 'ws', url: 'ws://mcp.example.com/socket' }), null, 2);
  const [finding] = findingsOf(RULE, text, '.mcp.json');
  assert.ok(finding?.fix);
  assert.equal(coveredText(text, finding), '"ws://mcp.example.com/socket"');
  const fixed = applyTextEdits(text, finding.fix.edits);
  assert.match(fixed, /"wss:\/\/mcp\.example\.com\/socket"/);
  assert.deepEqual(findingsOf(RULE, fixed, '.mcp.json'), []);
});

test('ws:// in env and args fires; loopback, wss:// and references do not', () => {
  const findings = findingsOf(
    RULE,
    vscodeServer({ command: 'node', args: ['bridge.js', '--upstream', 'ws://gw.internal:9000', 'ws://localhost:9000'], env: { GATEWAY_WS_URL: 'ws://10.0.0.5/ws', LOCAL_WS: 'ws://127.0.0.1:1' } }),
  );
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/args/2', '/servers/srv/env/GATEWAY_WS_URL']);
  assert.deepEqual(findingsOf(RULE, mcpServers({ type: 'ws', url: 'wss://mcp.example.com' }), '.mcp.json'), []);
  assert.deepEqual(findingsOf(RULE, mcpServers({ type: 'ws', url: 'ws://${MCP_HOST}/x' }), '.mcp.json'), []);
  // http:// is MCP010's, not this rule's.
  assert.deepEqual(findingsOf(RULE, vscodeServer({ type: 'http', url: 'http://mcp.example.com' })), []);
});
