import { ConfigError } from '../config.js';
import { type CliCommand, type CliIo, type ExitCode, UsageError } from './cli-io.js';
import { askCommand } from './commands/ask.js';
import { catalogCommand } from './commands/catalog.js';
import { showCommand } from './commands/show.js';

export const USAGE = `usage: certdesk <command> [options]

commands:
  ask [--json] [--now DATE] [QUESTION...]   answer a question (or one per line from standard input)
  show ID [--json]                          print one credential as the catalog holds it
  catalog check [DIR]                       validate a catalog (default: CATALOG_DIR or the built-in one)

DATE is YYYY-MM-DD (that day, 12:00 UTC) or a full ISO 8601 timestamp.
Environment: CATALOG_DIR (another catalog folder).`;

const COMMANDS: Record<string, CliCommand> = {
  ask: askCommand,
  show: showCommand,
  catalog: catalogCommand,
};

/** Run one certdesk command; returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`certdesk: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`certdesk: ${err.message}\n${err.usage}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.stderr(`certdesk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
