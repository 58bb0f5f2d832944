import { CatalogError, formatProblem } from '../../catalog/catalog-error.js';
import { loadCatalog } from '../../catalog/load-catalog.js';
import { type ReviewState, reviewState } from '../../catalog/review-due.js';
import type { Catalog } from '../../catalog/schema.js';
import { parseBaseConfig } from '../../config.js';
import { type CliCommand, type CliIo, type ExitCode, UsageError } from '../cli-io.js';
import { readNowOption } from '../parse-now.js';
import { parseOptions } from '../parse-options.js';

export const CATALOG_USAGE = `usage: certdesk catalog check [DIR]
       certdesk catalog stale [--now DATE] [--json] [DIR]`;

export const CATALOG_HELP = `${CATALOG_USAGE}

check   validate a catalog folder (default: CATALOG_DIR or the built-in one); every problem on its own
        line as FILE: FIELD.PATH: problem; exit status 1 when there is any
stale   list the entries due for review, most overdue first, with the issuer pages to re-check: an entry
        is due when its verified date is older than 180 days, or older than 60 days when it has a dated
        change within the next 120 days; exit status 0 (1 only when the catalog is broken)`;

/** `catalog check [DIR]` and `catalog stale [--now DATE] [--json] [DIR]`. */
export const catalogCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub?.startsWith('-')) throw new UsageError(`unknown option ${sub}`, CATALOG_USAGE);
  if (sub === 'check') {
    const { positionals } = parseOptions(rest, {}, CATALOG_USAGE);
    if (positionals.length > 1) throw new UsageError('catalog check takes at most one folder', CATALOG_USAGE);
    return check(positionals[0], io);
  }
  if (sub === 'stale') {
    const { values, positionals } = parseOptions(
      rest,
      { now: { type: 'string' }, json: { type: 'boolean', default: false } },
      CATALOG_USAGE,
    );
    if (positionals.length > 1) throw new UsageError('catalog stale takes at most one folder', CATALOG_USAGE);
    const now = readNowOption(values.now, io.now, CATALOG_USAGE);
    return stale(positionals[0], now, values.json === true, io);
  }
  throw new UsageError(sub ? `unknown catalog command "${sub}"` : 'catalog needs a command', CATALOG_USAGE);
};

async function load(
  dirArg: string | undefined,
  now: Date,
  io: CliIo,
): Promise<{ dir: string; catalog: Catalog | null }> {
  const dir = dirArg ?? parseBaseConfig(io.env).catalogDir;
  try {
    return { dir, catalog: await loadCatalog(dir, { now }) };
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    for (const p of err.problems) io.stdout(`${formatProblem(p)}\n`);
    io.stderr(`certdesk: ${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} in ${dir}\n`);
    return { dir, catalog: null };
  }
}

async function check(dirArg: string | undefined, io: CliIo): Promise<ExitCode> {
  const { catalog } = await load(dirArg, io.now(), io);
  if (!catalog) return 1;
  io.stdout(
    `Catalog ${catalog.meta.version} is valid: ${catalog.credentials.length} credentials, ${catalog.issuers.length} issuers, ${catalog.roles.length} roles, ${catalog.topics.length} topics, ${catalog.qualifications.length} qualifications.\n`,
  );
  return 0;
}

interface DueEntry extends ReviewState {
  id: string;
  verified: string;
  /** The issuer's own pages among the entry's sources, else the issuer's home page. */
  recheck: string[];
}

async function stale(dirArg: string | undefined, now: Date, json: boolean, io: CliIo): Promise<ExitCode> {
  const { catalog } = await load(dirArg, now, io);
  if (!catalog) return 1;
  const today = now.toISOString().slice(0, 10);
  const due: DueEntry[] = catalog.credentials
    .map((c) => {
      const issuerPages = c.sources.filter((s) => s.kind === 'issuer' && s.url).map((s) => s.url as string);
      const home = catalog.issuers.find((i) => i.id === c.issuer)?.url;
      const recheck = issuerPages.length > 0 ? [...new Set(issuerPages)] : home ? [home] : [];
      return { id: c.id, verified: c.verified, recheck, ...reviewState(c, today) };
    })
    .filter((e) => e.due)
    .sort((a, b) => b.overdueDays - a.overdueDays || a.id.localeCompare(b.id));
  if (json) {
    io.stdout(`${JSON.stringify({ today, due })}\n`);
    return 0;
  }
  if (due.length === 0) {
    io.stdout(`No entry is due for review on ${today} (${catalog.credentials.length} checked).\n`);
    return 0;
  }
  for (const e of due) {
    const why = e.nearChange
      ? `due after ${e.threshold} days: ${e.nearChange.kind} on ${e.nearChange.day}, in ${e.nearChange.inDays} days`
      : `due after ${e.threshold} days`;
    io.stdout(
      `${e.id}: verified ${e.verified}, ${e.verifiedDaysAgo} days ago (${why}); re-check ${e.recheck.join(' ') || 'its sources'}\n`,
    );
  }
  io.stdout(`${due.length} of ${catalog.credentials.length} entries due for review on ${today}.\n`);
  return 0;
}
