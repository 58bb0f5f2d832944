/**
 * Settles a catalog fact by source rank: the issuer's own page, then the seed article, then third parties
 * that agree (two or more on the same value), then a single third party. A unique best claim wins
 * ('settled'); a tie at the top is reported as 'disputed'; a fact nobody published is 'not-published'.
 */
import type { Credential, Fact, Source } from '../catalog/schema.js';
import type { ResolvedFact } from './types.js';

interface Claim<T> {
  value: T | null;
  sources: string[];
  note?: string | undefined;
}

function isClaims<T>(fact: Fact<T>): fact is { claims: Claim<T>[] } {
  return typeof fact === 'object' && fact !== null && !Array.isArray(fact) && 'claims' in fact;
}

function sourcesOf(ids: readonly string[], credential: Credential): Source[] {
  const out: Source[] = [];
  for (const id of ids) {
    const s = credential.sources.find((x) => x.id === id);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** 4 issuer, 3 seed, 2 two or more agreeing third parties, 1 a single third party, 0 nothing known. */
export function rankSources(sources: readonly Source[]): number {
  if (sources.some((s) => s.kind === 'issuer')) return 4;
  if (sources.some((s) => s.kind === 'seed')) return 3;
  const third = sources.filter((s) => s.kind === 'third-party').length;
  if (third >= 2) return 2;
  return third === 1 ? 1 : 0;
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
  if (!isClaims(fact)) {
    const sources = sourcesOf(groupSources, credential);
    if (fact === null) return { state: 'not-published', sources };
    return { state: 'published', value: fact, sources };
  }
  const ranked = mergeClaims(fact.claims)
    .map((c) => {
      const sources = sourcesOf(c.sources, credential);
      return { value: c.value, sources, note: c.note, rank: rankSources(sources) };
    })
    .sort((a, b) => b.rank - a.rank);
  const [best, second] = ranked;
  if (!best) return { state: 'not-published', sources: sourcesOf(groupSources, credential) };
  if (second && second.rank === best.rank) {
    return { state: 'disputed', claims: ranked.map(({ value, sources, note }) => ({ value, sources, note })) };
  }
  if (best.value === null) return { state: 'not-published', sources: best.sources };
  if (!second) return { state: 'published', value: best.value, sources: best.sources };
  return {
    state: 'settled',
    value: best.value,
    sources: best.sources,
    overruled: ranked.slice(1).map(({ value, sources }) => ({ value, sources })),
  };
}
