/**
 * Questions across the catalog: filter by structured fields, sort as asked, count. Each condition is a
 * field plus an operator (read-constraints.ts); each credential on the list carries the value that put
 * it there. A credential whose field the catalog does not hold is left out of that condition and
 * counted; an empty list names the condition that emptied it and offers the nearest results.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { requiredOf } from '../catalog/fact-values.js';
import { evaluateAlternatives, holdsCredential } from './answer-eligibility.js';
import {
  accreditation,
  assessment,
  deliveryModes,
  examMinutes,
  factValue,
  isAiFocused,
  isHandsOn,
  isVendorNeutral,
  launchDate,
  niccsStatus,
  prerequisitesKind,
  usdExamPrice,
} from './credential-fields.js';
import { viewCredential } from './credential-view.js';
import type { Condition, ConditionField, Sort } from './read-constraints.js';
import type { AnswerOf, CredentialView, FindFilter, FindItem, MatchValue } from './types.js';

type FindBody = Omit<AnswerOf<'find'>, 'question' | 'interpretations'>;

/** A condition tested on one credential: the value that matched, no, or unknown (the catalog lacks it). */
type Test = { match: MatchValue } | 'no' | 'unknown';

function priceValue(view: CredentialView): Extract<MatchValue, { field: 'price' }> | null {
  const p = usdExamPrice(view.credential);
  return p.kind === 'usd' ? { field: 'price', amount: p.amount, member: p.member, fees: p.fees } : null;
}

function test(view: CredentialView, c: Condition, index: CatalogIndex): Test {
  const cred = view.credential;
  switch (c.field) {
    case 'price': {
      const v = priceValue(view);
      if (!v) return 'unknown';
      if (c.op === 'free') return v.amount === 0 ? { match: v } : 'no';
      if (c.op === 'max') return v.amount <= c.amount ? { match: v } : 'no';
      return v.amount >= c.amount ? { match: v } : 'no';
    }
    case 'prerequisites': {
      const kind = prerequisitesKind(cred);
      if (kind === null) return 'unknown';
      return kind === 'none' ? { match: { field: 'prerequisites' } } : 'no';
    }
    case 'assessment':
      if (assessment(cred) === null) return 'unknown';
      return isHandsOn(cred) ? { match: { field: 'assessment' } } : 'no';
    case 'delivery': {
      const kinds = deliveryModes(cred);
      if (kinds === null) return 'unknown';
      const want = c.op === 'online' ? 'online-proctored' : 'test-centre';
      const ok = kinds.includes(want) || (c.op === 'online' && kinds.includes('online-unproctored'));
      return ok ? { match: { field: 'delivery', kinds } } : 'no';
    }
    case 'recognition': {
      if (c.op === 'accredited') {
        const a = accreditation(cred);
        return a ? { match: { field: 'recognition', framework: 'accredited', detail: a } } : 'unknown';
      }
      if (c.op === 'dod-8140') {
        // The DoD 8140 matrix in force is the one source: listed for some work role, or not.
        const d = view.dod8140;
        if (d === null) return 'unknown';
        return d.total > 0
          ? {
              match: {
                field: 'recognition',
                framework: c.op,
                detail: `${d.total} work role${d.total === 1 ? '' : 's'} in V${d.version}`,
              },
            }
          : 'no';
      }
      const status = niccsStatus(cred);
      if (status === null) return 'unknown';
      return status === 'listed' ? { match: { field: 'recognition', framework: c.op, detail: 'listed' } } : 'no';
    }
    case 'ai-focus':
      return (c.op === 'primary' ? isAiFocused(cred) : cred.ai_focus !== 'none')
        ? { match: { field: 'ai-focus' } }
        : 'no';
    case 'minutes': {
      const m = examMinutes(cred);
      if (m === null) return 'unknown';
      const fits = c.op === 'min' ? m >= c.minutes : m <= c.minutes;
      return fits ? { match: { field: 'minutes', minutes: m } } : 'no';
    }
    case 'status': {
      const state = view.status.state;
      const ok =
        c.op === 'active'
          ? state === 'active' || state === 'beta' || state === 'retiring' || state === 'last-day'
          : c.op === 'retiring'
            ? state === 'retiring' || state === 'last-day'
            : state === c.op;
      return ok ? { match: { field: 'status', state } } : 'no';
    }
    case 'vendor-neutral':
      return isVendorNeutral(view) ? { match: { field: 'vendor-neutral' } } : 'no';
    case 'launched': {
      const date = launchDate(cred);
      if (date === null) return 'unknown';
      return date.startsWith(String(c.year)) ? { match: { field: 'launched', date } } : 'no';
    }
    case 'needs': {
      const required = requiredOf(cred);
      if (required === null) return 'unknown';
      if (required === 'none') return 'no';
      const names = required.any_of.some((alt) => 'credential' in alt && c.credentials.includes(alt.credential));
      if (!names) return 'no';
      const ways = evaluateAlternatives(cred, [], index).map((a) => a.label);
      return {
        match: {
          field: 'needs',
          ways: ways.length > 2 ? `${ways[0]} or ${ways.length - 1} others` : ways.join(' or '),
        },
      };
    }
    case 'sittable': {
      if (holdsCredential(c.held, cred.id)) return 'no';
      const required = requiredOf(cred);
      if (required === null) return 'unknown';
      if (required === 'none') return { match: { field: 'sittable', via: null } };
      const met = evaluateAlternatives(cred, c.held, index).find((a) => a.satisfied);
      return met ? { match: { field: 'sittable', via: met.label } } : 'no';
    }
  }
}

