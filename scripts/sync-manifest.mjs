// Writes the parts of package.json that follow from the dialect list: the `workspaceContains`
// activation events and the schema associations (jsonValidation, yamlValidation, tomlValidation)
// of every dialect that declares `schemaFileMatch`. Run after `tsc` (`npm run manifest`);
// test/unit/extension/manifest.test.ts fails when package.json and the dialects disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { expectedManifest } = require(join(root, 'out/src/core/dialects/manifest.js'));
const path = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(path, 'utf8'));
const expected = expectedManifest();
// Other activation events (none today) stay; the workspace ones are the dialects'.
manifest.activationEvents = [...(manifest.activationEvents ?? []).filter((event) => !event.startsWith('workspaceContains:')), ...expected.activationEvents];
for (const [point, entries] of Object.entries(expected.validation)) {
  const owned = new Set(entries.map((entry) => entry.url));
  const kept = (manifest.contributes[point] ?? []).filter((entry) => !owned.has(entry.url));
  manifest.contributes[point] = [...kept, ...entries];
}
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package.json: ${expected.activationEvents.length} activation events, ${Object.values(expected.validation).flat().length} schema associations from the dialects`);
