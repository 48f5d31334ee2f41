// `npm test` after the build: every suite, in order. Suites that need the provisioned VS Code
// server or the Secret Service print a loud SKIPPED with the reason when those are missing
// (outside CI); with CI set, a missing prerequisite fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, skipOrFail } from '../test/integration/harness/env.mjs';

const root = join(import.meta.dirname, '..');
// Pin the provisioned cache: the keychain wrapper gives its children a temporary HOME.
process.env.MCP_WARDEN_CACHE = cacheDir;

/** Node 20's test runner takes no globs: list the compiled test files ourselves. */
function testFiles(dir, suffix = '.test.js') {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'passed' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds}s ===`);
  return ok;
}

const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const results = [];

if (wanted('unit')) results.push(run('unit', process.execPath, ['--test', '--test-reporter=spec', ...testFiles('out/test/unit')]));

// The real Secret Service: gnome-keyring in a private D-Bus session with a temporary HOME. The
// suites skip loudly (or fail with CI set) when it cannot be started.
if (wanted('keychain')) {
  results.push(run('keychain (real Secret Service)', 'bash', ['scripts/with-keychain.sh', process.execPath, '--test', '--test-concurrency=1', '--test-reporter=spec', ...testFiles('out/test/keychain')]));
}

const vscodeUnavailable = wanted('integration') || wanted('e2e') ? skipOrFail('VS Code suites (in-host and UI)') : 0;
if (vscodeUnavailable === 1) results.push(false);
if (vscodeUnavailable === undefined) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `mcp-warden-${version}.vsix`);
  const packaged = run('package (VSIX)', process.execPath, ['scripts/package.mjs']);
  results.push(packaged);
  if (packaged && wanted('integration')) {
    results.push(
      run('integration (in-host, packaged extension in VS Code server)', 'bash', [
        'scripts/with-keychain.sh',
        process.execPath,
        'test/integration/harness/run.mjs',
        '--vsix', vsix,
        '--tests', join(root, 'out/test/integration/suite/index.js'),
        '--workspace', join(root, 'test/fixtures/workspace'),
      ]),
    );
    results.push(
      run('integration (in-host, untrusted folder)', 'bash', [
        'scripts/with-keychain.sh',
        process.execPath,
        'test/integration/harness/run.mjs',
        '--untrusted',
        '--vsix', vsix,
        '--tests', join(root, 'out/test/integration/untrusted/index.js'),
        '--workspace', join(root, 'test/fixtures/workspace'),
      ]),
    );
  }
  if (packaged && wanted('e2e')) {
    results.push(
      run('e2e (UI, Playwright + code-server)', process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...testFiles('test/e2e', '.test.mjs')], {
        MCP_WARDEN_VSIX: vsix,
      }),
    );
  }
}

const failed = results.filter((ok) => !ok).length;
console.log(`\nsuites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
