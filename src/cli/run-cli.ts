import { ConfigError } from '../config.js';
import { StoreError } from '../store/store-error.js';
import { type CliCommand, type CliIo, type ExitCode, UsageError } from './cli-io.js';
import { ASK_HELP, ASK_USAGE, askCommand } from './commands/ask.js';
import { CATALOG_HELP, CATALOG_USAGE, catalogCommand } from './commands/catalog.js';
import { DB_USAGE, dbCommand } from './commands/db.js';
import { KEYS_USAGE, keysCommand } from './commands/keys.js';
import { REMINDERS_USAGE, remindersCommand } from './commands/reminders.js';
import { SHOW_USAGE, showCommand } from './commands/show.js';
import { WORKSPACE_USAGE, workspaceCommand } from './commands/workspace.js';
import { suggestCommand } from './suggest-command.js';

export const USAGE = `usage: certdesk <command> [options]
       certdesk --help | --version

commands:
  ask [--json] [--now DATE] [QUESTION...]   answer a question (or one per line from standard input)
  show ID [--json]                          print one credential as the catalog holds it
  catalog check [DIR]                       validate a catalog (default: CATALOG_DIR or the built-in one)
  catalog stale [--now DATE] [--json]       list the entries due for review, most overdue first
  reminders add --team T --channel C [...]  subscribe a channel to dated changes (see: certdesk reminders --help)
  reminders list [--team T] [--json]        list subscriptions and their next reminders
  reminders run [--now DATE] [--dry-run] [--json]
                                            send what is due now (for cron deployments)
  db migrate                                apply database migrations
  keys rotate                               re-encrypt installations with CERTDESK_ENCRYPTION_KEY (OAuth mode)
  workspace purge TEAM_ID [--force]         delete what is kept for an uninstalled workspace, at once

DATE is YYYY-MM-DD (that day, 12:00 UTC) or a full ISO 8601 timestamp.
Environment: CATALOG_DIR (another catalog folder), DATABASE_URL (sqlite:PATH or postgres://…),
SLACK_BOT_TOKEN and SLACK_API_URL (reminders run); in OAuth mode SLACK_CLIENT_ID, SLACK_CLIENT_SECRET,
SLACK_STATE_SECRET and CERTDESK_ENCRYPTION_KEY instead of SLACK_BOT_TOKEN.
Start with: certdesk ask aaism   (certdesk ask --help shows every kind of question)`;

const COMMANDS: Record<string, { run: CliCommand; usage: string; help?: string }> = {
  ask: { run: askCommand, usage: ASK_USAGE, help: ASK_HELP },
  show: { run: showCommand, usage: SHOW_USAGE },
  catalog: { run: catalogCommand, usage: CATALOG_USAGE, help: CATALOG_HELP },
  reminders: { run: remindersCommand, usage: REMINDERS_USAGE },
  db: { run: dbCommand, usage: DB_USAGE },
  keys: { run: keysCommand, usage: KEYS_USAGE },
  workspace: { run: workspaceCommand, usage: WORKSPACE_USAGE },
};

/** Run one certdesk command; returns the exit status. */
export async function runCli(argv: string[], io: CliIo, version = 'unknown'): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`certdesk ${version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`certdesk: ${suggestCommand(argv, Object.keys(COMMANDS))}\n\n${USAGE}\n`);
    return 2;
  }
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout(`${command.help ?? command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`certdesk: ${err.message}\n${err.usage}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.stderr(`certdesk: ${err.message}\n`);
      return 2;
    }
    // An unreachable database or a failed migration, at any point of a command: reported, not a crash.
    if (err instanceof StoreError) {
      io.stderr(`certdesk: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
