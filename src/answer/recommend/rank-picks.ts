/**
 * Re-ranks a role's curated picks for what the asker says: what they hold (dropped, made redundant,
 * prerequisites now met), the topic they want (coverage depth), the cloud they work on, and their
 * constraints (budget, hands-on, vendor-neutral, no prerequisites, online, AI focus). Curated order
 * breaks ties. A workshop badge or single-source entry never ranks first, and for a technical role it
 * ranks below every other pick. Every move is said in the pick's notes.
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { type Credential, type Issuer, levelSchema, type Source, type Topic } from '../../catalog/schema.js';
import { evaluateAlternatives, heldLabel, holdsCredential, sittable } from '../answer-eligibility.js';
import { testCondition } from '../answer-find.js';
import { prerequisitesKind, usdExamPrice } from '../credential-fields.js';
import { viewCredential } from '../credential-view.js';
import type { Condition } from '../read-constraints.js';
import type { AnswerOf, CredentialView, Held, RecommendPick } from '../types.js';
import { caveatOf } from './trust-flags.js';

export interface Candidate {
  credential: Credential;
  reason: string;
  sources: Source[];
  from: NonNullable<RecommendPick['from']>;
}

export interface Wants {
  held: readonly Held[];
  topic: Topic | null;
  conditions: readonly Condition[];
  platform: Issuer | null;
  /** The role is hands-on technical (roles.yaml `technical`); unknown roles count as technical. */
  technical: boolean;
}

type Body = AnswerOf<'recommend'>;

