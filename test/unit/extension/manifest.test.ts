/**
 * package.json says where MCP configs are (activation events, schema associations, the user-config
 * setting); the dialects are the one source of those paths. These tests hold the two together
 * (`npm run manifest` rewrites the activation events and schema associations from the dialects).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKnownConfigPath, userConfigPaths, workspaceConfigGlobs } from '../../../src/core/dialects/config-paths';
import { DIALECTS } from '../../../src/core/dialects/index';
import { expectedManifest, VALIDATION_POINTS, type SchemaAssociation, type ValidationPoint } from '../../../src/core/dialects/manifest';

const root = join(__dirname, '..', '..', '..', '..');

interface Manifest {
  activationEvents: string[];
  contributes: Partial<Record<ValidationPoint, SchemaAssociation[]>> & {
    configuration: { properties: Record<string, { markdownDescription?: string }> };
    viewsWelcome: Array<{ view: string; contents: string }>;
  };
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

test('activation events: one workspaceContains per workspace config glob of the dialects, no more', () => {
  const events = manifest.activationEvents.filter((event) => event.startsWith('workspaceContains:'));
  assert.deepEqual([...events].sort(), expectedManifest().activationEvents, `package.json activationEvents should hold (npm run manifest):\n${JSON.stringify(expectedManifest().activationEvents, null, 2)}`);
  assert.deepEqual(expectedManifest().activationEvents, workspaceConfigGlobs().map((glob) => `workspaceContains:${glob}`));
});

test('schema associations (json/yaml/tomlValidation): each dialect schema associated with exactly the files the dialect declares', () => {
  const normalise = (entries: readonly SchemaAssociation[]) =>
    entries.map((entry) => ({ url: entry.url, fileMatch: (typeof entry.fileMatch === 'string' ? [entry.fileMatch] : [...entry.fileMatch]).sort() })).sort((a, b) => a.url.localeCompare(b.url));
  const expected = expectedManifest().validation;
  for (const point of VALIDATION_POINTS) {
    assert.deepEqual(normalise(manifest.contributes[point] ?? []), normalise(expected[point]), `package.json contributes.${point} should hold:\n${JSON.stringify(expected[point], null, 2)}`);
    for (const entry of expected[point]) assert.ok(existsSync(join(root, entry.url)), entry.url);
  }
  for (const dialect of DIALECTS) {
    const schemaFile = JSON.parse(readFileSync(join(root, 'schemas', `${dialect.id}.schema.json`), 'utf8')) as unknown;
    assert.deepEqual(schemaFile, dialect.schema, `schemas/${dialect.id}.schema.json is the dialect's schema`);
    // VS Code ships its own schema for mcp.json; every other JSON client gets ours.
    if (dialect.id !== 'vscode' && (dialect.format === 'json' || dialect.format === 'jsonc')) assert.ok((dialect.schemaFileMatch ?? []).length > 0, `${dialect.id} declares schemaFileMatch`);
  }
});

test('every file a dialect associates its schema with is a known config path that dialect claims (so diagnostics follow)', () => {
  for (const dialect of DIALECTS) {
    for (const glob of dialect.schemaFileMatch ?? []) {
      const path = `/home/u/project/${glob.replace(/^\*\*\//, '').replace(/\*/g, 'x')}`;
      assert.ok(isKnownConfigPath(path), `${dialect.id}: ${path} is a known config path`);
      const score = dialect.pathScore(path);
      assert.ok(score >= 1, `${dialect.id} claims its schema's files (${glob})`);
      for (const other of DIALECTS) assert.ok(other.pathScore(path) <= score, `${other.id} claims ${dialect.id}'s ${path} more strongly`);
    }
  }
});

test("every client's user-level config paths, on every platform, are recognised as that client's", () => {
  const layouts: Array<{ platform: NodeJS.Platform; home: string; env: Record<string, string | undefined> }> = [
    { platform: 'linux', home: '/home/me', env: {} },
    { platform: 'linux', home: '/home/me', env: { XDG_CONFIG_HOME: '/home/me/.cfg', CLAUDE_CONFIG_DIR: '/home/me/.claude-alt' } },
    { platform: 'darwin', home: '/Users/me', env: {} },
    { platform: 'win32', home: 'C:\\Users\\me', env: { APPDATA: 'C:\\Users\\me\\AppData\\Roaming', ProgramData: 'C:\\ProgramData' } },
  ];
  for (const { platform, home, env } of layouts) {
    const all = userConfigPaths(platform, env, home);
    for (const dialect of DIALECTS) {
      for (const path of dialect.userConfigPaths(platform, env, home)) {
        assert.ok(all.includes(path), path);
        assert.ok(isKnownConfigPath(path), `${path} is a known config path`);
        const score = dialect.pathScore(path);
        assert.ok(score >= 1, `${dialect.id} claims ${path}`);
        for (const other of DIALECTS) assert.ok(other.pathScore(path) <= score, `${other.id} claims ${dialect.id}'s ${path} more strongly`);
      }
    }
  }
});

test('the manifest names every client: the user-config setting and the empty view', () => {
  const userSetting = manifest.contributes.configuration.properties['mcpWarden.scanUserConfigs']?.markdownDescription ?? '';
  for (const dialect of DIALECTS) {
    if (dialect.userConfigPaths('linux', {}, '/home/me').length > 0 || dialect.userConfigPaths('darwin', {}, '/Users/me').length > 0) {
      assert.ok(userSetting.includes(dialect.label), `mcpWarden.scanUserConfigs names ${dialect.label}`);
    }
  }
  const welcome = manifest.contributes.viewsWelcome.find((entry) => entry.view === 'mcpWarden.servers')?.contents ?? '';
  for (const dialect of DIALECTS) assert.ok(welcome.includes(dialect.label), `the Servers view's welcome names ${dialect.label}`);
});

test("the repository's own .vscode/ (launch.json, tasks.json, settings.json) is no MCP config, and is not packaged", () => {
  for (const name of ['launch.json', 'tasks.json', 'settings.json', 'extensions.json']) {
    assert.equal(isKnownConfigPath(`.vscode/${name}`), false, `.vscode/${name}`);
    assert.equal(isKnownConfigPath(join(root, '.vscode', name)), false, `${root}/.vscode/${name}`);
  }
  // The VSIX takes nothing but what .vscodeignore lets back in after excluding everything.
  const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  assert.equal(lines[0], '**');
  assert.ok(!lines.some((line) => line.startsWith('!') && /\.vscode|^!\*\*$|^!\.\*/.test(line)), lines.join(' '));
});
