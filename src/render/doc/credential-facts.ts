/** The facts of one credential in words, shared by cards, comparisons and the terminal. */

import { resolveFact } from '../../answer/resolve-fact.js';
import type { CredentialView } from '../../answer/types.js';
import { daysBetween } from '../../answer/utc-day.js';
import { isOlderCode } from '../../catalog/exam-codes.js';
import { requiredOf, simpleValue } from '../../catalog/fact-values.js';
import { type Credential, type DeliveryMode, isFactState, type PrerequisiteAlt } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { describeFact, describeResolved, isNoValue } from './describe-fact.js';
import {
  eventLabel,
  formatMinutes,
  formatPassing,
  formatPrices,
  formatQuestionCount,
  joinOr,
  relativeDays,
  sourceNames,
  stateLabel,
  todayOf,
} from './format-values.js';

type Style = 'full' | 'short';

const asText = (value: string) => value;
const asNumber = (value: number) => String(value);

export function questionsText(c: Credential, style: Style = 'full'): string {
  const questions = describeFact(c.exam.questions, c.exam.sources, c, formatQuestionCount, style);
  if (c.exam.scored_questions === undefined || isFactState(c.exam.scored_questions)) return questions;
  const scored = describeFact(c.exam.scored_questions, c.exam.sources, c, asNumber, 'short');
  return `${questions} (${scored} scored)`;
}

export const minutesText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.minutes, c.exam.sources, c, formatMinutes, style);

export const passingText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.passing, c.exam.sources, c, formatPassing, style);

const DELIVERY_LABELS: Record<DeliveryMode, string> = {
  'test-centre': 'test centre',
  'online-proctored': 'online with a proctor',
  'online-unproctored': 'online, unproctored',
  'in-person-course': 'in person, as part of a course',
};

export const formatDelivery = (modes: readonly DeliveryMode[]) => joinOr(modes.map((m) => DELIVERY_LABELS[m]));

/** "test centre or online with a proctor (Pearson VUE)". */
export function deliveryText(c: Credential, style: Style = 'full'): string {
  const delivery = describeFact(c.exam.delivery, c.exam.sources, c, formatDelivery, style);
  const provider = describeFact(c.exam.provider, c.exam.sources, c, asText, 'short');
  if (isNoValue(provider)) return delivery;
  return isNoValue(delivery) ? `${delivery} (exam provider: ${provider})` : `${delivery} (${provider})`;
}

/** The exam delivery vendor. */
export const providerText = (c: Credential, style: Style = 'full') =>
  describeFact(c.exam.provider, c.exam.sources, c, asText, style);

export function costText(c: Credential, style: Style = 'full'): string {
  return describeFact(c.cost.prices, c.cost.sources, c, formatPrices, style);
}

export function recertText(c: Credential, style: Style = 'full'): string {
  const r = c.recertification;
  const validity = resolveFact(r.validity_years, r.sources, c);
  const cycle = describeResolved(validity, (years) => `every ${years === 1 ? 'year' : `${years} years`}`, 'short');
  if (style === 'short') return cycle;
  const requirement = resolveFact(r.requirement, r.sources, c);
  const req = describeResolved(requirement, asText, 'short');
  const words = isNoValue(req) ? cycle : isNoValue(cycle) ? req : `${cycle}: ${req}`;
  // Said once for the pair: which third parties the renewal rule rests on.
  const resting = [validity, requirement].flatMap((x) =>
    x.state === 'value' && x.restsOnThirdParties ? x.sources : [],
  );
  return resting.length > 0 ? `${words} (rests on third parties: ${sourceNames([...new Set(resting)])})` : words;
}

export function codesText(c: Credential): string | null {
  if (c.exam.codes.length === 0) return null;
  return c.exam.codes.map((code) => `${code.code}${isOlderCode(c, code.code) ? ' (former)' : ''}`).join(' · ');
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
  const required = requiredOf(c);
  if (required === null) return describeFact(c.prerequisites.required, c.prerequisites.sources, c, () => '');
  if (required === 'none') return 'none required';
  return alternativesPhrase(required.any_of, altLabel(namer));
}

/** Prerequisites in one short phrase, for a table cell. */
export function prerequisitesShort(c: Credential, namer: Namer): string {
  const required = requiredText(c, namer);
  const experience = simpleValue(c.prerequisites.experience);
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
