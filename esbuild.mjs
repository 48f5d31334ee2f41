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

for (const target of targets) {
  const options = { ...common, ...target, external: [...common.external, ...(target.external ?? [])] };
  if (watch) await (await context(options)).watch();
  else await build(options);
}
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
