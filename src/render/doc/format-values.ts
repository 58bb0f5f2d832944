import type { CredentialView, StatusState } from '../../answer/types.js';
import { addDays } from '../../answer/utc-day.js';
import type { EventKind, Passing, Price, QuestionCount, Source, Track } from '../../catalog/schema.js';

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
};

export function eventLabel(kind: EventKind): string {
  return EVENT_LABELS[kind];
}

const TRACK_LABELS: Record<Track, string> = {
  governance: 'Governance',
  audit: 'Audit',
  risk: 'Risk',
  practitioner: 'Practitioner',
  platform: 'Platform',
  foundational: 'Foundational',
  core: 'Core security',
};

export const TRACK_ORDER: readonly Track[] = [
  'governance',
  'audit',
  'risk',
  'practitioner',
  'platform',
  'foundational',
  'core',
];

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

export function formatPrices(prices: readonly Price[]): string {
  return prices.map((p) => `${formatAmount(p.amount, p.currency)} ${p.label}`).join(', ');
}

/** How a source is named in running text. */
export function sourceLabel(source: Source): string {
  if (source.kind === 'seed') return 'the seed article';
  return source.publisher;
}

const KIND_RANK: Record<Source['kind'], number> = { issuer: 0, seed: 1, 'third-party': 2 };

/** Sources, strongest first (the issuer's own page, then the seed article, then third parties). */
export function byRank(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

/** "ISACA" or "ISACA and CertCompanion": distinct names of the given sources, strongest first. */
export function sourceNames(sources: readonly Source[]): string {
  return joinAnd([...new Set(byRank(sources).map(sourceLabel))]);
}

export function sourceKindLabel(kind: Source['kind']): string {
  return kind === 'issuer' ? "issuer's own page" : kind === 'seed' ? 'seed article' : 'third party';
}
