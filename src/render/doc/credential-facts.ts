/** The facts of one credential in words, shared by cards, comparisons and the terminal. */

import type { CredentialView } from '../../answer/types.js';
import { daysBetween } from '../../answer/utc-day.js';
import type { Credential, PrerequisiteAlt } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { describeFact, NOT_PUBLISHED } from './describe-fact.js';
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

type Style = 'full' | 'short';

const asText = (value: string) => value;
const asNumber = (value: number) => String(value);

export function questionsText(c: Credential, style: Style = 'full'): string {
  const questions = describeFact(c.exam.questions, c.exam.sources, c, formatQuestionCount, style);
  if (c.exam.scored_questions === null) return questions;
  const scored = describeFact(c.exam.scored_questions, c.exam.sources, c, asNumber, 'short');
  return `${questions} (${scored} scored)`;
}

export const minutesText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.minutes, c.exam.sources, c, formatMinutes, style);

export const passingText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.passing, c.exam.sources, c, formatPassing, style);

export const deliveryText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.delivery, c.exam.sources, c, asText, style);

export const proctoringText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.proctoring, c.exam.sources, c, asText, style);

export function costText(c: Credential, style: Style = 'full'): string {
  return describeFact(c.cost.prices, c.cost.sources, c, formatPrices, style);
}

export function recertText(c: Credential, style: Style = 'full'): string {
  const cycle = describeFact(
    c.recertification.cycle_years,
    c.recertification.sources,
    c,
    (years) => `every ${years === 1 ? 'year' : `${years} years`}`,
    style,
  );
  if (style === 'short') return cycle;
  const requirement = describeFact(c.recertification.requirement, c.recertification.sources, c, asText, style);
  if (requirement === NOT_PUBLISHED) return cycle;
  return cycle === NOT_PUBLISHED ? requirement : `${cycle}: ${requirement}`;
}

export function codesText(c: Credential): string | null {
  if (c.exam.codes.length === 0) return null;
  return c.exam.codes.map((code) => `${code.code}${code.current ? '' : ' (former)'}`).join(' · ');
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

/** What must be held before sitting the exam: "an active CISM or CISSP", "none", "not published". */
export function requiredText(c: Credential, namer: Namer): string {
  const required = c.prerequisites.required;
  if (required === null) return NOT_PUBLISHED;
  if (required === 'none') return 'none required';
  return alternativesPhrase(required.any_of, altLabel(namer));
}

/** Prerequisites in one short phrase, for a table cell. */
export function prerequisitesShort(c: Credential, namer: Namer): string {
  const required = requiredText(c, namer);
  const experience = c.prerequisites.experience;
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
      return next ? `${label} · next: ${eventLabel(next.kind)} ${next.date} (${relativeDays(next.days)})` : label;
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
  return `${view.credential.acronym} was last checked against its sources on ${view.credential.verified}, ${view.verifiedDaysAgo} days ago: details may be stale.`;
}
