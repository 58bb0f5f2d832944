/** Lists credentials by issuer, track and level; ones still on offer first. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { type Level, levelSchema, type Track } from '../catalog/schema.js';
import { viewCredential } from './credential-view.js';
import type { AnswerOf, CredentialView } from './types.js';

type BrowseBody = Omit<AnswerOf<'browse'>, 'question' | 'interpretations'>;

function gone(v: CredentialView): number {
  return v.status.state === 'retired' ? 1 : 0;
}

export function answerBrowse(
  issuerId: string | null,
  track: Track | null,
  level: Level | null,
  index: CatalogIndex,
  now: Date,
): BrowseBody {
  const issuer = issuerId === null ? null : (index.issuer(issuerId) ?? null);
  const levels = levelSchema.options;
  const items = index.catalog.credentials
    .filter(
      (c) =>
        (issuer === null || c.issuer === issuer.id) &&
        (track === null || c.track === track) &&
        (level === null || c.level === level),
    )
    .map((c) => viewCredential(c, index, now))
    .sort(
      (a, b) =>
        gone(a) - gone(b) ||
        levels.indexOf(a.credential.level) - levels.indexOf(b.credential.level) ||
        a.credential.acronym.localeCompare(b.credential.acronym),
    );
  return { intent: 'browse', filter: { issuer, track, level }, items };
}
