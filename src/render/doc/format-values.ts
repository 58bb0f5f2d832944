import type { CredentialView, StatusState } from '../../answer/types.js';
import { addDays } from '../../answer/utc-day.js';
import {
  type EventKind,
  type Passing,
  type Price,
  type PriceItem,
  type QuestionCount,
  type Source,
  type Track,
  trackSchema,
} from '../../catalog/schema.js';

/** Today's UTC date as the engine placed the view (verified date + days since). */
export function todayOf(view: CredentialView): string {
  return addDays(view.credential.verified, Math.round(view.verifiedDaysAgo));
}

/** "today", "tomorrow", "in 12 days", "yesterday", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** "A", "A or B", "A, B or C". */
export function joinOr(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export const joinAnd = (items: readonly string[]) => joinOr(items, 'and');

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EVENT_LABELS: Record<EventKind, string> = {
  announced: 'announced',
  launched: 'launched',
  'beta-starts': 'beta starts',
  'beta-ends': 'last day of the beta',
  'outline-change': 'new exam outline',
  'version-change': 'new exam version',
  'price-change': 'price change',
  'last-exam': 'last day to sit the exam',
  retired: 'retired',
  'framework-version': 'new framework version',
};

export function eventLabel(kind: EventKind): string {
  return EVENT_LABELS[kind];
}

const TRACK_LABELS: Record<Track, string> = {
  governance: 'Governance',
  audit: 'Audit',
  risk: 'Risk',
  privacy: 'Privacy',
  practitioner: 'Practitioner',
  offensive: 'Offensive security',
  defensive: 'Defensive security',
  platform: 'Platform',
  foundational: 'Foundational',
  core: 'Core security',
};

/** Tracks in the catalog's own order (the schema's), for lists grouped by track. */
export const TRACK_ORDER: readonly Track[] = trackSchema.options;

export function trackLabel(track: Track): string {
  return TRACK_LABELS[track];
}

const STATE_LABELS: Record<StatusState, string> = {
  announced: 'Announced',
  beta: 'In beta',
  active: 'Active',
  retiring: 'Retiring',
  'last-day': 'Last day to sit',
  retired: 'Retired',
};

export function stateLabel(state: StatusState): string {
  return STATE_LABELS[state];
}

/** 90; or "100–150 (adaptive)" for a computer-adaptive exam. */
export function formatQuestionCount(count: QuestionCount): string {
  return typeof count === 'number' ? String(count) : `${count.min}–${count.max} (adaptive)`;
}

export function formatMinutes(minutes: number): string {
  return `${minutes} min`;
}

export function formatPassing(passing: Passing): string {
  return 'percent' in passing ? `${passing.percent}%` : `${passing.score} on a ${passing.min}–${passing.max} scale`;
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

export function formatAmount(amount: number, currency: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const sign = CURRENCY_SIGNS[currency];
  return sign ? `${sign}${number}` : `${number} ${currency}`;
}

const PRICE_ITEMS: Record<PriceItem, string> = {
  exam: 'exam',
  'application-fee': 'application fee',
  'annual-fee': 'annual fee',
  'course-bundle': 'course and exam bundle',
  retake: 'retake',
  other: 'other fee',
};

/** "exam (member)", "application fee", "exam (non-member)" when a member price sits beside it. */
export function priceLabel(p: Price, all: readonly Price[] = [p]): string {
  const item = PRICE_ITEMS[p.item];
  const hasMember = all.some((x) => x.item === p.item && x.audience === 'member');
  const audience =
    p.audience === 'standard' ? (hasMember ? 'non-member' : '') : p.audience === 'other' ? '' : p.audience;
  const extra = [audience, p.note ?? ''].filter((x) => x !== '');
  return extra.length > 0 ? `${item} (${extra.join(', ')})` : item;
}

export function formatPrices(prices: readonly Price[]): string {
  return prices.map((p) => `${formatAmount(p.amount, p.currency)} ${priceLabel(p, prices)}`).join(', ');
}

const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  issuer: "issuer's own page",
  official: 'official reference',
  seed: 'seed article',
  'third-party': 'third party',
  blog: 'single blog',
};

/** How a source is named in running text. */
export function sourceLabel(source: Source): string {
  if (source.kind === 'seed') return `the seed article “${source.title}”`;
  return source.publisher;
}

const KIND_RANK: Record<Source['kind'], number> = { issuer: 0, official: 1, seed: 2, 'third-party': 3, blog: 4 };

/** Sources, strongest first (the issuer's own page, then the seed article, then third parties). */
export function byRank(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

/** "ISACA" or "ISACA and CertCompanion": distinct names of the given sources, strongest first. */
export function sourceNames(sources: readonly Source[]): string {
  return joinAnd([...new Set(byRank(sources).map(sourceLabel))]);
}

export function sourceKindLabel(kind: Source['kind']): string {
  return SOURCE_KIND_LABELS[kind];
}
