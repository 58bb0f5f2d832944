/**
 * Conditions a question puts on a set of credentials: price, prerequisites, kind of assessment,
 * delivery, recognition, AI-security focus, exam length, status, launch year, a superlative, a count.
 * Each condition is a catalog field plus an operator; the find answer filters and sorts by them.
 */
import type { Held } from './types.js';

export type Sort = 'cheapest' | 'priciest' | 'shortest' | 'longest' | 'newest' | 'oldest' | 'fewest-questions';

export type Condition =
  | { field: 'price'; op: 'max' | 'min'; amount: number }
  | { field: 'price'; op: 'free' }
  | { field: 'prerequisites'; op: 'none' }
  | { field: 'assessment'; op: 'hands-on' }
  | { field: 'delivery'; op: 'online' | 'test-centre' }
  | { field: 'recognition'; op: 'dod-8140' | 'niccs' | 'accredited' }
  /** primary: an AI-security credential; partial: AI is at least part of it (an empty answer's fallback). */
  | { field: 'ai-focus'; op: 'primary' | 'partial' }
  | { field: 'minutes'; op: 'max' | 'min'; minutes: number }
  | { field: 'status'; op: 'active' | 'retired' | 'retiring' | 'announced' }
  | { field: 'vendor-neutral'; op: 'yes' }
  | { field: 'launched'; op: 'year'; year: number }
  /** "which AI certs need CISM": the published prerequisites name that credential as a way in. */
  | { field: 'needs'; op: 'any-of'; credentials: string[]; label: string }
  /** "certs I can take with Security+": the published prerequisites are none or met by what is held. */
  | { field: 'sittable'; op: 'with'; held: Held[]; labels: string[] };

export type ConditionField = Condition['field'];

export interface Constraints {
  conditions: Condition[];
  sort: Sort | null;
  /** "how many …": the answer counts. */
  count: boolean;
  /** "the cheapest" (one) vs "cheapest certs" (a list). */
  single: boolean;
}

type Phrases = readonly (readonly string[])[];

/** Phrases as word sequences, split once. */
const phrases = (list: readonly string[]): Phrases => list.map((p) => p.split(' '));

function has(words: readonly string[], parts: readonly string[]): boolean {
  const first = parts[0];
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (words[i] !== first) continue;
    let k = 1;
    while (k < parts.length && words[i + k] === parts[k]) k++;
    if (k === parts.length) return true;
  }
  return false;
}

const any = (words: readonly string[], list: Phrases) => list.some((p) => has(words, p));

const NO_PREREQS = phrases([
  'no prerequisites',
  'no prerequisite',
  'without prerequisites',
  'without any prerequisites',
  'no requirements',
  'no entry requirements',
  'dont need anything',
  'dont need any',
  'do not need any',
  'no experience',
  'without experience',
  'no experience required',
  'open to anyone',
  'anyone can take',
  'anyone can sit',
  'no gate',
  'no certs required',
  'nothing required',
  'prerequisites none',
  'zero prerequisites',
  'no pre requisites',
  'dont need experience',
  'dont require experience',
  'no experience needed',
  'without any experience',
  'no prereqs',
  'no prereq',
  'without prereqs',
  'zero experience',
]);

const HANDS_ON = phrases([
  'hands on',
  'handson',
  'practical',
  'performance based',
  'performance',
  'lab',
  'labs',
  'lab based',
  'practical exam',
  'not multiple choice',
  'arent multiple choice',
  'isnt multiple choice',
  'no multiple choice',
  'real labs',
]);
const ONLINE = phrases([
  'online',
  'remote',
  'remotely',
  'from home',
  'at home',
  'online proctored',
  'take from home',
  'without a test center',
]);
const TEST_CENTRE = phrases([
  'test center',
  'test centers',
  'test centre',
  'test centres',
  'testing center',
  'testing centers',
  'testing centre',
  'testing centres',
  'exam center',
  'exam centre',
  'in person',
]);
const DOD = phrases(['dod 8140', '8140', 'dod 8570', '8570', 'dod approved', 'dod']);
const NICCS = phrases(['niccs']);
const ACCREDITED = phrases(['accredited', 'ansi', 'anab', '17024', 'iso 17024', 'accreditation']);
const AI = phrases(['ai', 'genai', 'llm', 'llms', 'ml', 'ai security', 'ai sec', 'aisec']);
const VENDOR_NEUTRAL = phrases([
  'vendor neutral',
  'vendorneutral',
  'not vendor specific',
  'non vendor specific',
  'vendor agnostic',
  'vendoragnostic',
  'not tied to a vendor',
  'not tied to any vendor',
]);

