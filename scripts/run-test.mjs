// Quick runner for a few test files without a full type-checked build:
//   node scripts/run-test.mjs test/unit/core/json/parse.test.ts [more.test.ts …]
// Each file is bundled with esbuild (no type check) to the same place under out/ that tsc
// would emit it (so __dirname-relative fixture paths work), then run with node's test runner.
// `npm test` remains the real gate: it type-checks everything first.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/run-test.mjs <test.ts>…');
  process.exit(2);
}
const root = resolve(import.meta.dirname ?? new URL('..', import.meta.url).pathname, '..');
const outputs = [];
for (const file of files) {
  const outfile = join(root, 'out', relative(root, resolve(file)).replace(/\.ts$/, '.js'));
  await build({ entryPoints: [file], outfile, bundle: true, platform: 'node', format: 'cjs', sourcemap: 'inline', packages: 'external', logLevel: 'error' });
  outputs.push(outfile);
}
const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', ...outputs], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
