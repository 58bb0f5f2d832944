/** Ids that must be unique: in each shared file, and event ids across the whole catalog. */
import type { CatalogProblem } from './catalog-error.js';
import type { CrossCheckContext } from './cross-check-context.js';
import type { Catalog } from './schema.js';

export function checkUnique(list: { id: string }[], file: string, field: string, problems: CatalogProblem[]): void {
  const seen = new Set<string>();
  for (const [i, x] of list.entries()) {
    if (seen.has(x.id)) problems.push({ file, path: `${field}.${i}.id`, message: `id "${x.id}" is used twice` });
    seen.add(x.id);
  }
}

/** Every event id in the catalog is unique (ids are never reused: reminders key on them). */
export function checkEventIds(catalog: Catalog, ctx: CrossCheckContext, problems: CatalogProblem[]): void {
  const owner = new Map<string, string>();
  for (const c of catalog.credentials)
    for (const [i, e] of c.events.entries()) {
      const prior = owner.get(e.id);
      if (prior !== undefined)
        problems.push({
          file: ctx.credentialFile(c.id),
          path: `events.${i}.id`,
          message: `event id "${e.id}" is also used by ${prior}`,
        });
      else owner.set(e.id, `${c.id} (events.${i})`);
    }
}
