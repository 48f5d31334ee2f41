// `npm run package`: a production bundle, then mcp-warden-<version>.vsix with @vscode/vsce.
// vsce 4 needs Node >= 22; scripts/provision-vscode.sh puts Node 24 and vsce in the cache.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../test/integration/harness/env.mjs';
import { packageVsix } from '../test/integration/harness/vsix.mjs';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });
copyKeyringBinding();
try {
  // No public repository URL to rebase README links on: keep them relative (they resolve inside the VSIX).
  const out = packageVsix(root, join(root, `mcp-warden-${version}.vsix`), ['--no-rewrite-relative-links']);
  console.log(`${out} (${(statSync(out).size / 1024).toFixed(1)} KiB)`);
} catch (error) {
  console.error(`mcp-warden: packaging failed: ${error.message}`);
  console.error(`vsce runs on Node 24 from ${paths.node}; provision it with: bash scripts/provision-vscode.sh`);
  process.exit(1);
}

/**
 * The VSIX ships no node_modules (everything else is bundled), so the native keychain binding's
 * loader and this platform's binary go beside the bundle, in dist/keyring/ (os-keychain.ts
 * loads them from there). For other platforms, install their @napi-rs/keyring-* package first.
 */
function copyKeyringBinding() {
  const target = join(root, 'dist', 'keyring');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const napi = join(root, 'node_modules', '@napi-rs');
  copyFileSync(join(napi, 'keyring', 'index.js'), join(target, 'index.js'));
  for (const pkg of readdirSync(napi).filter((name) => name.startsWith('keyring-'))) {
    for (const file of readdirSync(join(napi, pkg)).filter((name) => name.endsWith('.node'))) copyFileSync(join(napi, pkg, file), join(target, file));
  }
}
