// Packs an extension folder into a .vsix with @vscode/vsce (provisioned in the cache, run on
// Node 24 because vsce 4 needs Node >= 22), and unpacks a .vsix so in-host suites can test the
// shipped artifact (extensionDevelopmentPath = <unpacked>/extension).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { node24Env, paths } from './env.mjs';

/**
 * @param {string} extensionDir  folder with the extension's package.json
 * @param {string} outFile       the .vsix to write
 * @param {string[]} [extraArgs]  more `vsce package` flags
 * @returns {string} outFile
 */
export function packageVsix(extensionDir, outFile, extraArgs = []) {
  if (!existsSync(paths.vsce)) throw new Error(`vsce not provisioned (${paths.vsce}); run scripts/provision-vscode.sh`);
  outFile = resolve(outFile);
  mkdirSync(dirname(outFile), { recursive: true });
  // --no-dependencies: bundled extensions ship no node_modules; the two --allow/--skip flags keep
  // vsce from prompting (no stdin in CI) about a missing repository field or LICENSE.
  execFileSync(paths.node, [
    paths.vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', outFile, ...extraArgs,
  ], { cwd: extensionDir, env: node24Env(), stdio: ['ignore', 'pipe', 'inherit'], timeout: 120_000 });
  return outFile;
}

/** Unzips `vsix` into `dir`; returns the extension folder inside (`<dir>/extension`). */
export function unpackVsix(vsix, dir) {
  mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-q', '-o', resolve(vsix), '-d', dir], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 60_000 });
  const extension = join(dir, 'extension');
  if (!existsSync(join(extension, 'package.json'))) throw new Error(`${vsix} has no extension/package.json`);
  return extension;
}
