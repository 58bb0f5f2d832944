/** Role fit: the seed's "which one should you pursue first?" for a role, or the roles one can ask about. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { Source } from '../catalog/schema.js';
import { viewCredential, viewCredentials } from './credential-view.js';
import type { AnswerOf } from './types.js';

type RecommendBody = Omit<AnswerOf<'recommend'>, 'question' | 'interpretations'>;

function roleSources(ids: readonly string[], index: CatalogIndex): Source[] {
  return index.catalog.roleSources.filter((s) => ids.includes(s.id));
}

export function answerRecommend(roleId: string | null, index: CatalogIndex, now: Date): RecommendBody {
  const role = roleId === null ? undefined : index.role(roleId);
  if (!role) return { intent: 'recommend', role: null, picks: [], paths: [], roles: index.catalog.roles, sources: [] };
  const picks: RecommendBody['picks'] = [];
  for (const rec of role.recommendations) {
    const c = index.credential(rec.credential);
    if (c)
      picks.push({ view: viewCredential(c, index, now), reason: rec.reason, sources: roleSources(rec.sources, index) });
  }
  return {
    intent: 'recommend',
    role,
    picks,
    paths: role.paths.map((p) => ({ steps: viewCredentials(p.steps, index, now), note: p.note })),
    roles: [],
    sources: roleSources(role.sources, index),
  };
}
