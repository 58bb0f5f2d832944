import { parseBaseConfig } from '../../config.js';
import { openStore } from '../../store/open-store.js';
import { type CliCommand, UsageError } from '../cli-io.js';
import { parseOptions } from '../parse-options.js';

export const WORKSPACE_USAGE = 'usage: certdesk workspace purge TEAM_ID [--enterprise E] [--force]';

const OPTIONS = { enterprise: { type: 'string' }, force: { type: 'boolean', default: false } } as const;

/**
 * `certdesk workspace purge TEAM_ID`: delete at once everything kept for an uninstalled workspace
 * (subscriptions, their history, deliveries), instead of waiting out the 30 days. An org-wide
 * install is TEAM_ID '' with --enterprise. A workspace still installed needs --force.
 */
export const workspaceCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseOptions(args, OPTIONS, WORKSPACE_USAGE);
  const [sub, team, ...extra] = positionals;
  if (sub !== 'purge') {
    throw new UsageError(sub ? `unknown workspace command "${sub}"` : 'workspace needs a command', WORKSPACE_USAGE);
  }
  if (team === undefined || extra.length > 0)
    throw new UsageError('workspace purge takes one TEAM_ID', WORKSPACE_USAGE);
  const ws = { team, enterprise: values.enterprise ?? '' };
  if (ws.team === '' && ws.enterprise === '') throw new UsageError('give a TEAM_ID (or --enterprise)', WORKSPACE_USAGE);
  const { databaseUrl, database } = parseBaseConfig(io.env);
  const store = await openStore(databaseUrl, { limits: database });
  try {
    if (!values.force && (await store.installations.get(ws))) {
      io.stderr(
        `certdesk: ${team} is still installed; uninstall it first, or pass --force to delete its installation too\n`,
      );
      return 1;
    }
    const deleted = await store.workspaces.purge(ws);
    const rows = Object.entries(deleted).filter(([, n]) => n > 0);
    io.stdout(
      rows.length === 0
        ? `Nothing was kept for ${team}.\n`
        : `Purged ${team}: ${rows.map(([table, n]) => `${n} from ${table}`).join(', ')}.\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
};
