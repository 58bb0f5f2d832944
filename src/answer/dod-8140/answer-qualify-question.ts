/**
 * A qualify query against the catalog: the DoD 8140 answer with prices, prerequisites and what opens
 * what read from the catalog's own fields. Pure; null when the catalog carries no matrix in force.
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { isAiFocused, prerequisitesKind, usdExamPrice } from '../credential-fields.js';
import { viewCredential } from '../credential-view.js';
import type { CredentialView } from '../types.js';
import { utcDay } from '../utc-day.js';
import { answerQualify } from './answer-qualify.js';
import type { QualifyAnswerBody } from './qualify-types.js';

/** Credential alternatives of a credential's published prerequisites. */
function prerequisiteIds(view: CredentialView): string[] | null {
  const required = view.facts.required;
  if (required.state !== 'value') return null;
  if (required.value === 'none') return [];
  return required.value.any_of.flatMap((alt) => ('credential' in alt ? [alt.credential] : []));
}

export function answerQualifyQuestion(
  question: string,
  credentials: readonly string[],
  held: boolean,
  index: CatalogIndex,
  now: Date,
): QualifyAnswerBody | null {
  const framework = index.catalog.dod8140;
  if (!framework) return null;
  const view = (id: string) => {
    const c = index.credential(id);
    return c ? viewCredential(c, index, now) : undefined;
  };
  // Which credentials each id opens (is a prerequisite of): read once per answer, on first need.
  let opened: Map<string, string[]> | undefined;
  const openers = () => {
    if (opened) return opened;
    const map = new Map<string, string[]>();
    for (const c of index.catalog.credentials) {
      const v = view(c.id);
      for (const id of new Set(v === undefined ? [] : (prerequisiteIds(v) ?? []))) {
        map.set(id, [...(map.get(id) ?? []), c.id]);
      }
    }
    opened = map;
    return map;
  };
  return answerQualify(
    { text: question, credentials: [...credentials], held: held ? [...credentials] : [] },
    {
      framework,
      today: utcDay(now),
      view,
      aiCredentialIds: index.catalog.credentials.filter(isAiFocused).map((c) => c.id),
      priceOf: (v) => {
        const p = usdExamPrice(v.credential);
        return p.kind === 'usd' ? p.amount : null;
      },
      prerequisiteOf: (v) => {
        const kind = prerequisitesKind(v.credential);
        return kind === null ? 'unknown' : kind === 'none' ? 'none' : 'required';
      },
      canSit: (v, holding) => {
        const ids = prerequisiteIds(v);
        if (ids === null) return null;
        return ids.length === 0 || ids.some((id) => holding.includes(id));
      },
      opens: (id) => openers().get(id) ?? [],
    },
  );
}
