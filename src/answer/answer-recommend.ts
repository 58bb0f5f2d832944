/**
 * Role fit: a role's curated picks (roles.yaml), re-ranked for what the asker holds, wants and can
 * spend. A role the catalog lacks is matched against credentials' `audience` lists before giving up;
 * with neither, the roles one can ask about.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { Credential, Source } from '../catalog/schema.js';
import { evaluateAlternatives, heldLabel } from './answer-eligibility.js';
import { unlockedBy } from './answer-eligible-for.js';
import { viewCredentials } from './credential-view.js';
import { matchAudience } from './recommend/match-audience.js';
import { constraintCandidates, nextStepCandidates } from './recommend/open-candidates.js';
import { type Candidate, fitsAll, rankPicks, type Wants } from './recommend/rank-picks.js';
import type { AnswerOf, Query } from './types.js';

type RecommendBody = Omit<AnswerOf<'recommend'>, 'question' | 'interpretations'>;
type RecommendQuery = Extract<Query, { intent: 'recommend' }>;

/** How many credentials a topic or an audience match adds. */
const ADDED_LIMIT = 3;

function roleSources(ids: readonly string[], index: CatalogIndex): Source[] {
  return index.catalog.roleSources.filter((s) => ids.includes(s.id));
}

/** A credential's own sources by id. */
function ownSources(c: Credential, ids: readonly string[]): Source[] {
  return c.sources.filter((s) => ids.includes(s.id));
}

/**
 * Credentials that test the topic asked about, deepest first, when no curated pick tests it in depth;
 * those that only mention it when none tests it ("AI red teaming" is only mentioned anywhere).
 */
function topicCandidates(topicId: string, taken: ReadonlySet<string>, index: CatalogIndex): Candidate[] {
  const rank = { 'hands-on': 0, conceptual: 1, mentioned: 2 } as const;
  const covering = index.catalog.credentials.flatMap((c) => {
    const cov = c.coverage.find((x) => x.topic === topicId);
    return cov && !taken.has(c.id) ? [{ c, cov }] : [];
  });
  const tested = covering.filter(({ cov }) => cov.depth !== 'mentioned');
  return (tested.length > 0 ? tested : covering)
    .sort((a, b) => rank[a.cov.depth] - rank[b.cov.depth])
    .slice(0, ADDED_LIMIT)
    .map(({ c, cov }) => ({
      credential: c,
      reason: `Its coverage list has this topic at ${cov.depth} depth. ${c.validates}`,
      sources: ownSources(c, [...new Set([...cov.sources, ...c.summary_sources])]),
      from: 'topic' as const,
    }));
}

/** A credential found through its `audience` list, with a reason drawn from what it validates. */
function audienceCandidate(c: Credential): Candidate {
  return {
    credential: c,
    reason: `Its audience names ${c.audience.join('; ')}. ${c.validates}`,
    sources: ownSources(c, c.summary_sources),
    from: 'audience',
  };
}

function wantsOf(query: RecommendQuery, technical: boolean, index: CatalogIndex): Wants {
  const platform = query.platform ? index.catalog.issuers.find((i) => i.id === query.platform) : undefined;
  return {
    held: query.held ?? [],
    topic: query.topic ? (index.catalog.topics.find((t) => t.id === query.topic) ?? null) : null,
    conditions: query.conditions ?? [],
    platform: platform ?? null,
    technical,
  };
}

/** What is held, and what it already qualifies the asker for beyond the picks. */
function holdings(wants: Wants, picked: ReadonlySet<string>, index: CatalogIndex, now: Date) {
  if (wants.held.length === 0) return {};
  const unlocked = unlockedBy(wants.held, index, now)
    .filter((u) => !picked.has(u.view.credential.id))
    .map((u) => ({ view: u.view, via: u.via.filter((a) => a.satisfied).map((a) => a.label) }));
  return { held: wants.held.map((h) => ({ held: h, label: heldLabel(h, index) })), unlocked };
}

