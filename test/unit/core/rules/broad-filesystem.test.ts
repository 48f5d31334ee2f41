import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathBreadth } from '../../../../src/core/rules/broad-filesystem';
import { coveredText, findingsOf, mcpServers, vscodeServer } from '../../helpers';

const RULE = 'MCP040';
const FS = '@modelcontextprotocol/server-filesystem@2025.7.1';

test('pathBreadth', () => {
  for (const path of ['/', 'C:\\', 'C:/', 'D:', '\\']) assert.equal(pathBreadth(path), 'root', path);
  for (const path of ['~', '~/', '$HOME', '${HOME}', '${userHome}', '${env:USERPROFILE}', '%USERPROFILE%', '/Users/alice', '/Users/alice/', '/home/bob', '/root', 'C:\\Users\\carol', '/Users']) {
    assert.equal(pathBreadth(path), 'home', path);
  }
  for (const path of ['/tmp/project', '${workspaceFolder}', '~/projects/app', '/Users/alice/code', '/home/bob/src', '/Users/Shared', '.', 'C:\\code']) {
    assert.equal(pathBreadth(path), undefined, path);
  }
});

test('a filesystem server granted ~ fires on that element', () => {
  const text = JSON.stringify(vscodeServer({ command: 'npx', args: ['-y', FS, '${workspaceFolder}', '~'] }), null, 2);
  const [finding, ...rest] = findingsOf(RULE, text);
  assert.equal(rest.length, 0);
  assert.ok(finding);
  assert.equal(finding.pointer, '/servers/srv/args/3');
  assert.equal(coveredText(text, finding), '"~"');
  assert.equal(finding.fix, undefined);
});

test('filesystem-like servers: /, home paths, flag values, git --repository', () => {
  assert.equal(findingsOf(RULE, mcpServers({ command: 'npx', args: ['-y', FS, '/'] }), 'claude_desktop_config.json').length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'npx', args: ['-y', 'mcp-server-filesystem@1.0.0', '/Users/alice'] })).length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'uvx', args: ['mcp-server-git==0.6.2', '--repository', '/'] })).length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['/opt/fs-server/index.js', '--root=$HOME'] })).length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-i', '-v', '${userHome}:/projects', 'mcp/filesystem:1.0', '/projects'] })).length, 1);
});

test('narrow grants and non-filesystem servers with home-ish args do not fire', () => {
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'npx', args: ['-y', FS, '/tmp/project', '${workspaceFolder}', '~/projects/app'] })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'npx', args: ['-y', 'some-api-mcp@1.0.0', '--config', '~'] })), []);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', '--base-path', '/'] })), []);
  // The host root mounted into a container is MCP030's.
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'docker', args: ['run', '-v', '/:/host', 'img:1.0', '/'] })), []);
});

test('any server given a bare disk root fires', () => {
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', '/'] })).length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', 'C:\\'] })).length, 1);
});

test('directory env vars', () => {
  const findings = findingsOf(RULE, vscodeServer({ command: 'node', args: ['s.js'], env: { ALLOWED_DIRECTORIES: '/tmp,~', LOG_DIR: '~', HOME: '/root' } }));
  assert.deepEqual(findings.map((f) => f.pointer), ['/servers/srv/env/ALLOWED_DIRECTORIES']);
});

test('VS Code sandbox allowWrite', () => {
  const findings = findingsOf(RULE, { sandbox: { filesystem: { allowWrite: ['${workspaceFolder}', '~'] } }, servers: {} });
  assert.deepEqual(findings.map((f) => f.pointer), ['/sandbox/filesystem/allowWrite/1']);
});

test('any server given a whole home as a directory: positionally or to a directory flag', () => {
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'npx', args: ['-y', 'obsidian-mcp@1.0.0', '/Users/alice'] })).length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', '--allowed-dirs', '$HOME'] })).length, 1);
  assert.equal(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', '--root=~'] })).length, 1);
  assert.deepEqual(findingsOf(RULE, vscodeServer({ command: 'node', args: ['server.js', '--log-dir', '~'] })), []);
});
