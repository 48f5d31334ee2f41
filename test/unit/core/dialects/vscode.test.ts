import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vscode } from '../../../../src/core/dialects/vscode';
import { parseDocument } from '../../../../src/core/json/parse';
import { argValues, assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('vscode: the fixture is recognised by path and by shape, and conforms to the schema', () => {
  const result = assertRecognised('vscode', 'vscode');
  assert.deepEqual(schemaFindings(result), []);
  assert.deepEqual(
    result.servers.map((s) => s.name),
    ['github', 'filesystem', 'brave-search', 'github-remote', 'docs', 'legacy-events'],
  );
});

test('vscode: servers are normalised (stdio, http by type, http by url alone, sse)', () => {
  const { servers } = assertRecognised('vscode', 'vscode');
  const github = serverNamed(servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.command?.value, 'npx');
  assert.deepEqual(argValues(github), ['-y', '@modelcontextprotocol/server-github']);
  assert.deepEqual(valuesOf(github.env), { GITHUB_PERSONAL_ACCESS_TOKEN: '${input:github-token}' });

  const filesystem = serverNamed(servers, 'filesystem');
  assert.equal(filesystem.transport, 'stdio');
  assert.equal(filesystem.cwd?.value, '${workspaceFolder}');
  assert.equal(filesystem.envFile?.value, '${workspaceFolder}/.env');
  assert.deepEqual(valuesOf(filesystem.env), { DEBUG: '<null>', PORT: '<number>' });
  assert.equal(filesystem.autoApprove, undefined);

  const remote = serverNamed(servers, 'github-remote');
  assert.equal(remote.transport, 'http');
  assert.equal(remote.url?.value, 'https://api.githubcopilot.com/mcp/');
  assert.deepEqual(valuesOf(remote.headers), { Authorization: 'Bearer ${input:github-token}' });

  const docs = serverNamed(servers, 'docs');
  assert.equal(docs.transport, 'http', 'a url without type is HTTP in VS Code');
  assert.ok(docs.oauth);

  assert.equal(serverNamed(servers, 'legacy-events').transport, 'sse');
});

test('vscode: references are ${input:}, ${env:}, predefined variables and ${keychain:}', () => {
  assert.deepEqual(referenceKinds(vscode.references('Bearer ${input:tok}')), ['input:tok']);
  assert.deepEqual(referenceKinds(vscode.references('${env:HOME}/x')), ['env:HOME']);
  assert.deepEqual(referenceKinds(vscode.references('${workspaceFolder}/src')), ['predefined:workspaceFolder']);
  assert.deepEqual(referenceKinds(vscode.references('${keychain:gh.token}')), ['keychain:gh.token']);
  // Not VS Code's syntax: left as literal text.
  assert.deepEqual(vscode.references('${GITHUB_TOKEN}'), []);
  assert.deepEqual(vscode.references('$GITHUB_TOKEN'), []);
});

test('vscode: path scores — workspace, profile, generic mcp.json', () => {
  assert.equal(vscode.pathScore('/repo/.vscode/mcp.json'), 2);
  assert.equal(vscode.pathScore('C:/Users/bob/AppData/Roaming/Code/User/mcp.json'), 2);
  assert.equal(vscode.pathScore('/home/bob/.config/Code - Insiders/User/profiles/1a2b3c/mcp.json'), 2);
  assert.equal(vscode.pathScore('/home/bob/project/mcp.json'), 1);
  assert.equal(vscode.pathScore('/repo/.mcp.json'), 0);
  assert.equal(vscode.pathScore('/repo/settings.json'), 0);
});

test('vscode: shape needs `servers`; inputs or sandbox make it certain', () => {
  const score = (text: string): number => {
    const root = parseDocument(text).root;
    assert.ok(root?.type === 'object');
    return vscode.shapeScore(root);
  };
  assert.equal(score('{"mcpServers": {}}'), 0);
  assert.ok(score('{"servers": {}}') > 0);
  assert.ok(score('{"servers": {}, "inputs": []}') > score('{"servers": {}}'));
});

test('vscode: user config paths per platform', () => {
  assert.deepEqual(vscode.userConfigPaths('linux', {}, '/home/a'), [
    '/home/a/.config/Code/User/mcp.json',
    '/home/a/.config/Code - Insiders/User/mcp.json',
    '/home/a/.config/VSCodium/User/mcp.json',
  ]);
  assert.equal(vscode.userConfigPaths('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')[0], '/x/Code/User/mcp.json');
  assert.equal(vscode.userConfigPaths('darwin', {}, '/Users/a')[0], '/Users/a/Library/Application Support/Code/User/mcp.json');
  assert.equal(vscode.userConfigPaths('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')[0], 'C:\\Users\\a\\AppData\\Roaming/Code/User/mcp.json');
  assert.deepEqual(vscode.workspaceConfigPaths, ['.vscode/mcp.json']);
});
