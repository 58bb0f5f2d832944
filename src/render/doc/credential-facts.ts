/** The facts of one credential in words, shared by cards, comparisons and the terminal. */

import type { CredentialView, ExamVersion } from '../../answer/types.js';
import { daysBetween } from '../../answer/utc-day.js';
import { formatDate } from '../../catalog/fact-values.js';
import type { DeliveryMode, PrerequisiteAlt } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { describeResolved, isNoValue } from './describe-fact.js';
import {
  eventLabel,
  formatMinutes,
  formatPassing,
  formatPrices,
  formatQuestionCount,
  joinOr,
  relativeDays,
  stateLabel,
  todayOf,
} from './format-values.js';

/**
 * `card`: a card field, every value of a dispute with its sources (the card says once, in a note,
 * what rests on third parties and what is not in our sources); `full`: the same, standalone, saying
 * it rests on third parties; `short`: a table cell.
 */
export type Style = 'card' | 'full' | 'short';

const asText = (value: string) => value;
const asNumber = (value: number) => String(value);

export function questionsText(v: CredentialView, style: Style = 'card'): string {
  const questions = describeResolved(v.facts.questions, formatQuestionCount, style);
  if (v.facts.scored_questions.state !== 'value') return questions;
  const scored = describeResolved(v.facts.scored_questions, asNumber, 'short');
  return `${questions} (${scored} scored)`;
}

export const minutesText = (v: CredentialView, style: Style = 'card') =>
  describeResolved(v.facts.minutes, formatMinutes, style);

export const passingText = (v: CredentialView, style: Style = 'card') =>
  describeResolved(v.facts.passing, formatPassing, style);

const DELIVERY_LABELS: Record<DeliveryMode, string> = {
  'test-centre': 'test centre',
  'online-proctored': 'online with a proctor',
  'online-unproctored': 'online, unproctored',
  'in-person-course': 'in person, as part of a course',
};

export const formatDelivery = (modes: readonly DeliveryMode[]) => joinOr(modes.map((m) => DELIVERY_LABELS[m]));

/** "test centre or online with a proctor (Pearson VUE)". */
export function deliveryText(v: CredentialView, style: Style = 'card'): string {
  const delivery = describeResolved(v.facts.delivery, formatDelivery, style);
  const provider = describeResolved(v.facts.provider, asText, 'short');
  if (isNoValue(provider)) return delivery;
  return isNoValue(delivery) ? `${delivery} (exam provider: ${provider})` : `${delivery} (${provider})`;
}

/** The exam delivery vendor. */
export const providerText = (v: CredentialView, style: Style = 'card') =>
  describeResolved(v.facts.provider, asText, style);

export function costText(v: CredentialView, style: Style = 'card'): string {
  return describeResolved(v.facts.prices, formatPrices, style);
}

export function recertText(v: CredentialView, style: Style = 'card'): string {
  const cycle = describeResolved(
    v.facts.validity_years,
    (years) => `every ${years === 1 ? 'year' : `${years} years`}`,
    style === 'short' ? 'short' : 'card',
  );
  if (style === 'short') return cycle;
  const req = describeResolved(v.facts.requirement, asText, 'card');
  if (isNoValue(req)) return cycle;
  return isNoValue(cycle) ? req : `${cycle}: ${req}`;
}

/** "SCS-C03 · SCS-C02 (previous) · SCS-C01 (previous)", each code's status computed for today. */
export function codesText(view: CredentialView): string | null {
  const versions = view.status.versions;
  if (versions.length === 0) return null;
  return versions.map((v) => (v.status === 'current' ? v.code : `${v.code} (${v.status})`)).join(' · ');
}

/**
 * An exam version's end while the certification goes on: "Security+ exam SY0-701: last day in English
 * 2027-06-11; Japanese, Portuguese, Spanish, Thai 2027-08-13; SY0-801 replaces it".
 */
export function versionEndText(view: CredentialView, version: ExamVersion): string | null {
  const end = version.ends;
  if (!end) return null;
  const what = end.kind === 'last-exam' ? 'last day' : 'retires';
  const english = end.byLanguage.length > 0 ? ' in English' : '';
  const primary =
    end.claimed.length > 1 ? `${end.claimed.map(formatDate).join(' or ')} (sources disagree)` : formatDate(end.date);
  const languages = end.byLanguage.map((l) => `; ${l.languages.join(', ')} ${formatDate(l.date)}`).join('');
  const replaced = end.replacedByCode ? `; ${end.replacedByCode} replaces it` : '';
  return `${view.credential.acronym} exam ${version.code}: ${what}${english} ${primary}${languages}${replaced}`;
}

