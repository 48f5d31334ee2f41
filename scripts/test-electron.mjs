// The same in-host mocha suites, in a VS Code desktop build downloaded by @vscode/test-electron.
// For machines that can download VS Code (this project's CI cannot: it runs the suites in the
// VS Code server from code-server instead — see scripts/test.mjs). Build first: `npm run build`.
//   npm run test:electron
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(import.meta.dirname, '..');
const workspace = join(mkdtempSync(join(tmpdir(), 'mcp-warden-electron-')), 'workspace');
cpSync(join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`test:electron failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
