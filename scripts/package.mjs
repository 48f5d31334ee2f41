// `npm run package`: a production bundle, then mcp-warden-<version>.vsix with @vscode/vsce.
// vsce 4 needs Node >= 22; scripts/provision-vscode.sh puts Node 24 and vsce in the cache.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../test/integration/harness/env.mjs';
import { packageVsix } from '../test/integration/harness/vsix.mjs';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });
try {
  // No public repository URL to rebase README links on: keep them relative (they resolve inside the VSIX).
  const out = packageVsix(root, join(root, `mcp-warden-${version}.vsix`), ['--no-rewrite-relative-links']);
  console.log(`${out} (${(statSync(out).size / 1024).toFixed(1)} KiB)`);
} catch (error) {
  console.error(`mcp-warden: packaging failed: ${error.message}`);
  console.error(`vsce runs on Node 24 from ${paths.node}; provision it with: bash scripts/provision-vscode.sh`);
  process.exit(1);
}
