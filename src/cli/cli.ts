/** `mcp-warden`: dispatches to the commands; usage errors exit 2 with a one-line reason. */
import { UsageError } from './args';
import type { CliIo } from './io';
import { VERSION } from './version';

export type { CliIo } from './io';

const HELP = `mcp-warden ${VERSION} — finds inline secrets and insecure settings in MCP client configs.

Usage:
  mcp-warden scan [paths…] [--format text|json|sarif] [--dialect D] [--fail-on LEVEL] [--user]
  mcp-warden migrate <file> [--yes] [--dry-run]   move a config's inline secrets into the OS keychain
  mcp-warden run -- <command> [args…]     start a server with \${keychain:id} secrets filled in
  mcp-warden secret get|set|rm|ls [id]     manage the secrets in the OS keychain
  mcp-warden --version | --help

Run "mcp-warden <command> --help" for a command's options.
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await commands.scan().scanCommand(rest, io);
      case 'migrate':
        return await commands.migrate().migrateCommand(rest, io);
      case 'run':
        return await commands.run().runCommand(rest, io);
      case 'secret':
        return await commands.secret().secretCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(commandHelp(rest[0]) ?? HELP);
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

/**
 * Each command's module is loaded when it runs: `run` starts a server on every client launch, so
 * it must not pay for the scan engine (ajv, schemas, rules) it never uses.
 */
const commands = {
  scan: () => require('./commands/scan') as typeof import('./commands/scan'),
  migrate: () => require('./commands/migrate') as typeof import('./commands/migrate'),
  run: () => require('./commands/run') as typeof import('./commands/run'),
  secret: () => require('./commands/secret') as typeof import('./commands/secret'),
};

function commandHelp(command: string | undefined): string | undefined {
  if (command === 'scan') return commands.scan().SCAN_HELP;
  if (command === 'migrate') return commands.migrate().MIGRATE_HELP;
  if (command === 'run') return commands.run().RUN_HELP;
  if (command === 'secret') return commands.secret().SECRET_HELP;
  return undefined;
}
