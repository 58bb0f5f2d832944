import { buildCatalogIndex, type CatalogIndex } from '../catalog/build-catalog-index.js';
import { CatalogError, formatProblem } from '../catalog/catalog-error.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { parseBaseConfig } from '../config.js';
import type { CliIo } from './cli-io.js';

/** The catalog from CATALOG_DIR (or the built-in one); prints the problems and returns null when it is broken. */
export async function loadIndexForCli(io: CliIo): Promise<CatalogIndex | null> {
  const { catalogDir } = parseBaseConfig(io.env);
  try {
    return buildCatalogIndex(await loadCatalog(catalogDir, { now: io.now() }));
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    io.stderr(`certdesk: the catalog in ${catalogDir} is broken; run "certdesk catalog check" for details\n`);
    for (const p of err.problems.slice(0, 5)) io.stderr(`${formatProblem(p)}\n`);
    return null;
  }
}
