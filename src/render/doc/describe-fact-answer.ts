/**
 * A fact answer: the asked field(s) of each named credential, one to four lines each, with the date the
 * entry was checked and the source behind the field. What the catalog does not hold is said honestly,
 * with the issuer's page and what certdesk can answer instead.
 */

import type { FactField, NotHeldField } from '../../answer/read-fact-fields.js';
import type { AnswerOf, CredentialView } from '../../answer/types.js';
import type { Credential } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { assessmentLabel, domainLines, eventLines, recognitionText } from './credential-extras.js';
import {
  codesText,
  costText,
  deliveryText,
  minutesText,
  passingText,
  questionsText,
  recertText,
  requiredText,
  statusText,
} from './credential-facts.js';
import { describeResolved, NOT_IN_SOURCES } from './describe-fact.js';
import { bold, code, type Doc, type Line, link } from './doc-types.js';
import { clip, docChars } from './fit-text.js';
import { byRank, capitalize, joinAnd, sourceLabel } from './format-values.js';

type FactAnswer = AnswerOf<'fact'>;

export const FIELD_LABELS: Record<FactField, string> = {
  cost: 'Cost',
  questions: 'Questions',
  minutes: 'Exam length',
  passing: 'Passing score',
  format: 'Format',
  delivery: 'Delivery',
  languages: 'Languages',
  domains: 'Domains',
  prerequisites: 'Prerequisites',
  validity: 'Valid for',
  renewal: 'Renewal',
  dates: 'Dates',
  recognition: 'Recognition',
  runs: 'Run by',
  register: 'Where to register',
  codes: 'Exam code',
};

const NOT_HELD_LABELS: Record<NotHeldField, string> = {
  'pass-rate': 'pass rates',
  salary: 'salaries',
  difficulty: 'difficulty ratings',
  study: 'study guides or courses',
  jobs: 'job-market figures',
  policies: 'retake and score-report policies',
};

const asText = (v: string) => v;

/** The field's value in words: at most four lines. */
function fieldLines(view: CredentialView, field: FactField, namer: Namer): string[] {
  const c = view.credential;
  const f = view.facts;
  switch (field) {
    case 'cost':
      return [costText(view, 'full'), ...(c.cost.note ? [c.cost.note] : [])];
    case 'questions':
      return [questionsText(view, 'full')];
    case 'minutes':
      return [minutesText(view, 'full')];
    case 'passing':
      return [passingText(view, 'full')];
    case 'format':
      return [`${capitalize(describeResolved(f.item_types, asText))} (${assessmentLabel(view)})`];
    case 'delivery':
      return [capitalize(deliveryText(view, 'full'))];
    case 'languages':
      return [capitalize(describeResolved(f.languages, (v) => v.join(', ')))];
    case 'domains': {
      const lines = domainLines(view);
      return lines.slice(0, 4).concat(lines.length > 4 ? ['…'] : []);
    }
    case 'prerequisites': {
      const exp = f.experience.state === 'value' ? f.experience.value : null;
      // "None required" alone would hide an experience requirement (CISSP's five years).
      if (exp && f.required.state === 'value' && f.required.value === 'none') {
        return [`No other credential required; experience: ${exp}`];
      }
      return [capitalize(requiredText(view, namer, 'full')), ...(exp ? [`Experience: ${exp}`] : [])];
    }
    case 'validity':
      return [
        capitalize(
          describeResolved(f.validity_years, (y) => (y === 1 ? '1 year, then renewed' : `${y} years, then renewed`)),
        ),
      ];
    case 'renewal':
      return [capitalize(recertText(view, 'full'))];
    case 'dates': {
      const events = eventLines(view, namer);
      return [statusText(view, namer), ...(events.length > 0 ? events.slice(-3) : ['No dated events recorded'])];
    }
    case 'recognition':
      return [recognitionText(view), `Accreditation: ${describeResolved(f.accreditation, asText, 'short')}`];
    case 'runs':
      return [
        `${view.issuer.name} issues it; administered by ${describeResolved(f.administered_by, asText, 'short')}, maintained by ${describeResolved(f.maintained_by, asText, 'short')}`,
      ];
    case 'register':
      return [`Start at ${view.issuer.name}: ${view.issuer.url}`];
    case 'codes':
      return [codesText(view) ?? 'No exam code (no exam)'];
  }
}

/**
 * "As of 2026-11-24 · source: ISACA", then the source's address on a line of its own (long addresses
 * would not wrap inside a sentence in a terminal).
 */
function asOfLines(answer: FactAnswer, c: Credential, field: FactField, label?: string): Line[] {
  const resolved = answer.facts.find((f) => f.credential === c.id && f.field === field);
  const best = byRank(resolved?.sources ?? [])[0];
  const head = `${label ? `${label}: ` : ''}As of ${c.verified}`;
  if (!best) return [[head]];
  return [[`${head} · source: ${sourceLabel(best)}`], ...(best.url ? [[link(best.url, best.url)]] : [])];
}

