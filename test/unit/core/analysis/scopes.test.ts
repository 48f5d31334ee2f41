import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeServer, type ScopeItem } from '../../../../src/core/analysis/scopes';
import { scan, vscodeServer } from '../../helpers';

/** The scopes of the one server of a VS Code config, with the text each item reveals. */
function scopesOf(server: Record<string, unknown>): { items: ScopeItem[]; text: string; summary: string } {
  const text = JSON.stringify(vscodeServer(server), null, 2);
  const result = scan(text);
  const first = result.servers[0];
  assert.ok(first);
  const scopes = describeServer(first, result.findings);
  return { items: scopes.items, text, summary: scopes.summary };
}

const labels = (items: readonly ScopeItem[], group: ScopeItem['group']): string[] => items.filter((item) => item.group === group).map((item) => item.label);

test('a container started through a shell shows its container scopes, each revealing its own word', () => {
  const { items, text } = scopesOf({ command: 'sh', args: ['-c', 'docker run --privileged -v /:/host img'] });
  assert.deepEqual(labels(items, 'container'), ['--privileged', 'image img']);
  assert.deepEqual(labels(items, 'filesystem'), ['/']);
  const privileged = items.find((item) => item.label === '--privileged');
  assert.ok(privileged);
  assert.equal(text.substr(privileged.offset, privileged.length), '--privileged');
  assert.equal(privileged.pointer, '/servers/srv/args/1');
  // MCP030 flags the script: its scopes are marked.
  assert.equal(privileged.flagged, true);
  const mount = items.find((item) => item.group === 'filesystem');
  assert.equal(mount?.detail, 'mounted into the container');
  assert.equal(text.substr(mount?.offset ?? 0, mount?.length ?? 0), '/:/host');
});

test('a container run directly: privileges, mounts, socket, ports, network mode and image, each on its element', () => {
  const args = ['run', '-i', '--rm', '--cap-add', 'SYS_ADMIN', '--net=host', '-u', '1000', '-p', '8080:80', '-v', '/var/run/docker.sock:/var/run/docker.sock', '--mount', 'type=bind,src=/data,dst=/data,readonly', '-v', '${workspaceFolder}:/work:ro', 'mcp/tools:1.0.0', '/work'];
  const { items, text } = scopesOf({ command: 'docker', args });
  assert.deepEqual(labels(items, 'container'), ['--cap-add SYS_ADMIN', '--net host', '-u 1000', 'Docker socket', 'image mcp/tools:1.0.0']);
  assert.deepEqual(labels(items, 'network'), ['8080:80', 'network host']);
  assert.deepEqual(
    items.filter((item) => item.group === 'filesystem').map((item) => `${item.label} · ${item.detail}`),
    ['/var/run/docker.sock · mounted into the container', '/data · mounted into the container (read-only)', '${workspaceFolder} · mounted into the container (read-only)', '/work · path given to the server'],
  );
  for (const item of items) {
    // Every item here is a whole element: it reveals exactly that element.
    assert.match(text.substr(item.offset, item.length), /^".*"$/, item.label);
  }
  const image = items.find((item) => item.label.startsWith('image '));
  assert.equal(image?.detail, 'pinned');
});

test('packages, paths and endpoints inside scripts are scopes of the server too', () => {
  const { items } = scopesOf({ command: 'bash', args: ['-lc', 'cd ~/srv && npx -y @acme/mcp@1.2.3 --api https://api.acme.example/v1'] });
  assert.deepEqual(labels(items, 'package'), ['@acme/mcp@1.2.3']);
  assert.deepEqual(labels(items, 'filesystem'), ['~/srv']);
  assert.deepEqual(labels(items, 'network'), ['api.acme.example']);
  assert.equal(items.find((item) => item.group === 'package')?.detail, 'pinned (npx)');
});

test('a plain npx server: the package, its paths and no container scopes', () => {
  const { items, summary } = scopesOf({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/Users/me/projects', '--root=./data'] });
  assert.equal(summary, 'stdio · npx @modelcontextprotocol/server-filesystem');
  assert.deepEqual(labels(items, 'package'), ['@modelcontextprotocol/server-filesystem']);
  assert.equal(items.find((item) => item.group === 'package')?.detail, 'not pinned (npx)');
  assert.deepEqual(labels(items, 'filesystem'), ['/Users/me/projects', './data']);
  assert.deepEqual(labels(items, 'container'), []);
});

test('remote servers: the endpoint host without credentials, static auth headers', () => {
  const { items, summary } = scopesOf({ type: 'http', url: 'https://user:pw@mcp.example.com:8443/mcp', headers: { Authorization: 'Bearer ${input:token}' } });
  assert.equal(summary, 'http · mcp.example.com:8443');
  assert.deepEqual(labels(items, 'network'), ['mcp.example.com:8443']);
  assert.deepEqual(labels(items, 'auth'), ['Authorization header']);
  assert.ok(!items.some((item) => item.label.includes('pw')));
});