/** The field a sort orders by, with its value per credential (null = unknown). */
function sortKey(view: CredentialView, sort: Sort): number | null {
  const cred = view.credential;
  switch (sort) {
    case 'cheapest':
    case 'priciest': {
      const p = usdExamPrice(cred);
      return p.kind === 'usd' ? p.amount : null;
    }
    case 'shortest':
    case 'longest':
      return examMinutes(cred);
    case 'newest':
    case 'oldest': {
      const d = launchDate(cred);
      return d === null ? null : Date.parse(d);
    }
    case 'fewest-questions': {
      const q = factValue(cred.exam.questions, cred.exam.sources, cred);
      return typeof q === 'number' ? q : q === null ? null : q.min;
    }
  }
}

const SORT_FIELD: Record<Sort, ConditionField> = {
  cheapest: 'price',
  priciest: 'price',
  shortest: 'minutes',
  longest: 'minutes',
  newest: 'launched',
  oldest: 'launched',
  'fewest-questions': 'minutes',
};

function sortValue(view: CredentialView, sort: Sort): MatchValue | null {
  switch (SORT_FIELD[sort]) {
    case 'price':
      return priceValue(view);
    case 'minutes': {
      const m = examMinutes(view.credential);
      return m === null ? null : { field: 'minutes', minutes: m };
    }
    default: {
      const d = launchDate(view.credential);
      return d === null ? null : { field: 'launched', date: d };
    }
  }
}

const DESCENDING: ReadonlySet<Sort> = new Set(['priciest', 'longest', 'newest']);

interface Filtered {
  items: FindItem[];
  leftOut: Map<ConditionField, CredentialView[]>;
}

function applyConditions(
  views: readonly CredentialView[],
  conditions: readonly Condition[],
  index: CatalogIndex,
): Filtered {
  const items: FindItem[] = [];
  const leftOut = new Map<ConditionField, CredentialView[]>();
  for (const view of views) {
    const values: MatchValue[] = [];
    // Left out for lack of data only when no other condition rules it out: "4 have no price in US
    // dollars" counts AI-security credentials, not every credential without a price.
    let unknown: ConditionField | null = null;
    let ruledOut = false;
    for (const c of conditions) {
      const t = test(view, c, index);
      if (t === 'no') {
        ruledOut = true;
        break;
      }
      if (t === 'unknown') unknown ??= c.field;
      else if (!values.some((v) => v.field === t.match.field)) values.push(t.match);
    }
    if (ruledOut) continue;
    if (unknown !== null) leftOut.set(unknown, [...(leftOut.get(unknown) ?? []), view]);
    else items.push({ view, values });
  }
  return { items, leftOut };
}

