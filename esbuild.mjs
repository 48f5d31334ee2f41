// Bundles the CLI (and, once it exists, the extension) into single files under dist/.
// `--production` minifies; `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const targets = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The launcher alone: what every server start through the shim pays for (a fraction of cli.js).
  { entryPoints: ['src/cli/run-main.ts'], outfile: 'dist/run.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((target) => existsSync(target.entryPoints[0]));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  // The native keychain binding is loaded lazily at run time, never bundled.
  external: ['@napi-rs/keyring'],
};

/**
 * In watch mode, one line when rebuilding starts and one when every bundle is done, errors as
 * `file:line:column: error: text` between them (for editors' problem matchers: .vscode/tasks.json).
 */
let building = 0;
const watchLog = {
  name: 'watch-log',
  setup(build) {
    build.onStart(() => {
      if (building++ === 0) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) console.log(`${location?.file ?? '?'}:${location?.line ?? 0}:${(location?.column ?? 0) + 1}: error: ${text}`);
      if (--building === 0) console.log('[watch] build finished');
    });
  },
};

for (const target of targets) {
  const options = { ...common, ...target, external: [...common.external, ...(target.external ?? [])] };
  if (watch) await (await context({ ...options, plugins: [watchLog] })).watch();
  else await build(options);
}
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