const SORT_PHRASES: [Sort, string[]][] = [
  [
    'cheapest',
    [
      'cheapest',
      'cheap',
      'inexpensive',
      'affordable',
      'least expensive',
      'lowest price',
      'lowest cost',
      'most affordable',
      'cheaper',
      'budget',
      'by price',
      'by cost',
    ],
  ],
  ['priciest', ['most expensive', 'priciest', 'highest price', 'highest cost', 'costliest', 'pricey']],
  [
    'shortest',
    ['shortest', 'quickest exam', 'shortest exam', 'least time', 'by length', 'by exam length', 'by duration'],
  ],
  ['longest', ['longest', 'longest exam']],
  ['newest', ['newest', 'latest', 'most recent', 'newer', 'brand new', 'just launched', 'by launch date', 'by date']],
  ['oldest', ['oldest', 'longest running', 'most established']],
  ['fewest-questions', ['fewest questions', 'least questions']],
];
const SORTS = SORT_PHRASES.map(([sort, list]) => ({ sort, phrases: phrases(list) }));

const FREE = phrases(['free', 'no cost', 'zero cost', 'costs nothing']);
const ACTIVE = phrases(['active', 'current', 'currently available', 'still available', 'available now']);
/** Statuses asked for by name ("retired AI certs", "AI certs not out yet"): listing filters, unlike "active". */
const STATUS_WORDS: [Extract<Condition, { field: 'status' }>['op'], Phrases][] = [
  ['retiring', phrases(['retiring', 'being retired', 'going away', 'about to retire', 'retire soon'])],
  ['retired', phrases(['retired', 'discontinued', 'no longer offered', 'no longer available'])],
  [
    'announced',
    phrases([
      'announced',
      'not out yet',
      'arent out yet',
      'not yet out',
      'not yet launched',
      'not launched yet',
      'not released yet',
      'not yet released',
      'coming soon',
    ]),
  ],
];
const PLURAL = phrases(['certs', 'certifications', 'credentials', 'options', 'exams', 'ones', 'list', 'top']);
const COUNT = phrases(['how many', 'number of', 'count of', 'count the', 'total number']);
/** What a count of one credential's facts counts ("how many questions"), not of credentials. */
const FACT_NOUNS = new Set(
  `questions question qs q items mcqs minutes mins hours hrs domains sections languages cpe cpes cpd credits
  ceus years attempts retakes people candidates times`.split(/\s+/),
);

/** "how many AI certs": a count of credentials; "how many questions" counts something else. */
function countsCredentials(words: readonly string[]): boolean {
  return COUNT.some((p) =>
    words.some((_, i) => p.every((w, k) => words[i + k] === w) && !FACT_NOUNS.has(words[i + p.length] ?? '')),
  );
}

