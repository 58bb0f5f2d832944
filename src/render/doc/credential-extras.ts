/** The longer parts of a credential card: domains, trust signals, coverage, events, related. */

import type { CredentialView } from '../../answer/types.js';
import { daysBetween } from '../../answer/utc-day.js';
import { eventDay, formatDate } from '../../catalog/fact-values.js';
import {
  type AssessmentKind,
  type Credential,
  type Depth,
  eventDateValues,
  type Relation,
} from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { describeResolved } from './describe-fact.js';
import type { FactItem, Line } from './doc-types.js';
import { eventLabel, relativeDays, sourceNames, todayOf } from './format-values.js';

type DomainItem = { name: string; weight: number | null };

function domainList(items: readonly DomainItem[]): string[] {
  return items.map((d) => (d.weight === null ? `${d.name} (weight not published)` : `${d.name} — ${d.weight}%`));
}

/** One line per exam domain with its weight; disagreement is said, not hidden. */
export function domainLines(v: CredentialView): string[] {
  const resolved = v.facts.domains;
  switch (resolved.state) {
    case 'unknown':
    case 'not-published':
    case 'not-applicable':
      return [describeResolved(resolved, () => '')];
    case 'value':
      return domainList(resolved.value);
    case 'disputed':
      return [
        'Sources disagree on the domains:',
        ...resolved.claims.map((claim) => `${sourceNames(claim.sources)}: ${domainList(claim.value).join('; ')}`),
      ];
  }
}

/** Domain weights only, "16/14/18/20/18/14", for a table cell. */
export function domainWeightsShort(v: CredentialView): string {
  const resolved = v.facts.domains;
  if (resolved.state !== 'value') {
    return resolved.state === 'disputed' ? 'sources disagree' : describeResolved(resolved, () => '', 'short');
  }
  const weights = resolved.value.map((d) => (d.weight === null ? '?' : String(d.weight)));
  return `${resolved.value.length} domains: ${weights.join('/')}${weights.includes('?') ? '' : ' %'}`;
}

export const yesNo = (value: boolean | null) => (value === null ? 'unknown' : value ? 'yes' : 'no');

const ASSESSMENT_LABELS: Record<AssessmentKind, string> = {
  'multiple-choice': 'multiple-choice exam',
  performance: 'hands-on performance exam',
  'course-assessment': 'assessment at the end of a course',
  portfolio: 'portfolio review',
  interview: 'interview',
};

export const formatAssessment = (kinds: readonly AssessmentKind[]) =>
  kinds.map((k) => ASSESSMENT_LABELS[k]).join(' and ');

export function assessmentLabel(v: CredentialView, style: 'card' | 'short' = 'short'): string {
  return describeResolved(v.facts.assessment, formatAssessment, style);
}

/** "DoD 8140: 20 work roles; Intermediate for 411 Technical Support Specialist, 421 …" from the matrix in force. */
export function dod8140Text(v: CredentialView, roles = 2): string | null {
  const d = v.dod8140;
  if (!d) return null;
  if (d.total === 0) return `DoD 8140: not listed (matrix V${d.version})`;
  const first = d.levels[0];
  const more =
    d.levels.length > 1
      ? `; also ${d.levels
          .slice(1)
          .map((l) => `${l.level} for ${l.roles.length}`)
          .join(', ')}`
      : '';
  const named = first
    ? `; ${first.level} for ${first.roles
        .slice(0, roles)
        .map((r) => `${r.code} ${r.title}`)
        .join(', ')}${first.roles.length > roles ? ' …' : ''}`
    : '';
  return `DoD 8140: ${d.total} work role${d.total === 1 ? '' : 's'}${named}${more}`;
}

export function recognitionText(v: CredentialView): string {
  const parts = v.credential.trust.recognition.map(
    (r) => `${r.framework}: ${r.status === 'not-listed' ? 'not listed' : r.status}`,
  );
  const dod = dod8140Text(v);
  if (dod) parts.unshift(dod);
  return parts.length === 0 ? 'unknown' : parts.join(' · ');
}

