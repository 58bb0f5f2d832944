import { CatalogError, formatProblem } from '../../catalog/catalog-error.js';
import { loadCatalog } from '../../catalog/load-catalog.js';
import { parseBaseConfig } from '../../config.js';
import { type CliCommand, UsageError } from '../cli-io.js';

export const CATALOG_USAGE = 'usage: certdesk catalog check [DIR]';

/** `catalog check [DIR]`: validate a catalog; every problem on its own line as FILE: FIELD.PATH: problem. */
export const catalogCommand: CliCommand = async (args, io) => {
  const [sub, dirArg, ...extra] = args;
  if (sub?.startsWith('-')) throw new UsageError(`unknown option ${sub}`, CATALOG_USAGE);
  if (sub !== 'check')
    throw new UsageError(sub ? `unknown catalog command "${sub}"` : 'catalog needs a command', CATALOG_USAGE);
  if (dirArg?.startsWith('-')) throw new UsageError(`unknown option ${dirArg}`, CATALOG_USAGE);
  if (extra.length > 0) throw new UsageError('catalog check takes at most one folder', CATALOG_USAGE);
  const dir = dirArg ?? parseBaseConfig(io.env).catalogDir;
  try {
    const catalog = await loadCatalog(dir, { now: io.now() });
    io.stdout(
      `Catalog ${catalog.meta.version} is valid: ${catalog.credentials.length} credentials, ${catalog.issuers.length} issuers, ${catalog.roles.length} roles, ${catalog.topics.length} topics, ${catalog.qualifications.length} qualifications.\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    for (const p of err.problems) io.stdout(`${formatProblem(p)}\n`);
    io.stderr(`certdesk: ${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} in ${dir}\n`);
    return 1;
  }
};