export function answerRecommend(query: RecommendQuery, index: CatalogIndex, now: Date, question = ''): RecommendBody {
  const role = query.role === null ? undefined : index.role(query.role);
  const empty = { intent: 'recommend' as const, picks: [], paths: [], sources: [] };
  let candidates: Candidate[] = [];
  let audience: RecommendBody['audience'] = null;
  let basis: RecommendBody['basis'];
  // Roles the catalog lacks are treated as technical: the stricter rule for workshop badges.
  const wants = wantsOf(query, role?.technical ?? true, index);
  if (role) {
    for (const rec of role.recommendations) {
      const c = index.credential(rec.credential);
      if (c)
        candidates.push({ credential: c, reason: rec.reason, sources: roleSources(rec.sources, index), from: 'role' });
    }
    // After the role's own picks, what follows what they hold ("pentester with OSCP": OSEP, OSWE).
    const taken = new Set(candidates.map((c) => c.credential.id));
    // What the holdings unlock is listed on its own (`unlocked`), not among the picks.
    const unlocks = (c: Candidate) => evaluateAlternatives(c.credential, wants.held, index).some((a) => a.satisfied);
    const next = nextStepCandidates(wants.held, index, true).filter((c) => !taken.has(c.credential.id) && !unlocks(c));
    candidates.push(...next.slice(0, ADDED_LIMIT));
  } else {
    const match = matchAudience(question, index);
    if (match) {
      audience = { typed: match.typed, matched: match.entries };
      candidates = match.credentials.slice(0, ADDED_LIMIT * 2).map(audienceCandidate);
    } else {
      // No role at all: what follows what they hold, else what meets their constraints, else ask the role.
      candidates = nextStepCandidates(wants.held, index);
      basis = 'held';
      // AI focus alone ("which AI security cert should I get") is no constraint to rank by: ask the role.
      if (candidates.length === 0 && wants.topic) {
        candidates = topicCandidates(wants.topic.id, new Set(), index);
        basis = 'topic';
      }
      if (candidates.length === 0 && wants.conditions.some((c) => c.field !== 'ai-focus')) {
        candidates = constraintCandidates(wants, new Set(), index, now);
        basis = 'conditions';
      }
      if (candidates.length === 0) return { ...empty, role: null, roles: index.catalog.roles };
    }
  }
  if (wants.topic) {
    const deep = candidates.some((c) =>
      c.credential.coverage.some((x) => x.topic === wants.topic?.id && x.depth !== 'mentioned'),
    );
    if (!deep)
      candidates.push(...topicCandidates(wants.topic.id, new Set(candidates.map((c) => c.credential.id)), index));
  }
  let ranked = rankPicks(candidates, wants, index, now);
  if (basis === 'held' && !ranked.topFits && wants.conditions.length > 0) {
    // "I have CCSP, what next for AI": nothing after the holding meets what was asked; add what does.
    const more = constraintCandidates(wants, new Set(candidates.map((c) => c.credential.id)), index, now);
    if (more.length > 0) ranked = rankPicks([...candidates, ...more], wants, index, now);
  }
  if (role && !ranked.topFits && (wants.conditions.length > 0 || wants.topic)) {
    // No curated pick meets what was asked ("SOC analyst, which AI cert"): add credentials whose own
    // audience names the role, and rank again.
    const taken = new Set(candidates.map((c) => c.credential.id));
    const more = (matchAudience(role.name, index)?.credentials ?? [])
      .filter((c) => !taken.has(c.id) && fitsAll(audienceCandidate(c), wants, index, now))
      .slice(0, ADDED_LIMIT);
    candidates = [...candidates, ...more.map(audienceCandidate)];
    if (more.length > 0) ranked = rankPicks(candidates, wants, index, now);
  }
  if (role && !ranked.topFits && wants.conditions.length > 0) {
    // Still nothing meets it ("pentester, which AI security cert is most hands-on?"): what in the catalog does.
    const taken = new Set(candidates.map((c) => c.credential.id));
    const more = constraintCandidates(wants, taken, index, now).slice(0, ADDED_LIMIT);
    if (more.length > 0) ranked = rankPicks([...candidates, ...more], wants, index, now);
  }
  const picked = new Set([...ranked.picks, ...ranked.dropped].map((p) => p.view.credential.id));
  const pickIds = ranked.picks.map((p) => p.view.credential.id);
  const asked = viewCredentials(query.asked ?? [], index, now).map((view) => {
    const at = pickIds.indexOf(view.credential.id);
    return { view, rank: at < 0 ? null : at + 1 };
  });
  return {
    ...empty,
    role: role ?? null,
    roles: [],
    picks: ranked.picks,
    paths: role ? role.paths.map((p) => ({ steps: viewCredentials(p.steps, index, now), note: p.note })) : [],
    sources: role ? roleSources(role.sources, index) : [],
    audience,
    ...(basis ? { basis } : {}),
    dropped: ranked.dropped,
    rankedFor: ranked.rankedFor,
    ...(asked.length > 0 ? { asked } : {}),
    ...holdings(wants, picked, index, now),
  };
}