function sortItems(filtered: Filtered, sort: Sort | null): Filtered {
  if (sort === null) return filtered;
  const known: { item: FindItem; key: number }[] = [];
  const field = SORT_FIELD[sort];
  const unknown: CredentialView[] = [];
  for (const item of filtered.items) {
    const key = sortKey(item.view, sort);
    if (key === null) {
      unknown.push(item.view);
      continue;
    }
    const v = sortValue(item.view, sort);
    const values = v && !item.values.some((x) => x.field === v.field) ? [...item.values, v] : item.values;
    known.push({ item: { ...item, values }, key });
  }
  const dir = DESCENDING.has(sort) ? -1 : 1;
  known.sort(
    (a, b) => dir * (a.key - b.key) || a.item.view.credential.acronym.localeCompare(b.item.view.credential.acronym),
  );
  const leftOut = new Map(filtered.leftOut);
  if (unknown.length > 0) leftOut.set(field, [...(leftOut.get(field) ?? []), ...unknown]);
  return { items: known.map((k) => k.item), leftOut };
}

/** How many nearest results an empty answer offers. */
const NEAREST = 3;
/** How many credentials where AI is only part of it an empty AI-security answer offers. */
const NEAREST_AI = 6;

export function answerFind(filter: FindFilter, index: CatalogIndex, now: Date): FindBody {
  const issuer = filter.issuer === null ? null : (index.issuer(filter.issuer) ?? null);
  const topic = filter.topic === null ? null : (index.topic(filter.topic) ?? null);
  const conditions = [...filter.conditions];
  // Retired credentials are left out unless the question asks about status.
  if (!conditions.some((c) => c.field === 'status')) conditions.push({ field: 'status', op: 'active' });
  const base = index.catalog.credentials
    .filter(
      (c) =>
        (issuer === null || c.issuer === issuer.id) &&
        (filter.track === null || c.track === filter.track) &&
        (filter.level === null || c.level === filter.level) &&
        (topic === null || c.coverage.some((x) => x.topic === topic.id)),
    )
    .map((c) => viewCredential(c, index, now))
    .sort((a, b) => a.credential.acronym.localeCompare(b.credential.acronym));

  const result = sortItems(applyConditions(base, conditions, index), filter.sort);
  let emptiedBy: Condition | null = null;
  let nearest: FindItem[] = [];
  const ai = filter.conditions.find((c) => c.field === 'ai-focus' && c.op === 'primary');
  if (result.items.length === 0 && ai) {
    // "retired AI certs": no AI-security credential is, but credentials where AI is part of it may be.
    const partial = conditions.map((c): Condition => (c === ai ? { field: 'ai-focus', op: 'partial' } : c));
    const found = sortItems(applyConditions(base, partial, index), filter.sort).items;
    if (found.length > 0) {
      emptiedBy = ai;
      nearest = found.slice(0, NEAREST_AI);
    }
  }
  if (result.items.length === 0 && nearest.length === 0) {
    // The condition to relax: a numeric cap first (its nearest results are just above it), else the
    // last condition that still leaves something when dropped.
    const relaxable = conditions
      .map((c, k) => ({ c, k }))
      .filter(({ c }) => filter.conditions.includes(c))
      .sort((a, b) => numeric(b.c) - numeric(a.c) || b.k - a.k);
    for (const { c, k } of relaxable) {
      const without = conditions.filter((_, j) => j !== k);
      const found = sortItems(applyConditions(base, without, index), nearestSort(c) ?? filter.sort).items;
      if (found.length > 0) {
        emptiedBy = c;
        nearest = found.slice(0, NEAREST);
        break;
      }
    }
  }
  const onlyAi = filter.conditions.every((c) => c.field === 'ai-focus') && filter.conditions.length > 0;
  return {
    intent: 'find',
    filter,
    issuer,
    topic,
    items: result.items,
    leftOut: [...result.leftOut].map(([field, views]) => ({ field, views })),
    emptiedBy,
    nearest,
    ...(emptiedBy !== null && emptiedBy === ai ? { widened: true } : {}),
    byTrack: onlyAi && filter.sort === null && !filter.count && filter.track === null,
  };
}

function numeric(c: Condition): number {
  return c.field === 'price' || c.field === 'minutes' ? 1 : 0;
}

/** Nearest to a price or length bound: the cheapest or shortest under a cap, the priciest or longest over a floor. */
function nearestSort(c: Condition | null): Sort | null {
  if (c?.field === 'price') return c.op === 'min' ? 'priciest' : 'cheapest';
  if (c?.field === 'minutes') return c.op === 'min' ? 'longest' : 'shortest';
  return null;
}

/** One condition tested on one credential; `recommend` ranks by the same tests. */
export { test as testCondition };
