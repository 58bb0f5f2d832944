/** What the cross-file catalog checks get: the clock, where each file is, and what already failed. */
import type { Catalog, Credential } from './schema.js';

export interface CrossCheckContext {
  now: Date;
  credentialFile: (id: string) => string;
  file: (name: string) => string;
  /** Ids of credential files that failed their own checks: references to them are not reported again. */
  unreadable?: ReadonlySet<string>;
  /** Shared files (issuers.yaml …) that failed their own checks: references into them are not reported. */
  unreadableFiles?: ReadonlySet<string>;
  /** Credentials as written, before issuer rules were applied (for checks about what a file itself says). */
  rawCredentials?: ReadonlyMap<string, Credential>;
}

/** Reports one problem at a dotted path of the file being checked. */
export type Report = (path: string, message: string) => void;

/**
 * The latest day a source may say it was read: today, or the catalog's version date when that is later
 * (answers pinned to an earlier day, `--now`, still load a catalog read since).
 */
export function verifiedLimit(catalog: Catalog, ctx: CrossCheckContext): string {
  const today = ctx.now.toISOString().slice(0, 10);
  const version = /^\d{4}-\d{2}-\d{2}$/.test(catalog.meta.version) ? catalog.meta.version : '';
  return [today, version].sort().at(-1) ?? today;
}
