import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP020';
const SHA = '0123456789abcdef0123456789abcdef01234567';

function fires(command: string, args: unknown[]): boolean {
  return findingsOf(RULE, vscodeServer({ command, args })).length > 0;
}

test('npx -y pkg points at the package element, with no fix', () => {
  const text = JSON.stringify(vscodeServer({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-github', '--verbose'] }), null, 2);
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/1');
  assert.equal(coveredText(text, finding), '"@modelcontextprotocol/server-github"');
  assert.equal(finding.fix, undefined);
  assert.match(finding.message, /@modelcontextprotocol\/server-github@1\.2\.3/);
});

test('unpinned npm specs across launchers', () => {
  assert.ok(fires('npx', ['pkg@latest']));
  assert.ok(fires('npx', ['-y', 'pkg@^1']));
  assert.ok(fires('npx', ['pkg@1']));
  assert.ok(fires('npx', ['pkg@1.x']));
  assert.ok(fires('bunx', ['pkg']));
  assert.ok(fires('pnpm', ['dlx', 'pkg']));
  assert.ok(fires('yarn', ['dlx', 'pkg']));
  assert.ok(fires('npm', ['exec', '--yes', '--', 'pkg']));
  assert.ok(fires('npx', ['-y', '--package=@a/b', 'b-cli']));
  assert.ok(fires('npx', ['github:owner/repo']));
});

test('pinned npm specs do not fire', () => {
  assert.ok(!fires('npx', ['-y', 'pkg@1.2.3']));
  assert.ok(!fires('npx', ['-y', '@scope/pkg@1.2.3', '--flag', 'x']));
  assert.ok(!fires('npx', ['-y', '--package=@a/b@1.0.0', 'b-cli']));
  assert.ok(!fires('npx', [`github:owner/repo#${SHA}`]));
  assert.ok(!fires('npx', ['./local-server']));
  assert.ok(!fires('npx', ['${input:pkg}']));
  assert.ok(!fires('node', ['server.js']));
});

test('uvx and pipx', () => {
  assert.ok(fires('uvx', ['mcp-server-fetch']));
  assert.ok(fires('uvx', ['mcp-server-fetch@latest']));
  assert.ok(fires('uvx', ['--from', 'pkg>=1.0', 'cmd']));
  assert.ok(fires('pipx', ['run', 'pkg']));
  assert.ok(!fires('uvx', ['mcp-server-fetch==0.6.2']));
  assert.ok(!fires('uvx', ['--from', 'pkg==1.0.0', 'cmd']));
  assert.ok(!fires('uvx', ['--from', `git+https://github.com/o/r@${SHA}`, 'cmd']));
  assert.ok(fires('uvx', ['--from', 'git+https://github.com/o/r', 'cmd']));
  assert.ok(!fires('pipx', ['run', '--spec', 'pkg==2.0', 'cmd']));
});

test('docker images: no tag, :latest and moving tags fire; digests and version tags do not', () => {
  const base = ['run', '-i', '--rm', '-e', 'GITHUB_TOKEN', '-v', 'data:/data', '--network=bridge'];
  const text = JSON.stringify(vscodeServer({ command: 'docker', args: [...base, 'ghcr.io/github/github-mcp-server', 'stdio'] }), null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding);
  assert.equal(coveredText(text, finding), '"ghcr.io/github/github-mcp-server"');
  assert.ok(fires('docker', [...base, 'mcp/fetch:latest']));
  assert.ok(fires('podman', ['run', 'mcp/fetch:main']));
  assert.ok(!fires('docker', [...base, 'mcp/fetch:1.2.0']));
  assert.ok(!fires('docker', [...base, `mcp/fetch@sha256:${'a'.repeat(64)}`]));
  assert.ok(!fires('docker', ['exec', '-i', 'container', 'mcp']));
});

test('inside shell scripts and cmd /c', () => {
  const text = JSON.stringify(vscodeServer({ command: 'bash', args: ['-c', 'cd /x && npx -y pkg'] }), null, 2);
  const [finding] = findingsOf(RULE, text);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/1');
  assert.equal(coveredText(text, finding), '"cd /x && npx -y pkg"');
  const cmd = findingsOf(RULE, mcpServers({ command: 'cmd', args: ['/c', 'npx', '-y', 'pkg'] }), 'claude_desktop_config.json');
  assert.deepEqual(cmd.map((f) => f.pointer), ['/mcpServers/srv/args/3']);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'npx -y pkg' })).length, 1);
});

test('credentials in a git spec never reach the message', () => {
  const [finding] = findingsOf(RULE, vscodeServer({ command: 'uvx', args: ['--from', 'git+https://user:s3cr3t@github.com/o/r', 'cmd'] }));
  assert.ok(finding);
  assert.doesNotMatch(finding.message, /s3cr3t/);
});
