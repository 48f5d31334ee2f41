import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zed } from '../../../../src/core/dialects/zed';
import { argValues, assertRecognised, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('zed: recognised by path and by shape, conforms (JSONC, other settings allowed)', () => {
  const result = assertRecognised('zed', 'zed');
  assert.deepEqual(schemaFindings(result), []);
  assert.equal(result.dialect?.serversKey, 'context_servers');
});

test('zed: current, older {path,args,env}, remote and extension servers', () => {
  const { servers } = assertRecognised('zed', 'zed');
  const github = serverNamed(servers, 'github');
  assert.equal(github.transport, 'stdio');
  assert.equal(github.command?.value, 'npx');
  assert.deepEqual(argValues(github), ['-y', '@modelcontextprotocol/server-github']);

  const postgres = serverNamed(servers, 'postgres');
  assert.equal(postgres.transport, 'stdio');
  assert.equal(postgres.command?.value, 'npx');
  assert.equal(postgres.command?.pointer, '/context_servers/postgres/command/path');
  assert.deepEqual(argValues(postgres), ['-y', '@modelcontextprotocol/server-postgres', 'postgresql://localhost/mydb']);
  assert.equal(postgres.argsNode?.pointer, '/context_servers/postgres/command/args');
  assert.deepEqual(valuesOf(postgres.env), { PGSSLMODE: 'disable' });

  const remote = serverNamed(servers, 'remote-docs');
  assert.equal(remote.transport, 'http');
  assert.deepEqual(Object.keys(valuesOf(remote.headers)), ['Authorization']);

  const extension = serverNamed(servers, 'mcp-server-context7');
  assert.equal(extension.disabled, true, 'enabled: false');
  assert.equal(extension.command, undefined);
});

test('zed: no variable syntax of its own; paths', () => {
  assert.deepEqual(zed.references('${env:X} ${X}'), []);
  assert.equal(zed.pathScore('/home/a/.config/zed/settings.json'), 2);
  assert.equal(zed.pathScore('/repo/.zed/settings.json'), 2);
  assert.equal(zed.pathScore('/repo/.vscode/settings.json'), 1);
  assert.deepEqual(zed.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.config/zed/settings.json', '/home/a/.var/app/dev.zed.Zed/config/zed/settings.json']);
  assert.deepEqual(zed.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/.config/zed/settings.json']);
  assert.deepEqual(zed.userConfigPaths('win32', { APPDATA: 'C:/R' }, 'C:/Users/a'), ['C:/R/Zed/settings.json']);
  assert.deepEqual(zed.workspaceConfigPaths, ['.zed/settings.json']);
});
