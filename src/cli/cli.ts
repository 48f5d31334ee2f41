/** `mcp-warden`: dispatches to the commands; usage errors exit 2 with a one-line reason. */
import { UsageError } from './args';
import type { CliIo } from './io';
import { SCAN_HELP, scanCommand } from './scan';
import { VERSION } from './version';

export type { CliIo } from './io';

const HELP = `mcp-warden ${VERSION} — finds inline secrets and insecure settings in MCP client configs.

Usage:
  mcp-warden scan [paths…] [--format text|json|sarif] [--dialect D] [--fail-on LEVEL] [--user]
  mcp-warden --version | --help

Run "mcp-warden scan --help" for the scan options.
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(rest[0] === 'scan' ? SCAN_HELP : HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`mcp-warden: ${error.message}\nRun "mcp-warden --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