/** Version ends still ahead (or today): the certification stays active, the version change is said. */
export function upcomingVersionEnds(view: CredentialView): string[] {
  return view.status.versions
    .filter((v) => v.status !== 'previous' && v.ends !== undefined)
    .map((v) => versionEndText(view, v))
    .filter((t): t is string => t !== null);
}

/** "an active CISM or CISSP"; "an active CISA, CIA or US CPA". */
export function alternativesPhrase(
  alts: readonly PrerequisiteAlt[],
  labelOf: (alt: PrerequisiteAlt) => string,
): string {
  const allActive = alts.every((alt) => 'credential' in alt && alt.active);
  const labels = alts.map((alt) => {
    const name = labelOf(alt);
    return 'credential' in alt && alt.active && !allActive ? `an active ${name}` : name;
  });
  return allActive && alts.length > 0 ? `an active ${joinOr(labels)}` : joinOr(labels);
}

export function altLabel(namer: Namer): (alt: PrerequisiteAlt) => string {
  return (alt) => ('credential' in alt ? namer.credential(alt.credential) : namer.qualification(alt.qualification));
}

/** What must be held before sitting the exam: "an active CISM or CISSP", "none required", a state. */
export function requiredText(v: CredentialView, namer: Namer, style: Style = 'card'): string {
  return describeResolved(
    v.facts.required,
    (r) => (r === 'none' ? 'none required' : alternativesPhrase(r.any_of, altLabel(namer))),
    style,
  );
}

/** Prerequisites in one short phrase, for a table cell. */
export function prerequisitesShort(v: CredentialView, namer: Namer): string {
  const required = requiredText(v, namer, 'short');
  const experience = v.facts.experience.state === 'value' ? v.facts.experience.value : null;
  return experience ? `${required}; ${experience}` : required;
}

/** The status line: "Retired since 2026-04-01 · replaced by MLA-C01, AIF-C01". */
export function statusText(view: CredentialView, namer: Namer): string {
  const { status } = view;
  const today = todayOf(view);
  const replaced =
    status.replacedBy.length > 0 ? ` · replaced by ${status.replacedBy.map(namer.credential).join(', ')}` : '';
  switch (status.state) {
    case 'retired':
      return `Retired${status.retiredOn ? ` since ${status.retiredOn}` : ''}${replaced}`;
    case 'last-day':
      return `Last day to sit: today${replaced}`;
    case 'retiring': {
      const date = status.lastExam ?? status.retiredOn;
      const what = status.lastExam ? 'last exam' : 'retires';
      return date
        ? `Retiring: ${what} ${date} (${relativeDays(daysBetween(today, date))})${replaced}`
        : `Retiring${replaced}`;
    }
    case 'announced':
    case 'beta':
    case 'active': {
      const next = status.next;
      const label = stateLabel(status.state);
      const versions = upcomingVersionEnds(view)
        .map((t) => ` · ${t}`)
        .join('');
      if (versions) return `${label}${versions}`;
      return next
        ? `${label} · next: ${eventLabel(next.kind)} ${formatDate(next.dateAsWritten ?? next.date)} (${relativeDays(next.days)})`
        : label;
    }
  }
}

/** Status for a table cell or list: "Active", "Retired 2026-04-01", "Retiring 2026-03-31". */
export function statusShort(view: CredentialView): string {
  const { status } = view;
  if (status.state === 'retired') return status.retiredOn ? `Retired ${status.retiredOn}` : 'Retired';
  if (status.state === 'retiring') return `Retiring (last exam ${status.lastExam ?? status.retiredOn ?? 'soon'})`;
  if (status.state === 'last-day') return 'Last day to sit: today';
  return stateLabel(status.state);
}

export function staleText(view: CredentialView): string {
  return `${view.credential.acronym} was last checked against its sources on ${view.credential.verified}, ${view.verifiedDaysAgo} days ago: details may be out of date.`;
}
