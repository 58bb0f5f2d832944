/** A credential placed against today: its issuer, computed status and staleness. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { reviewState } from '../catalog/review-due.js';
import type { Credential, Issuer } from '../catalog/schema.js';
import { computeStatus } from './compute-status.js';
import { summarizeDod8140 } from './dod-8140/dod-8140-summary.js';
import { resolveCredentialFacts } from './resolve-credential-facts.js';
import type { CredentialView } from './types.js';
import { daysBetween, utcDay } from './utc-day.js';

function unknownIssuer(id: string): Issuer {
  return { id, name: id, aliases: [], url: 'https://example.invalid/', kind: 'certification-body', sources: [] };
}

/**
 * Views of the same credential on the same day are the same: kept per index and credential so that an
 * answer over the whole catalog (find, what can I take) does not recompute every status per question.
 */
const cache = new WeakMap<CatalogIndex, WeakMap<Credential, { today: string; view: CredentialView }>>();

export function viewCredential(credential: Credential, index: CatalogIndex, now: Date): CredentialView {
  const today = utcDay(now);
  let byCredential = cache.get(index);
  if (!byCredential) {
    byCredential = new WeakMap();
    cache.set(index, byCredential);
  }
  const hit = byCredential.get(credential);
  if (hit?.today === today) return hit.view;
  const view = computeView(credential, index, today);
  byCredential.set(credential, { today, view });
  return view;
}

function computeView(credential: Credential, index: CatalogIndex, today: string): CredentialView {
  const verifiedDaysAgo = daysBetween(credential.verified, today);
  return {
    credential,
    issuer: index.issuer(credential.issuer) ?? unknownIssuer(credential.issuer),
    status: computeStatus(credential, today),
    stale: reviewState(credential, today).due,
    verifiedDaysAgo,
    facts: resolveCredentialFacts(credential),
    dod8140: summarizeDod8140(index.catalog.dod8140, credential.id, today),
  };
}

/** Views of the ids that exist, in the order given, without repeats. */
export function viewCredentials(ids: readonly string[], index: CatalogIndex, now: Date): CredentialView[] {
  const out: CredentialView[] = [];
  for (const id of ids) {
    const c = index.credential(id);
    if (c && !out.some((v) => v.credential.id === id)) out.push(viewCredential(c, index, now));
  }
  return out;
}
