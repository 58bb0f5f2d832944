/**
 * Candidates for someone who names no role: what comes after what they hold ("what's next after CISSP"),
 * or, with only constraints ("what AI cert should I get under $1,000"), the credentials that meet them.
 * Drawn from catalog data: prerequisites a holding meets, roles.yaml's stacking paths, credentials that
 * stack with a holding (`related`), and each credential's own fields.
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { requiredOf, requiresCredential } from '../../catalog/fact-values.js';
import { type Credential, levelSchema, type Source } from '../../catalog/schema.js';
import { testCondition } from '../answer-find.js';
import { isHandsOn, prerequisitesKind, usdExamPrice } from '../credential-fields.js';
import { viewCredential } from '../credential-view.js';
import type { Held } from '../types.js';
import { type Candidate, fitsAll, type Wants } from './rank-picks.js';

/** How many constraint-only candidates to rank. */
const OPEN_LIMIT = 6;

const levelRank = (c: Credential) => levelSchema.options.indexOf(c.level);

function ownSources(c: Credential, ids: readonly string[]): Source[] {
  return c.sources.filter((s) => ids.includes(s.id));
}

interface NextStep {
  /** Why it follows: a prerequisite the holding meets, a stacking path, or a stated relation. */
  via: 'prerequisite' | 'path' | 'related';
  credential: Credential;
  reason: () => string;
  sources: Source[];
}

/** Per held credential, what follows it, in the order: prerequisite met, stacking path, stacks with it. */
const nextByIndex = new WeakMap<CatalogIndex, Map<string, NextStep[]>>();

function nextSteps(index: CatalogIndex): Map<string, NextStep[]> {
  let byHeld = nextByIndex.get(index);
  if (byHeld) return byHeld;
  const map = new Map<string, NextStep[]>();
  byHeld = map;
  const add = (heldId: string, step: NextStep) => map.set(heldId, [...(map.get(heldId) ?? []), step]);
  const { credentials, roles, roleSources } = index.catalog;
  for (const c of credentials) {
    const required = requiredOf(c);
    if (!required || required === 'none') continue;
    for (const alt of required.any_of) {
      if (!('credential' in alt)) continue;
      add(alt.credential, {
        via: 'prerequisite',
        credential: c,
        reason: () => c.validates,
        sources: ownSources(c, [...c.prerequisites.sources, ...c.summary_sources]),
      });
    }
  }
  for (const role of roles) {
    for (const path of role.paths) {
      path.steps.forEach((from, i) => {
        const to = path.steps[i + 1];
        const c = to === undefined ? undefined : index.credential(to);
        if (!c) return;
        const rec = role.recommendations.find((r) => r.credential === c.id);
        add(from, {
          via: 'path',
          credential: c,
          reason: () => `${path.note} ${rec?.reason ?? c.validates}`,
          sources: rec ? roleSources.filter((s) => rec.sources.includes(s.id)) : ownSources(c, c.summary_sources),
        });
      });
    }
  }
  // Credentials that stack with a holding at its level or above, then the holding's own companions; never
  // one of its own prerequisites ("after AAISM" is not CISM: an AAISM holder has CISM or CISSP already).
  for (const c of credentials) {
    for (const r of c.related) {
      const from = index.credential(r.credential);
      if (r.relation !== 'stacks-with' || !from || levelRank(c) < levelRank(from) || requiresCredential(from, c.id))
        continue;
      add(from.id, {
        via: 'related',
        credential: c,
        reason: () => c.validates,
        sources: ownSources(c, c.summary_sources),
      });
    }
  }
  for (const from of credentials) {
    for (const r of from.related) {
      const c = index.credential(r.credential);
      if (r.relation !== 'companion' || !c || levelRank(c) < levelRank(from) || requiresCredential(from, c.id))
        continue;
      const note = r.note ? `${r.note.charAt(0).toUpperCase()}${r.note.slice(1).replace(/\.$/, '')}. ` : '';
      add(from.id, {
        via: 'related',
        credential: c,
        reason: () => `${note}${c.validates}`,
        sources: ownSources(c, c.summary_sources),
      });
    }
  }
  nextByIndex.set(index, byHeld);
  return byHeld;
}

/**
 * "What's next after CISSP": what follows each held credential, the first held first. `besidesUnlocked`
 * leaves out what a holding only unlocks (a role's answer lists those on their own).
 */
export function nextStepCandidates(held: readonly Held[], index: CatalogIndex, besidesUnlocked = false): Candidate[] {
  const steps = nextSteps(index);
  return held.flatMap((h) =>
    h.kind !== 'credential'
      ? []
      : (steps.get(h.id) ?? [])
          .filter((s) => !besidesUnlocked || s.via !== 'prerequisite')
          .map((s) => ({
            credential: s.credential,
            reason: s.reason(),
            sources: s.sources,
            from: 'held' as const,
          })),
  );
}

/**
 * "What AI cert should I get under $1,000": every credential that meets all that was asked, can be sat
 * and needs no warning; an AI-security credential before one where AI is only part, for a technical role
 * one assessed hands-on first, one open without prerequisites before one that has them, then the cheapest.
 */
export function constraintCandidates(
  wants: Wants,
  taken: ReadonlySet<string>,
  index: CatalogIndex,
  now: Date,
): Candidate[] {
  const focus = { primary: 0, partial: 1, none: 2 } as const;
  const handsOn = (c: Credential) => (isHandsOn(c) ? 1 : 0);
  const open = (c: Credential) => (prerequisitesKind(c) === 'none' ? 1 : 0);
  const price = (c: Credential) => {
    const p = usdExamPrice(c);
    return p.kind === 'usd' ? p.amount : Number.POSITIVE_INFINITY;
  };
  // Each condition tested on its own first (cheap); only what passes is scored as a pick.
  const meets = (c: Credential) => {
    const view = viewCredential(c, index, now);
    return wants.conditions.every((cond) =>
      cond.field === 'ai-focus' ? c.ai_focus !== 'none' : typeof testCondition(view, cond, index) === 'object',
    );
  };
  return index.catalog.credentials
    .filter((c) => !taken.has(c.id) && meets(c))
    .map(
      (c): Candidate => ({
        credential: c,
        reason: c.validates,
        sources: ownSources(c, c.summary_sources),
        from: 'conditions',
      }),
    )
    .filter((cand) => fitsAll(cand, wants, index, now))
    .sort(
      (a, b) =>
        focus[a.credential.ai_focus] - focus[b.credential.ai_focus] ||
        (wants.technical ? handsOn(b.credential) - handsOn(a.credential) : 0) ||
        open(b.credential) - open(a.credential) ||
        price(a.credential) - price(b.credential),
    )
    .slice(0, OPEN_LIMIT);
}
