import type { AnswerOf, DatedChange } from '../../answer/types.js';
import { MONTH_NAMES } from '../../catalog/fact-values.js';
import type { EventKind } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { statusText } from './credential-facts.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { eventLabel, plural, relativeDays } from './format-values.js';

/** What a change is about: the credential, and the exam code when it is about one ("CySA+ CS0-003", "MLA-C01 exam MLA-C02"). */
export function changeSubject(change: DatedChange, namer: Namer): string {
  const name = namer.credential(change.credentialId);
  if (!change.code || name.includes(change.code)) return name;
  // A credential named by an exam code (MLA-C01) says "exam" before another code: "MLA-C01 exam MLA-C02".
  return /\d/.test(name) ? `${name} exam ${change.code}` : `${name} ${change.code}`;
}

/** What replaces it: the code that replaces an exam code, else the credentials (never the credential itself). */
function replacedText(change: DatedChange, namer: Namer): string {
  const code = change.code ? change.event.replaced_by_code : undefined;
  if (code) return ` · replaced by ${code}`;
  const others = change.replacedBy.filter((id) => !change.code || id !== change.credentialId);
  return others.length > 0 ? ` · replaced by ${others.map(namer.credential).join(', ')}` : '';
}

/**
 * "2026-03-31 (in 127 days) — MLS-C01: last day to sit the exam · replaced by MLA-C01, AIF-C01"; for an
 * exam code: "2026-12-22 (in 21 days) — CySA+ CS0-003: retired · replaced by CS0-004".
 */
export function changeLine(change: DatedChange, namer: Namer): Line {
  const note = change.note ? ` — ${change.note}` : '';
  return [
    bold(change.date),
    ` (${relativeDays(change.days)}) — `,
    bold(changeSubject(change, namer)),
    `: ${eventLabel(change.kind)}${replacedText(change, namer)}${note}`,
  ];
}

/** "2026-12" → "December 2026". */
function monthName(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1] ?? yearMonth} ${y}`;
}

/** Headings for the kinds of change people ask about together ("what's retiring", "what launched"). */
const KIND_HEADINGS: Record<string, string> = {
  'last-exam retired': 'Retirements and last exam days',
  launched: 'Launches',
  'beta-ends beta-starts': 'Betas',
  'outline-change': 'New exam outlines',
  'price-change': 'Price changes',
  'version-change': 'New exam versions',
};

/** The heading for the kinds asked: a known group's name, else their labels ("Launched, retired"). */
function kindsHeading(kinds: readonly EventKind[]): string {
  const known = KIND_HEADINGS[[...new Set(kinds)].sort().join(' ')];
  if (known) return known;
  const labels = [...new Set(kinds.map(eventLabel))].join(', ');
  return `${labels.charAt(0).toUpperCase()}${labels.slice(1)}`;
}

export function describeDeadlines(answer: AnswerOf<'deadlines'>, namer: Namer): Doc {
  const { scope, horizonDays } = answer;
  const names = scope.credentials.map((v) => namer.credential(v.credential.id));
  const kinds = answer.kinds ? kindsHeading(answer.kinds) : null;
  // The range asked about: a month ("December 2026") or a calendar year.
  const period =
    answer.month !== undefined ? monthName(answer.month) : answer.year !== undefined ? String(answer.year) : null;
  const year = period !== null ? ` in ${period}` : '';
  const title = scope.issuer
    ? `${scope.issuer.name}: dated changes${year}`
    : names.length > 0
      ? `Dated changes: ${names.join(', ')}`
      : answer.examVersions
        ? `New and retiring exam versions${year}`
        : kinds
          ? `${kinds}${year}`
          : year
            ? `Dated changes${year}`
            : 'Exam changes coming up';
  const window = period !== null ? `in ${period} from today on` : `in the next ${horizonDays} days`;
  const doc: Doc = [{ kind: 'title', id: 'deadlines_title', text: title }];
  if (scope.credentials.length > 0) {
    doc.push({
      kind: 'list',
      id: 'deadlines_status',
      title: 'Status today',
      items: scope.credentials.map((v): Line => [bold(namer.credential(v.credential.id)), `: ${statusText(v, namer)}`]),
    });
  }
  const pastOnly = answer.past === true && answer.recent.length + (answer.latest?.length ?? 0) > 0;
  if (!pastOnly)
    doc.push(
      answer.upcoming.length > 0
        ? {
            kind: 'list',
            id: 'deadlines_upcoming',
            title: `${period !== null ? `Rest of ${period}` : `Next ${horizonDays} days`}: ${plural(answer.upcoming.length, 'change')}`,
            items: answer.upcoming.map((c) => changeLine(c, namer)),
          }
        : { kind: 'para', id: 'deadlines_upcoming', lines: [[`Nothing dated ${window}.`]] },
    );
  if (answer.recent.length > 0) {
    doc.push({
      kind: 'list',
      id: 'deadlines_recent',
      title: period !== null || answer.kinds ? 'Already happened' : 'Recently',
      items: answer.recent.map((c) => changeLine(c, namer)),
    });
  }
  const latest = answer.latest ?? [];
  if (latest.length > 0) {
    doc.push({
      kind: 'list',
      id: 'deadlines_latest',
      title: 'Most recent changes',
      items: latest.map((c) => changeLine(c, namer)),
    });
  }
  const verified = [...scope.credentials.map((v) => v.credential.verified)].sort()[0];
  doc.push({
    kind: 'note',
    id: 'deadlines_note',
    lines: [
      [
        'Dates come from each credential’s sources',
        verified ? `, as of ${verified}` : '',
        '. On a last-exam date the exam can still be taken; from the next day it is retired.',
      ],
    ],
  });
  return doc;
}
