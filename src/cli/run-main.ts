/**
 * A lean entry for the launcher alone (to be bundled as dist/run.js): `node dist/run.js run -- <command> [args…]`
 * behaves exactly like `mcp-warden run -- …` but parses ~25 KB instead of the whole CLI bundle,
 * which the launcher pays on every server start. The leading `run` is optional.
 */
import { UsageError } from './args';
import { runCommand } from './commands/run';
import { errorText } from '../core/errors';

const argv = process.argv.slice(2);
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };

runCommand(argv[0] === 'run' ? argv.slice(1) : argv, io)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`mcp-warden: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`mcp-warden: internal error: ${errorText(error)}\n`);
    process.exitCode = 2;
  });
