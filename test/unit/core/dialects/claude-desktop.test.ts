import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claudeDesktop } from '../../../../src/core/dialects/claude-desktop';
import { argValues, assertRecognised, schemaFindings, serverNamed, valuesOf } from './fixtures';

test('claude-desktop: recognised by path and by shape, conforms, stdio servers normalised', () => {
  const result = assertRecognised('claude-desktop', 'claude-desktop');
  assert.deepEqual(schemaFindings(result), []);
  assert.equal(result.dialect?.format, 'json');
  assert.deepEqual(result.servers.map((s) => s.name), ['filesystem', 'postgres', 'puppeteer', 'slack']);
  assert.ok(result.servers.every((s) => s.transport === 'stdio'));
  const filesystem = serverNamed(result.servers, 'filesystem');
  assert.deepEqual(argValues(filesystem), ['-y', '@modelcontextprotocol/server-filesystem', '/Users/alice/Desktop', '/Users/alice/Downloads']);
  const slack = serverNamed(result.servers, 'slack');
  assert.deepEqual(Object.keys(valuesOf(slack.env)), ['SLACK_BOT_TOKEN', 'SLACK_TEAM_ID', 'SLACK_CHANNEL_IDS']);
  assert.equal(serverNamed(result.servers, 'puppeteer').command?.value, 'docker');
});

test('claude-desktop: no variable substitution — only the launcher keychain references', () => {
  assert.deepEqual(claudeDesktop.references('${TOKEN}'), []);
  assert.deepEqual(claudeDesktop.references('${env:TOKEN}'), []);
  assert.equal(claudeDesktop.references('${keychain:slack.SLACK_BOT_TOKEN}').length, 1);
});

test('claude-desktop: config paths per platform', () => {
  assert.deepEqual(claudeDesktop.userConfigPaths('darwin', {}, '/Users/a'), ['/Users/a/Library/Application Support/Claude/claude_desktop_config.json']);
  assert.deepEqual(claudeDesktop.userConfigPaths('win32', { APPDATA: 'C:/Users/a/AppData/Roaming' }, 'C:/Users/a'), [
    'C:/Users/a/AppData/Roaming/Claude/claude_desktop_config.json',
  ]);
  assert.deepEqual(claudeDesktop.userConfigPaths('linux', {}, '/home/a'), ['/home/a/.config/Claude/claude_desktop_config.json']);
  assert.equal(claudeDesktop.pathScore('C:\\Users\\a\\AppData\\Roaming\\Claude\\claude_desktop_config.json'.replace(/\\/g, '/')), 2);
});
