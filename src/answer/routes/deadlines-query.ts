/** Dated changes: what is coming up, in a range, of a kind. */
import type { EventKind } from '../../catalog/schema.js';
import type { Reading } from '../read-question.js';
import type { Query } from '../types.js';
import { askWhich, uniqueIds } from './route-context.js';

export const DEFAULT_HORIZON_DAYS = 365;

/** Kinds of dated change by the words people use for them. */
const CHANGE_KINDS: [EventKind[], string[]][] = [
  [
    ['last-exam', 'retired'],
    [
      'retire',
      'retires',
      'retired',
      'retiring',
      'retirement',
      'retirements',
      'sunset',
      'discontinued',
      'last',
      'away',
      'ends',
      'ending',
    ],
  ],
  [
    ['launched'],
    ['launch', 'launches', 'launched', 'launching', 'released', 'release', 'releases', 'new', 'came', 'introduced'],
  ],
  [
    ['beta-starts', 'beta-ends'],
    ['beta', 'betas'],
  ],
  [['outline-change'], ['outline', 'outlines', 'objectives']],
  [['price-change'], ['price', 'prices', 'pricing']],
];

/** "exam version changes", "which exams get a new version": new and retiring exam codes, version changes. */
const VERSION_WORDS = ['version', 'versions'];

/** The kinds of change a question names, or undefined for every kind. */
function changeKinds(texts: readonly string[]): EventKind[] | undefined {
  if (VERSION_WORDS.some((w) => texts.includes(w))) return undefined;
  // "which certs end in 2027": "end" alone also closes a range ("by the end of March"), so only "end in/on".
  const ends = texts.some((t, i) => t === 'end' && (texts[i + 1] === 'in' || texts[i + 1] === 'on'));
  const named = CHANGE_KINDS.filter(([, words]) => words.some((w) => texts.includes(w))).flatMap(([k]) => k);
  const kinds = ends && !named.includes('retired') ? [...named, 'last-exam' as const, 'retired' as const] : named;
  return kinds.length > 0 ? kinds : undefined;
}

/** "this year" (0), "next year" (1), "last year" (-1): a calendar year named relative to today. */
function yearOffsetOf(texts: readonly string[]): number | undefined {
  for (let i = 1; i < texts.length; i++) {
    if (texts[i] !== 'year' || texts[i - 2] === 'the') continue;
    const offset = { this: 0, next: 1, last: -1 }[texts[i - 1] ?? ''];
    if (offset !== undefined) return offset;
  }
  return undefined;
}

// "what did Microsoft retire": "did" puts the verb after it in the past.
const PAST = ['retired', 'launched', 'released', 'changed', 'ended', 'discontinued', 'came', 'introduced', 'did'];

const FUTURE = ['upcoming', 'coming', 'soon', 'next', 'will', 'retiring', 'planned', 'being', 'getting', 'going'];

/** "in 2025", "during 2026": the calendar year a dated question names. */
function yearOf(texts: readonly string[]): number | undefined {
  const y = texts.find((t) => /^20\d\d$/.test(t));
  return y === undefined ? undefined : Number(y);
}

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const BEFORE = new Set(['before', 'till', 'til']);

const THROUGH = new Set(['by', 'until', 'through', 'thru', 'end', 'of']);

const IN_MONTH = new Set(['in', 'during', 'for', 'this']);

/** "in December", "during March 2027": the month a dated question is about (1–12). */
function inMonthOf(texts: readonly string[]): number | undefined {
  for (let i = 1; i < texts.length; i++) {
    const month = MONTHS.findIndex((names) => names.includes(texts[i] ?? ''));
    // "may" is a month only after "in"/"during" ("what may change" is not May).
    if (month >= 0 && IN_MONTH.has(texts[i - 1] ?? '')) return month + 1;
  }
  return undefined;
}

/** "before June" (the range ends as June starts), "by / until / through June" (it ends with June). */
export function untilMonthOf(texts: readonly string[]): { month: number; through: boolean } | undefined {
  for (let i = 1; i < texts.length; i++) {
    const month = MONTHS.findIndex((names) => names.includes(texts[i] ?? ''));
    if (month < 0) continue;
    const lead = texts[i - 1] ?? '';
    if (BEFORE.has(lead)) return { month: month + 1, through: false };
    if (THROUGH.has(lead)) return { month: month + 1, through: true };
  }
  return undefined;
}

export function deadlinesQuery(r: Reading, horizon: number | null): Query {
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return askWhich(unclear);
  // Named credentials get every dated change of theirs; a catalog-wide question keeps to the kinds it names.
  const kinds = r.credentials.length > 0 ? undefined : changeKinds(r.texts);
  return {
    intent: 'deadlines',
    credentials: uniqueIds(r.credentials),
    issuer: r.issuers[0]?.ids[0] ?? null,
    horizonDays: horizon ?? DEFAULT_HORIZON_DAYS,
    kinds,
    year: yearOf(r.texts),
    yearOffset: yearOf(r.texts) === undefined ? yearOffsetOf(r.texts) : undefined,
    inMonth: untilMonthOf(r.texts) === undefined ? inMonthOf(r.texts) : undefined,
    // "what's new this month": the calendar month, its past days too (not the next 30 days).
    thisMonth: r.texts.some((t, i) => t === 'this' && r.texts[i + 1] === 'month') || undefined,
    examVersions: r.credentials.length === 0 && VERSION_WORDS.some((w) => r.texts.includes(w)),
    past: PAST.some((w) => r.texts.includes(w)) && !FUTURE.some((w) => r.texts.includes(w)),
    untilMonth: untilMonthOf(r.texts),
  };
}