/** The seed's three questions to read past the badge, plus accreditation. Unknown stays unknown. */
export function trustItems(v: CredentialView): FactItem[] {
  const f = v.facts;
  const text = (value: string) => value;
  return [
    { label: 'Administered by', value: [describeResolved(f.administered_by, text, 'card')] },
    { label: 'Maintained by', value: [describeResolved(f.maintained_by, text, 'card')] },
    { label: 'Independently proctored', value: [describeResolved(f.independently_proctored, yesNo, 'card')] },
    { label: 'Assessment', value: [assessmentLabel(v, 'card')] },
    { label: 'Accreditation', value: [describeResolved(f.accreditation, text, 'card')] },
    { label: 'Recognised by', value: [recognitionText(v)] },
  ];
}

export function trustShort(v: CredentialView): string {
  const proctored = v.facts.independently_proctored;
  const proctoring =
    proctored.state !== 'value'
      ? 'proctoring unknown'
      : proctored.value
        ? 'independently proctored'
        : 'not independently proctored';
  return `${assessmentLabel(v)}; ${proctoring}`;
}

const DEPTH_LABELS: Record<Depth, string> = {
  'hands-on': 'Hands-on',
  conceptual: 'Conceptual',
  mentioned: 'Mentioned only',
};
export const DEPTH_ORDER: readonly Depth[] = ['hands-on', 'conceptual', 'mentioned'];

export function depthLabel(depth: Depth): string {
  return DEPTH_LABELS[depth];
}

/** "Hands-on: A, B" / "Conceptual: C" / "Mentioned only: D". */
export function coverageLines(c: Credential, namer: Namer): string[] {
  return DEPTH_ORDER.flatMap((depth) => {
    const topics = c.coverage.filter((entry) => entry.depth === depth).map((entry) => namer.topic(entry.topic));
    return topics.length > 0 ? [`${depthLabel(depth)}: ${topics.join(', ')}`] : [];
  });
}

/** Every dated event, oldest first, placed against today. */
export function eventLines(view: CredentialView, namer: Namer): string[] {
  const today = todayOf(view);
  return [...view.credential.events]
    .sort((a, b) => eventDay(a).localeCompare(eventDay(b)))
    .map((e) => {
      const day = eventDay(e);
      const values = eventDateValues(e.date);
      // A month reads as the month; dates sources disagree on are all shown.
      const when =
        values.length > 1 ? `${values.map(formatDate).join(' or ')} (sources disagree)` : formatDate(values[0] ?? day);
      const languages = e.dates_by_language.map((l) => `; ${l.languages.join(', ')} ${formatDate(l.date)}`).join('');
      const what = e.code ? `exam ${e.code}: ${eventLabel(e.kind)}` : eventLabel(e.kind);
      const others = e.replaced_by.filter((id) => id !== view.credential.id);
      const replaced =
        e.replaced_by_code !== undefined
          ? ` · ${e.replaced_by_code} replaces it`
          : others.length > 0
            ? ` · replaced by ${others.map(namer.credential).join(', ')}`
            : '';
      const note = e.note ? ` — ${e.note}` : '';
      return `${when}${languages} — ${what} (${relativeDays(daysBetween(today, day))})${replaced}${note}`;
    });
}

const RELATION_LABELS: Record<Relation, string> = {
  companion: 'Companion',
  successor: 'Succeeded by',
  'replaced-by': 'Replaced by',
  predecessor: 'Replaces',
  'stacks-with': 'Stacks with',
  'same-acronym': 'Same acronym as',
};

/** "Companion: AAIA, AAIR" / "Stacks with: CISM, CISSP". */
export function relatedLines(c: Credential, namer: Namer): string[] {
  const groups = new Map<Relation, string[]>();
  for (const r of c.related)
    groups.set(r.relation, [...(groups.get(r.relation) ?? []), namer.credential(r.credential)]);
  return [...groups].map(([relation, names]) => `${RELATION_LABELS[relation]}: ${names.join(', ')}`);
}

export function asLines(texts: readonly string[]): Line[] {
  return texts.map((text) => [text]);
}