export interface Ranked {
  picks: RecommendPick[];
  /** The first pick meets every constraint asked and can be sat: nothing better needs looking for. */
  topFits: boolean;
  dropped: NonNullable<Body['dropped']>;
  rankedFor: string[];
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

/** Conditions a recommendation weighs (the rest, such as launch year, are listing filters). */
const WEIGHED = new Set<Condition['field']>([
  'price',
  'prerequisites',
  'assessment',
  'delivery',
  'vendor-neutral',
  'ai-focus',
  'recognition',
]);

/** A constraint in the asker's words, for "ranked for …". */
export function conditionWords(c: Condition): string {
  switch (c.field) {
    case 'price':
      return c.op === 'free' ? 'free' : `${c.op === 'max' ? 'up to' : 'from'} ${usd(c.amount)}`;
    case 'prerequisites':
      return 'no prerequisites';
    case 'assessment':
      return 'hands-on';
    case 'delivery':
      return c.op === 'online' ? 'online' : 'at a test centre';
    case 'vendor-neutral':
      return 'vendor-neutral';
    case 'ai-focus':
      return 'AI security';
    case 'recognition':
      return c.op === 'dod-8140' ? 'DoD 8140' : c.op === 'niccs' ? 'NICCS' : 'accredited';
    case 'minutes':
      return `under ${c.minutes} minutes`;
    case 'status':
      return c.op;
    case 'launched':
      return `launched in ${c.year}`;
    case 'needs':
      return `needing ${c.label}`;
    case 'sittable':
      return `that you can sit with ${c.labels.join(' and ')}`;
  }
}

/** Why a pick does not meet a constraint, or why it cannot be told. */
function missNote(view: CredentialView, c: Condition, result: 'no' | 'unknown'): string {
  const price = usdExamPrice(view.credential);
  if (c.field === 'price') {
    if (result === 'unknown') return 'Its price in US dollars is not in certdesk’s sources.';
    return price.kind === 'usd' ? `${usd(price.amount)}: over your budget.` : 'Over your budget.';
  }
  const what = conditionWords(c);
  if (result === 'unknown') return `Whether it is ${what} is not in certdesk’s sources.`;
  if (c.field === 'vendor-neutral') return `Tied to one vendor (${view.issuer.name}).`;
  if (c.field === 'ai-focus') return 'Not an AI-security credential.';
  if (c.field === 'prerequisites') return 'It has prerequisites you did not say you meet.';
  return `Not ${what}.`;
}

const DEPTH_SCORE = { 'hands-on': 6, conceptual: 4, mentioned: 1 } as const;

interface Scored {
  pick: RecommendPick;
  order: number;
  score: number;
  misses: number;
  unknowns: number;
  flagged: boolean;
}

function scoreOne(cand: Candidate, order: number, wants: Wants, index: CatalogIndex, now: Date): Scored {
  const c = cand.credential;
  const view = viewCredential(c, index, now);
  const notes: string[] = [];
  let score = -order;
  let misses = 0;
  let unknowns = 0;
  const alts = evaluateAlternatives(c, wants.held, index);
  const met = alts.filter((a) => a.satisfied);
  if (met.length > 0) {
    score += 4;
    notes.push(`What you hold meets its prerequisite (${met.map((a) => a.label).join(' or ')}).`);
  } else if (alts.length > 0 && wants.held.length > 0) {
    score -= 4;
    notes.push(`Needs ${alts.map((a) => a.label).join(' or ')} first, which you did not mention.`);
  }
  for (const r of c.related) {
    if (r.relation === 'stacks-with' && r.note && holdsCredential(wants.held, r.credential)) {
      notes.push(`With your ${index.credentialLabel(r.credential)}: ${r.note.replace(/\.$/, '')}.`);
    }
  }
  if (wants.topic) {
    const cov = c.coverage.find((x) => x.topic === wants.topic?.id);
    if (cov) {
      score += DEPTH_SCORE[cov.depth];
      notes.push(`Tests ${wants.topic.name} (${cov.depth}).`);
    } else {
      // Asked to learn a topic: a pick that does not name it falls below one that at least mentions it.
      score -= 4;
      notes.push(`Its coverage list does not name ${wants.topic.name}.`);
    }
  }
  if (wants.platform) {
    if (view.issuer.id === wants.platform.id) {
      score += 5;
      notes.push(`${possessive(wants.platform.name)} own credential, for the platform you work on.`);
    } else if (view.issuer.kind === 'cloud-vendor') {
      score -= 5;
      notes.push(`For ${view.issuer.name}, not ${wants.platform.name}.`);
    }
  }
  for (const cond of wants.conditions) {
    if (cond.field === 'prerequisites' && (met.length > 0 || prerequisitesKind(c) === 'none')) continue;
    // AI wanted: an AI-security credential fits best; one where AI is part of it still fits.
    if (cond.field === 'ai-focus' && c.ai_focus !== 'none') {
      score += c.ai_focus === 'primary' ? 4 : 2;
      if (c.ai_focus === 'partial') notes.push('AI is part of it, not its focus.');
      continue;
    }
    const result = testCondition(view, cond, index);
    if (result === 'no' || result === 'unknown') {
      if (result === 'no') misses++;
      else unknowns++;
      notes.push(missNote(view, cond, result));
    } else if (cond.field === 'price' && result.match.field === 'price') {
      notes.push(`${usd(result.match.amount)} standard exam price: within your budget.`);
    }
  }
  if (!sittable(view)) {
    misses++;
    notes.push(view.status.state === 'retired' ? 'Retired: it can no longer be sat.' : 'Not open to candidates yet.');
  }
  const caveat = caveatOf(c);
  return {
    pick: { view, reason: cand.reason, sources: cand.sources, from: cand.from, notes, caveat },
    order,
    score,
    misses,
    unknowns,
    flagged: caveat !== null,
  };
}

/** Meets every constraint asked, can be sat, is not held, and needs no warning beside it. */
export function fitsAll(cand: Candidate, wants: Wants, index: CatalogIndex, now: Date): boolean {
  if (droppedFor(cand.credential, wants.held, index)) return false;
  const s = scoreOne(cand, 0, wants, index, now);
  return s.misses === 0 && s.unknowns === 0 && !s.flagged;
}

/** Held already, or renewed by something held (a higher credential of the same line). */
function droppedFor(
  c: Credential,
  held: readonly Held[],
  index: CatalogIndex,
): { why: 'held' | 'redundant'; note: string } | null {
  if (holdsCredential(held, c.id)) return { why: 'held', note: `You hold ${index.credentialLabel(c.id)} already.` };
  const renewer = c.recertification.renewed_by.find((id) => holdsCredential(held, id));
  if (renewer) {
    return {
      why: 'redundant',
      note: `Your ${index.credentialLabel(renewer)} renews ${index.credentialLabel(c.id)}, so it adds nothing you lack.`,
    };
  }
  // A step before one held on a stacking path ("PenTest+ → OSCP" for an OSCP holder).
  for (const path of pathsThrough(index).get(c.id) ?? []) {
    const later = path.slice(path.indexOf(c.id) + 1).find((id) => holdsCredential(held, id));
    if (later) {
      const steps = path.map((id) => index.credentialLabel(id)).join(' → ');
      return { why: 'redundant', note: `It comes before your ${index.credentialLabel(later)} (${steps}).` };
    }
  }
  // A lower level of the same track as one held (Security+ for a CISSP holder); a general entry-level
  // credential for someone holding a higher core one (CC for a Security+ holder).
  const general = c.track === 'foundational' || c.track === 'core';
  const above = held.find((h) => {
    const other = h.kind === 'credential' && !h.lapsed ? index.credential(h.id) : undefined;
    if (other === undefined || LEVELS.indexOf(other.level) <= LEVELS.indexOf(c.level)) return false;
    return other.track === c.track || (general && other.track === 'core');
  });
  if (above) {
    const label = index.credentialLabel(above.id);
    const other = index.credential(above.id);
    const of = other?.track === c.track ? 'of the same track' : 'of core security';
    return { why: 'redundant', note: `Your ${label} is a higher level (${other?.level}) ${of}.` };
  }
  return null;
}

const LEVELS = levelSchema.options;

/** Per credential, the stacking paths of roles.yaml it is a step of; built once per catalog. */
const pathsByIndex = new WeakMap<CatalogIndex, Map<string, string[][]>>();

function pathsThrough(index: CatalogIndex): Map<string, string[][]> {
  let byId = pathsByIndex.get(index);
  if (!byId) {
    const map = new Map<string, string[][]>();
    for (const path of index.catalog.roles.flatMap((r) => r.paths)) {
      for (const id of path.steps) map.set(id, [...(map.get(id) ?? []), path.steps]);
    }
    byId = map;
    pathsByIndex.set(index, byId);
  }
  return byId;
}

export function rankPicks(candidates: readonly Candidate[], wants: Wants, index: CatalogIndex, now: Date): Ranked {
  const dropped: Ranked['dropped'] = [];
  const scored: Scored[] = [];
  const seen = new Set<string>();
  for (const [i, cand] of candidates.entries()) {
    if (seen.has(cand.credential.id)) continue;
    seen.add(cand.credential.id);
    const drop = droppedFor(cand.credential, wants.held, index);
    if (drop) dropped.push({ view: viewCredential(cand.credential, index, now), ...drop });
    else scored.push(scoreOne(cand, i, wants, index, now));
  }
  scored.sort((a, b) => a.misses - b.misses || a.unknowns - b.unknowns || b.score - a.score || a.order - b.order);
  // Prefer what is independently assessed: flagged entries sink below the rest for technical roles,
  // and never lead for anyone while another pick exists.
  const clean = scored.filter((s) => !s.flagged);
  const flagged = scored.filter((s) => s.flagged);
  let ordered = scored;
  if (wants.technical) ordered = [...clean, ...flagged];
  else if (scored[0]?.flagged && clean[0]) ordered = [clean[0], ...scored.filter((s) => s !== clean[0])];
  const rankedFor = [
    ...wants.held.map((h) => `you hold ${heldLabel(h, index)}`),
    ...(wants.topic ? [`you want ${wants.topic.name}`] : []),
    ...(wants.platform ? [`you work on ${wants.platform.name}`] : []),
    ...wants.conditions.map(conditionWords),
  ];
  const top = ordered[0];
  const topFits = top !== undefined && top.misses === 0 && top.unknowns === 0;
  return { picks: ordered.map((s) => s.pick), topFits, dropped, rankedFor };
}

/** The constraints a recommendation weighs, out of everything a question's conditions say. */
export function weighedConditions(conditions: readonly Condition[]): Condition[] {
  return conditions.filter((c) => WEIGHED.has(c.field));
}
