import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  baseName,
  fieldNames,
  pathEndsWith,
  readServer,
  serversIn,
  transportFromType,
  vscodeFamilyUserDirs,
} from '../../../../src/core/dialects/common';
import { getProperty, type JsonObject } from '../../../../src/core/json/syntax-tree';
import { parseDocument } from '../../../../src/core/json/parse';

const object = (text: string): JsonObject => {
  const root = parseDocument(text).root;
  assert.ok(root?.type === 'object');
  return root;
};

test('transportFromType covers every client spelling', () => {
  assert.equal(transportFromType(undefined), undefined);
  for (const type of ['stdio', 'local']) assert.equal(transportFromType(type), 'stdio');
  for (const type of ['http', 'streamableHttp', 'streamable-http', 'streamable_http']) assert.equal(transportFromType(type), 'http');
  assert.equal(transportFromType('sse'), 'sse');
  assert.equal(transportFromType('ws'), 'ws');
  assert.equal(transportFromType('carrier-pigeon'), 'unknown');
});

test('readServer: the first url key present wins and brings its transport; type overrides; ws:// is ws', () => {
  const fields = fieldNames({ urlKeys: [{ key: 'httpUrl', transport: 'http' }, { key: 'url', transport: 'sse' }] });
  const read = (text: string) => readServer('s', 0, 1, object(text), fields);
  assert.equal(read('{"url": "https://x"}').transport, 'sse');
  assert.equal(read('{"httpUrl": "https://x", "url": "https://y"}').url?.value, 'https://x');
  assert.equal(read('{"url": "https://x", "type": "http"}').transport, 'http');
  assert.equal(read('{"command": "npx"}').transport, 'stdio');
  assert.equal(read('{}').transport, 'unknown');
  assert.equal(readServer('s', 0, 1, object('{"url": "wss://x"}')).transport, 'ws');
});

test('readServer: disabled and enabled:false both turn a server off', () => {
  assert.equal(readServer('s', 0, 1, object('{"command": "x", "disabled": true}')).disabled, true);
  assert.equal(readServer('s', 0, 1, object('{"command": "x", "enabled": false}')).disabled, true);
  assert.equal(readServer('s', 0, 1, object('{"command": "x", "enabled": true}')).disabled, false);
});

test('serversIn: an object of servers or a list of named servers (for YAML dialects); scope is kept', () => {
  const fromObject = serversIn(getProperty(object('{"s": {"a": {"command": "x"}, "b": "not a server"}}'), 's'), undefined, '/p');
  assert.deepEqual(fromObject.map((s) => [s.name, s.scope]), [['a', '/p']]);
  const document = parseDocument('{"mcpServers": [{"name": "a", "command": "x"}, {"command": "nameless"}, 3]}');
  const fromList = serversIn(getProperty(document.root, 'mcpServers'));
  assert.deepEqual(fromList.map((s) => s.name), ['a']);
  assert.equal(document.text.substr(fromList[0]!.keyOffset, fromList[0]!.keyLength), '"a"');
});

test('path helpers', () => {
  assert.ok(pathEndsWith('C:\\Users\\a\\.cursor\\mcp.json', '.cursor/mcp.json'));
  assert.ok(!pathEndsWith('/a/x.cursor/mcp.json', '.cursor/mcp.json'));
  assert.equal(baseName('C:\\A\\Claude_Desktop_Config.json'), 'claude_desktop_config.json');
  assert.deepEqual(vscodeFamilyUserDirs('linux', {}, '/h').slice(0, 2), ['/h/.config/Code/User', '/h/.config/Code - Insiders/User']);
});
