import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goose } from '../../../../src/core/dialects/goose';
import { scanText } from '../../../../src/core/engine/scan';
import { describeServer } from '../../../../src/core/analysis/scopes';
import { argValues, assertRecognised, referenceKinds, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('goose: recognised by path and by shape, conforms, extensions normalised', () => {
  const result = assertRecognised('goose', 'goose');
  assert.deepEqual(result.findings, []);
  assert.deepEqual(schemaFindings(result), []);
  assert.equal(serverNamed(result.servers, 'developer').transport, 'unknown', 'builtin runs inside Goose');
  const github = serverNamed(result.servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.command?.value, 'npx');
  assert.equal(github.command?.pointer, '/extensions/github/cmd');
  assert.deepEqual(argValues(github), ['-y', '@modelcontextprotocol/server-github@2025.4.8']);
  const remote = serverNamed(result.servers, 'remote');
  assert.equal(remote.transport, 'http');
  assert.equal(remote.url?.value, 'https://mcp.example.com/mcp');
  assert.equal(remote.disabled, true);
  assert.deepEqual(valuesOf(remote.headers), { Authorization: 'Bearer $REMOTE_TOKEN' });
  const scopes = describeServer(github, result.findings).items.filter((i) => i.group === 'secrets');
  assert.deepEqual(scopes.map((i) => i.detail), ['reference · GITHUB_PERSONAL_ACCESS_TOKEN (Goose secret store)']);
});

test('goose: envs values are checked; env_keys names are not secrets', () => {
  const token = ['ghp_', 'R8x2Lq9ZtV4mN7cK1pW3yH6sD0fJ5gB2aE8u'].join('');
  const text = ['extensions:', '  gh:', '    type: stdio', '    cmd: npx', '    args: []', '    envs:', `      GITHUB_TOKEN: ${token}  # pasted`, '    env_keys: [SUPER_SECRET_PRODUCTION_TOKEN_VALUE]', ''].join('\n');
  const result = scanText(text, { path: '/home/u/.config/goose/config.yaml' });
  const secrets = result.findings.filter((f) => f.category === 'secret');
  assert.deepEqual(secrets.map((f) => f.pointer), ['/extensions/gh/envs/GITHUB_TOKEN']);
  assert.equal(text.substr(secrets[0]?.secret?.offset ?? 0, secrets[0]?.secret?.valueLength ?? 0), token);
});

test('goose: references are $VAR and ${VAR}', () => {
  assert.deepEqual(referenceKinds(goose.references('Bearer $TOKEN')), ['var:TOKEN']);
  assert.deepEqual(referenceKinds(goose.references('${TOKEN}')), ['var:TOKEN']);
});

test('goose: paths on Linux, macOS and Windows', () => {
  assert.equal(goose.pathScore('/home/a/.config/goose/config.yaml'), 2);
  assert.equal(goose.pathScore('C:/Users/a/AppData/Roaming/Block/goose/config/config.yaml'), 2);
  assert.deepEqual(goose.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.config/goose/config.yaml']);
  assert.deepEqual(goose.userConfigPaths('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a'), ['/x/goose/config.yaml']);
  assert.deepEqual(goose.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.config/goose/config.yaml']);
  assert.deepEqual(goose.userConfigPaths('win32', { APPDATA: 'C:/Users/a/AppData/Roaming' }, 'C:/Users/a'), ['C:/Users/a/AppData/Roaming/Block/goose/config/config.yaml']);
});