/** "$1,000", "1000 dollars", "1k", "500 usd". */
function amountAfter(text: string, lead: string, symbol: '<' | '>'): number | null {
  const re = new RegExp(
    `(?:\\b(?:${lead})|${symbol}=?)\\s*(?:a\\s+)?(?:us\\s*)?(\\$|usd\\s*)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k\\b)?`,
    'i',
  );
  const m = re.exec(text);
  if (!m?.[2]) return null;
  // "under 8140": the DoD directive, not a price.
  if (!m[1] && /^(?:8140|8570)$/.test(m[2])) return null;
  const n = Number(m[2].replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const amount = m[3] ? n * 1000 : n;
  // "under 2 hours" is not a price: a bare small number without $ is read as a price only from 20 up.
  if (!m[1] && amount < 20) return null;
  return amount;
}

function priceConditions(raw: string): Condition[] {
  const text = raw.toLowerCase();
  const out: Condition[] = [];
  const hours =
    /\b(under|below|less than|shorter than|at most|within|max|up to|no more than|over|more than|longer than|at least)\s+(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes|mins?)\b/.exec(
      text,
    );
  if (hours?.[2]) {
    const n = Number(hours[2]);
    // "longer than 3 hours", "at least 2 hours": a floor on the length, not a ceiling.
    const op = /^(?:over|more|longer|at least)/.test(hours[1] ?? '') ? 'min' : 'max';
    out.push({ field: 'minutes', op, minutes: /^h/.test(hours[3] ?? '') ? n * 60 : n });
  }
  const maxLead =
    'under|below|less than|cheaper than|at most|max|maximum|up to|no more than|within|for less than|budget of|budget is|budget';
  // "under 2 hours and under $500": the length is not a price; the rest of the sentence may hold one.
  const rest = hours ? text.replace(hours[0], ' ') : text;
  const max = amountAfter(rest, maxLead, '<');
  if (max !== null) out.push({ field: 'price', op: 'max', amount: max });
  const min = amountAfter(rest, 'over|above|more than|at least', '>');
  if (min !== null) out.push({ field: 'price', op: 'min', amount: min });
  if (max === null && /\$\s*\d/.test(text) && /\bor less\b|\band under\b/.test(text)) {
    const m = /\$\s*(\d[\d,]*)/.exec(text);
    if (m?.[1]) out.push({ field: 'price', op: 'max', amount: Number(m[1].replace(/,/g, '')) });
  }
  return out;
}

/** The launch year a question names ("launched in 2026", "new in 2025"). */
function launchYear(words: readonly string[]): number | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!/^20\d\d$/.test(w)) continue;
    // "launched in 2026", "new AI certs in 2026": a launch word up to four words before the year.
    const before = words.slice(Math.max(0, i - 4), i);
    if (before.some((b) => ['launched', 'launch', 'new', 'released', 'introduced', 'came'].includes(b))) {
      return Number(w);
    }
  }
  return null;
}

export function readConstraints(words: readonly string[], raw: string): Constraints {
  const conditions: Condition[] = [...priceConditions(raw)];
  if (any(words, FREE)) conditions.push({ field: 'price', op: 'free' });
  if (any(words, NO_PREREQS)) conditions.push({ field: 'prerequisites', op: 'none' });
  if (any(words, HANDS_ON)) conditions.push({ field: 'assessment', op: 'hands-on' });
  if (any(words, TEST_CENTRE)) conditions.push({ field: 'delivery', op: 'test-centre' });
  else if (any(words, ONLINE)) conditions.push({ field: 'delivery', op: 'online' });
  if (any(words, NICCS)) conditions.push({ field: 'recognition', op: 'niccs' });
  else if (any(words, DOD)) conditions.push({ field: 'recognition', op: 'dod-8140' });
  else if (any(words, ACCREDITED)) conditions.push({ field: 'recognition', op: 'accredited' });
  if (any(words, AI)) conditions.push({ field: 'ai-focus', op: 'primary' });
  if (any(words, VENDOR_NEUTRAL)) conditions.push({ field: 'vendor-neutral', op: 'yes' });
  const year = launchYear(words);
  if (year !== null) conditions.push({ field: 'launched', op: 'year', year });
  const status = STATUS_WORDS.find(([, list]) => any(words, list))?.[0];
  if (status) conditions.push({ field: 'status', op: status });
  else if (any(words, ACTIVE)) conditions.push({ field: 'status', op: 'active' });
  const sort = SORTS.find((s) => any(words, s.phrases))?.sort ?? null;
  const count = countsCredentials(words);
  const single = sort !== null && !any(words, PLURAL);
  return { conditions, sort, count, single };
}

/** Conditions that make a question a filter over the catalog (beyond a plain issuer/track/level listing). */
export function isFilter(c: Constraints): boolean {
  return c.conditions.some((x) => x.field !== 'ai-focus' && x.field !== 'status') || c.sort !== null || c.count;
}
