/** package.json follows the dialect list: activation events and schema associations (`npm run manifest` rewrites them). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedManifest, type SchemaAssociation, type ValidationPoint } from '../../../src/core/dialects/manifest';
import { DIALECTS } from '../../../src/core/dialects/index';
import { isKnownConfigPath } from '../../../src/core/config-paths';

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: Partial<Record<ValidationPoint, SchemaAssociation[]>>;
};

test('manifest: a workspaceContains activation event for every workspace config path of every dialect, and no other', () => {
  const expected = expectedManifest().activationEvents;
  assert.deepEqual([...manifest.activationEvents].filter((e) => e.startsWith('workspaceContains:')).sort(), [...expected].sort());
});

test('manifest: every schema association a dialect declares is in package.json, pointing at an existing schema file', () => {
  for (const [point, entries] of Object.entries(expectedManifest().validation) as Array<[ValidationPoint, SchemaAssociation[]]>) {
    for (const entry of entries) {
      const found = (manifest.contributes[point] ?? []).find((e) => e.url === entry.url);
      assert.deepEqual(found, entry, `${point} ${entry.url}`);
      assert.ok(existsSync(join(root, entry.url)), entry.url);
    }
  }
});

test('manifest: every file a dialect associates a schema with is a known config path (diagnostics follow)', () => {
  const samples: Record<string, string> = { '*': 'x' };
  for (const dialect of DIALECTS) {
    for (const glob of dialect.schemaFileMatch ?? []) {
      const path = `/home/u/project/${glob.replace(/^\*\*\//, '').replace(/\*/g, samples['*'] as string)}`;
      assert.ok(isKnownConfigPath(path), `${dialect.id}: ${path}`);
      assert.ok(dialect.pathScore(path) >= 2, `${dialect.id} claims ${path}`);
    }
  }
});
