/**
 * Resolves a catalog fact by source tier (issuer > official > seed > third-party > blog), once, when
 * an answer is built; renderers only format the result.
 *
 * - A plain value is backed by its group's sources; a state (unknown, not-published, not-applicable)
 *   stays a state; an omitted fact is unknown.
 * - Claims: each claim's tier is its best source's tier (blogs of two or more publishers that agree
 *   count as third-party). The claims of the highest tier present win; if they disagree the fact is
 *   disputed (answers show every value of that tier). Claims of lower tiers are outliers: kept, never
 *   a dispute. A third party or blog never settles anything: when the winning tier is third-party or
 *   blog, the result says the value rests on third parties.
 */
import {
  type Credential,
  type Fact,
  isClaims,
  isFactState,
  SOURCE_TIERS,
  type Source,
  type SourceKind,
} from '../catalog/schema.js';
import type { ResolvedClaim, ResolvedFact } from './types.js';

interface Claim<T> {
  value: T;
  sources: string[];
  note?: string | undefined;
}

function sourcesOf(ids: readonly string[], credential: Credential): Source[] {
  const out: Source[] = [];
  for (const id of ids) {
    const s = credential.sources.find((x) => x.id === id);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

const tierRank = (kind: SourceKind) => SOURCE_TIERS.indexOf(kind);

/** The tier sources give a value: the best one's, with blogs of several publishers counting as third-party. */
export function tierOf(sources: readonly Source[]): SourceKind {
  if (sources.length === 0) return 'blog';
  const best = [...sources].sort((a, b) => tierRank(a.kind) - tierRank(b.kind))[0]?.kind ?? 'blog';
  if (best !== 'blog') return best;
  const publishers = new Set(sources.filter((s) => s.kind === 'blog').map((s) => s.publisher.toLowerCase()));
  return publishers.size >= 2 ? 'third-party' : 'blog';
}

/** True for tiers that cannot settle a value on their own: answers say the value rests on third parties. */
export function restsOnThirdParties(tier: SourceKind): boolean {
  return tier === 'third-party' || tier === 'blog';
}

/** Claims with the same value are one claim backed by all their sources. */
function mergeClaims<T>(claims: readonly Claim<T>[]): Claim<T>[] {
  const merged: Claim<T>[] = [];
  for (const c of claims) {
    const same = merged.find((m) => JSON.stringify(m.value) === JSON.stringify(c.value));
    if (!same) {
      merged.push({ value: c.value, sources: [...c.sources], note: c.note });
      continue;
    }
    for (const id of c.sources) if (!same.sources.includes(id)) same.sources.push(id);
    if (c.note && !same.note) same.note = c.note;
  }
  return merged;
}

export function resolveFact<T>(fact: Fact<T>, groupSources: string[], credential: Credential): ResolvedFact<T> {
  if (fact === undefined) return { state: 'unknown' };
  if (isFactState(fact)) {
    if (fact.state === 'not-published')
      return { state: 'not-published', sources: sourcesOf(fact.sources, credential), note: fact.note };
    return { state: fact.state, note: fact.note };
  }
  const claims: Claim<T>[] = isClaims(fact) ? fact.claims : [{ value: fact, sources: groupSources }];
  const ranked: ResolvedClaim<T>[] = mergeClaims(claims)
    .map((c) => {
      const sources = sourcesOf(c.sources, credential);
      return { value: c.value, sources, note: c.note, tier: tierOf(sources) };
    })
    .sort((a, b) => tierRank(a.tier) - tierRank(b.tier));
  const top = ranked[0];
  if (!top) return { state: 'unknown' };
  const winners = ranked.filter((c) => c.tier === top.tier);
  const outliers = ranked.filter((c) => c.tier !== top.tier);
  const base = { tier: top.tier, restsOnThirdParties: restsOnThirdParties(top.tier), outliers };
  if (winners.length > 1) return { state: 'disputed', claims: winners, ...base };
  return { state: 'value', value: top.value, sources: top.sources, note: top.note, ...base };
}
