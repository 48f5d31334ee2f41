// `npm start`: installs dependencies if needed, builds, and scans examples/ — what a user would see.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (!existsSync('node_modules/jsonc-parser') || !existsSync('node_modules/typescript')) {
  console.log('Installing dependencies…');
  if (run(npm, ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}
if (run(npm, ['run', '--silent', 'build']) !== 0) process.exit(1);
console.log('\n$ mcp-warden scan examples/\n');
const code = run(process.execPath, ['dist/cli.js', 'scan', 'examples/', ...process.argv.slice(2)]);
// Findings in the insecure examples are the point of the demo, not a failure of `npm start`.
process.exit(code === 1 ? 0 : code);
