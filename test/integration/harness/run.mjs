#!/usr/bin/env node
// CLI for runInHostSuite:
//   node test/integration/harness/run.mjs (--extension <dir> | --vsix <file>) --tests <file>
//        [--workspace <dir>] [--timeout <seconds>] [--no-copy] [--env KEY=VALUE]…
// --vsix unpacks the package and loads its extension/ folder: the shipped artifact is what runs.
// With no arguments it runs the harness's own smoke suite (fixtures/smoke-extension).
// Exit code: the suite's. Not provisioned: SKIPPED + 0 outside CI, 1 with CI set.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDir, makeTempDir, repoRoot } from './env.mjs';
import { runInHostSuite } from './in-host.mjs';
import { unpackVsix } from './vsix.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const { values } = parseArgs({
  options: {
    extension: { type: 'string', default: join(fixtures, 'smoke-extension') },
    vsix: { type: 'string' },
    tests: { type: 'string', default: join(fixtures, 'smoke-extension', 'test', 'index.js') },
    workspace: { type: 'string', default: join(fixtures, 'smoke-workspace') },
    timeout: { type: 'string', default: '600' },
    'no-copy': { type: 'boolean', default: false },
    untrusted: { type: 'boolean', default: false },
    env: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: node test/integration/harness/run.mjs (--extension <dir> | --vsix <file>) --tests <file> [--workspace <dir>] [--timeout s] [--no-copy] [--env K=V]…');
  process.exit(0);
}
const env = Object.fromEntries(values.env.map((pair) => {
  const at = pair.indexOf('=');
  if (at < 1) throw new Error(`--env wants KEY=VALUE, got ${pair}`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}));

let code;
try {
  code = await runInHostSuite({
    extensionPath: values.vsix ? unpackVsix(values.vsix, makeTempDir('vsix')) : values.extension,
    testsPath: values.tests,
    workspace: values.workspace || undefined,
    copyWorkspace: !values['no-copy'],
    trusted: !values.untrusted,
    env,
    timeoutMs: Number(values.timeout) * 1000,
    screenshotOnFailure: join(ensureDir(join(repoRoot, 'test-results')), 'in-host-failure.png'),
  });
} catch (error) {
  console.error(`[in-host] harness error: ${error.stack ?? error}`);
  code = 1;
}
process.exit(code);
