// `npm run watch`: the type checker (tsc, into out/ for the tests) and the bundles (esbuild, into
// dist/ for the extension and the CLI), both rebuilding on every change, until Ctrl+C.
// VS Code's F5 starts this as its pre-launch task (.vscode/tasks.json).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const children = [
  spawn(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, [join(root, 'esbuild.mjs'), '--watch'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    // One watcher gone (a crash, a bad config): stop the other too, and say so.
    if (code !== null && code !== 0) process.exitCode = code;
    stop();
  });
}