function notHeldLines(
  view: CredentialView,
  notHeld: readonly NotHeldField[],
  notes: FactAnswer['notHeldNotes'],
): Line[] {
  const c = view.credential;
  const what = joinAnd(notHeld.map((n) => NOT_HELD_LABELS[n]));
  const lines: Line[] = [
    [`certdesk does not hold ${what} for ${c.acronym}.`],
    ...notes
      .filter((n) => n.credential === c.id)
      .map((n): Line => {
        const src = byRank(n.sources)[0];
        return [n.text, ...(src ? [` (${sourceLabel(src)})`] : [])];
      }),
    [`Check ${view.issuer.name}'s page: `, link(view.issuer.url, view.issuer.url)],
  ];
  if (notHeld.includes('difficulty')) {
    lines.splice(1, 0, [
      'No source rates difficulty; the level, exam length and prerequisites below are what the catalog holds.',
    ]);
  }
  return lines;
}

/** How much of each asked field is said: its first line and up to `count` more, each cut to a length. */
interface FactLimits {
  first: number;
  rest: number;
  count: number;
}

const FACT_LIMITS: readonly FactLimits[] = [
  { first: Number.POSITIVE_INFINITY, rest: Number.POSITIVE_INFINITY, count: 3 },
  { first: 300, rest: 160, count: 3 },
  { first: 240, rest: 120, count: 2 },
  { first: 200, rest: 100, count: 1 },
  { first: 160, rest: 0, count: 0 },
];

/**
 * Characters a fact answer says (its strings), with room under the 600 visible characters it may show for
 * what the surface adds; the rest of a long value is in the credential's card, a button away.
 */
export const FACT_BUDGET = 480;

/** A fact answer, written as compactly as it must be to stay within the budget. */
export function describeFactAnswer(answer: FactAnswer, namer: Namer): Doc {
  let doc: Doc = [];
  for (const limits of FACT_LIMITS) {
    doc = describeFactAt(answer, namer, limits);
    if (docChars(doc) <= FACT_BUDGET * answer.subjects.length) break;
  }
  return doc;
}

function describeFactAt(answer: FactAnswer, namer: Namer, limits: FactLimits): Doc {
  const { fields, offered } = answer;
  const asked = [...fields.map((f) => FIELD_LABELS[f].toLowerCase()), ...answer.notHeld.map((n) => NOT_HELD_LABELS[n])];
  const names = joinAnd(answer.subjects.map((v) => namer.credential(v.credential.id)));
  const doc: Doc = [{ kind: 'title', id: 'fact_title', text: `${names}: ${joinAnd(asked)}` }];
  const shown = fields.length > 0 ? fields : offered;
  for (const [i, view] of answer.subjects.entries()) {
    const c = view.credential;
    const lines: Line[] = [];
    if (answer.subjects.length > 1) lines.push([bold(namer.credentialLong(c.id))]);
    if (answer.notHeld.length > 0) lines.push(...notHeldLines(view, answer.notHeld, answer.notHeldNotes));
    if (fields.length === 0 && shown.length > 0) lines.push([bold('What certdesk does hold:')]);
    for (const field of shown) {
      const [first, ...rest] = fieldLines(view, field, namer);
      lines.push([bold(`${FIELD_LABELS[field]}:`), ' ', clip(first ?? NOT_IN_SOURCES, limits.first)]);
      // Offered facts get one line each; asked facts up to four.
      if (fields.length > 0) for (const r of rest.slice(0, limits.count)) lines.push([clip(r, limits.rest)]);
    }
    doc.push({ kind: 'para', id: `fact_${i}`, lines });
    const notes: Line[] =
      shown.length === 1
        ? asOfLines(answer, c, shown[0] ?? 'cost')
        : shown.flatMap((f) => asOfLines(answer, c, f, FIELD_LABELS[f]));
    if (fields.length > 0 && notes.length > 0) doc.push({ kind: 'note', id: `fact_${i}_asof`, lines: notes });
    else doc.push({ kind: 'note', id: `fact_${i}_asof`, lines: [[`As of ${c.verified}`]] });
  }
  const first = answer.subjects[0]?.credential.acronym.toLowerCase() ?? '';
  if (first) {
    doc.push({
      kind: 'note',
      id: 'fact_more',
      lines: [['Everything about it: ', code(first)]],
    });
  }
  return doc;
}

/** One sentence for notifications: "AAISM cost: $599 non-member, …". */
export function summarizeFact(answer: FactAnswer, namer: Namer): string {
  const parts = answer.subjects.map((view) => {
    const name = namer.credential(view.credential.id);
    if (answer.fields.length === 0)
      return `certdesk does not hold ${joinAnd(answer.notHeld.map((n) => NOT_HELD_LABELS[n]))} for ${name}`;
    return answer.fields
      .map((f) => `${name} ${FIELD_LABELS[f].toLowerCase()}: ${fieldLines(view, f, namer)[0] ?? NOT_IN_SOURCES}`)
      .join('; ');
  });
  return `${parts.join('. ')}.`;
}
