/** The real catalog in catalog/, loaded once per test file and indexed, as the app would. */
import { buildCatalogIndex, type CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DEFAULT_CATALOG_DIR } from '../../src/config.js';

/** The project's "today": every pinned-date test states its own date. */
export const TODAY = new Date('2026-11-24T12:00:00Z');

let cached: Promise<CatalogIndex> | undefined;

export function loadTestIndex(): Promise<CatalogIndex> {
  cached ??= loadCatalog(DEFAULT_CATALOG_DIR, { now: TODAY }).then(buildCatalogIndex);
  return cached;
}

/** Noon UTC of a calendar day, like the CLI's --now YYYY-MM-DD. */
export function noon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
