import { runCli } from './cli';
import { errorText } from '../core/errors';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`mcp-warden: internal error: ${errorText(error)}\n`);
    process.exitCode = 2;
  });
