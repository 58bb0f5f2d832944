import type { CredentialView } from '../../answer/types.js';
import { eventDay, simpleValue } from '../../catalog/fact-values.js';
import type { Source } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import {
  asLines,
  assessmentLabel,
  coverageLines,
  domainLines,
  eventLines,
  relatedLines,
  trustItems,
} from './credential-extras.js';
import {
  codesText,
  costText,
  deliveryText,
  minutesText,
  passingText,
  questionsText,
  recertText,
  requiredText,
  staleText,
  statusText,
} from './credential-facts.js';
import { sourceListPart } from './describe-sources.js';
import { bold, type Doc, type Line, type Part, type SourceItem } from './doc-types.js';
import { factNoteLines } from './fact-notes.js';
import { clip, docChars } from './fit-text.js';
import { byRank, capitalize, sourceKindLabel, todayOf, trackLabel } from './format-values.js';

/** Sources strongest first; a publisher cited twice is numbered ("ISACA (2)"). */
export function sourceItems(sources: readonly Source[]): SourceItem[] {
  const seen = new Map<string, number>();
  return byRank(sources).map((s) => {
    const count = (seen.get(s.publisher) ?? 0) + 1;
    seen.set(s.publisher, count);
    const label = s.kind === 'seed' ? 'seed article' : count > 1 ? `${s.publisher} (${count})` : s.publisher;
    return { label, title: s.title, url: s.url, verified: s.verified, tier: sourceKindLabel(s.kind) };
  });
}

/** Warnings a credential's reader must see first: not active any more, or stale data. */
export function credentialWarnings(view: CredentialView, namer: Namer, idPrefix: string): Part[] {
  const parts: Part[] = [];
  const { state } = view.status;
  if (state === 'retired' || state === 'retiring' || state === 'last-day') {
    parts.push({ kind: 'warning', id: `${idPrefix}_status`, line: [bold(statusText(view, namer))] });
  }
  if (view.stale) parts.push({ kind: 'warning', id: `${idPrefix}_stale`, line: [staleText(view)] });
  return parts;
}

function optionalLine(label: string, value: string | null): Line[] {
  return value ? [[bold(label), ' ', value]] : [];
}

function knowledgeNote(view: CredentialView): Part[] {
  const lines = factNoteLines(view);
  return lines.length > 0 ? [{ kind: 'note', id: 'card_knowledge', lines }] : [];
}

/** The facts the summary card shows, for its note on what rests on third parties or is unknown. */
const SUMMARY_FACTS = ['questions', 'minutes', 'passing', 'prices', 'required'] as const;

/** A credential as a summary card and the rest, one tap (or `--full`) away. */
export interface CredentialDoc {
  summary: Doc;
  details: Doc;
}

/** One warning for the summary: retired (or retiring) and stale said together, to save a block. */
function summaryWarning(view: CredentialView, namer: Namer): Part[] {
  const lines = credentialWarnings(view, namer, 'card').flatMap((p) => (p.kind === 'warning' ? [p.line] : []));
  if (lines.length === 0) return [];
  return [{ kind: 'warning', id: 'card_status', line: lines.flatMap((l, i) => (i === 0 ? l : [' · ', ...l])) }];
}

function asOf(view: CredentialView): string {
  return `As of ${view.credential.verified}${view.stale ? ' (may be stale)' : ''}`;
}

/** "A, B and 2 more": as many audiences as fit in `max` characters, the rest counted (at least one shown). */
function audienceText(audience: readonly string[], max: number): string {
  const shown: string[] = [];
  for (const a of audience) {
    if (shown.length > 0 && [...shown, a].join(', ').length > max) break;
    shown.push(a);
  }
  const rest = audience.length - shown.length;
  const text = clip(shown.join(', '), max);
  return rest > 0 ? `${text} and ${rest} more` : text;
}

/** How compact a summary is written: the first that fits the budget is used. */
interface Compactness {
  caveat: number;
  audience: number;
  style: 'card' | 'short';
}

const COMPACTNESS: readonly Compactness[] = [
  { caveat: 240, audience: 120, style: 'card' },
  { caveat: 160, audience: 80, style: 'card' },
  { caveat: 120, audience: 60, style: 'short' },
];

/**
 * Characters a summary shows, counted over its strings: the budget keeps room under the 1,000 visible
 * characters a card may show for the words the surfaces add (labels' markup, "· 9 more under More details").
 */
export const SUMMARY_BUDGET = 880;

/**
 * The card: name and status; questions, time, passing score, cost and prerequisites; who it is for; the
 * first caveat (the catalog lists caveats most important first); the strongest source, the rest counted.
 * Written as compactly as it must be to stay within the budget.
 */
function credentialSummary(view: CredentialView, namer: Namer): Doc {
  let doc: Doc = [];
  for (const compact of COMPACTNESS) {
    doc = summaryAt(view, namer, compact);
    if (docChars(doc) <= SUMMARY_BUDGET) break;
  }
  return doc;
}

function summaryAt(view: CredentialView, namer: Namer, compact: Compactness): Doc {
  const c = view.credential;
  const active = !['retired', 'retiring', 'last-day'].includes(view.status.state);
  const launched = c.events.find((e) => e.kind === 'launched' && e.code === undefined && eventDay(e) <= todayOf(view));
  const status = statusText(view, namer);
  const lead: Line[] = [
    ...(active ? [[bold(status), launched && status === 'Active' ? ` since ${eventDay(launched)}` : '']] : []),
    [`${view.issuer.name} · ${trackLabel(c.track)} track · ${c.level}`],
  ];
  const [strongest, ...others] = sourceItems(c.sources);
  const caveat = c.caveats[0];
  const more = c.caveats.length > 1 ? ` (1 of ${c.caveats.length} caveats)` : '';
  return [
    { kind: 'title', id: 'card_title', text: `${c.acronym} — ${c.name}` },
    ...summaryWarning(view, namer),
    {
      kind: 'facts',
      id: 'card_exam',
      lead,
      items: [
        { label: 'Questions', value: [questionsText(view, compact.style)] },
        { label: 'Time', value: [minutesText(view, compact.style)] },
        { label: 'Passing score', value: [passingText(view, compact.style)] },
        { label: 'Cost', value: [costText(view, compact.style)] },
        { label: 'Prerequisites', value: [capitalize(requiredText(view, namer, compact.style))] },
        { label: "Who it's for", value: [audienceText(c.audience, compact.audience)] },
      ],
    },
    ...(caveat
      ? [
          {
            kind: 'para',
            id: 'card_caveat',
            lines: [[bold('Caveat:'), ' ', clip(caveat.text, compact.caveat), more]],
          } satisfies Part,
        ]
      : []),
    {
      kind: 'sources',
      id: 'card_sources',
      items: strongest ? [strongest] : [],
      more: others.length,
      notes: factNoteLines(view, SUMMARY_FACTS),
      asOf: asOf(view),
    },
  ];
}

/** Everything the card leaves out: what it validates, the other facts, domains, trust, coverage, dates, all sources. */
function credentialDetails(view: CredentialView, namer: Namer): Doc {
  const c = view.credential;
  const details: Line[] = [
    ...optionalLine('Experience:', simpleValue(c.prerequisites.experience)),
    ...optionalLine('Recommended:', simpleValue(c.prerequisites.recommended)),
    [bold('Delivery:'), ' ', capitalize(deliveryText(view))],
    [bold('Assessment:'), ' ', capitalize(assessmentLabel(view))],
    [bold('Recertification:'), ' ', capitalize(recertText(view))],
    ...optionalLine('Exam code:', codesText(view)),
  ];
  const doc: Doc = [
    { kind: 'title', id: 'details_title', text: `${c.acronym} — more details` },
    { kind: 'para', id: 'details_about', lines: [[c.validates], ...details] },
    ...knowledgeNote(view),
    {
      kind: 'list',
      id: 'card_domains',
      title: 'Domains',
      ...(c.domains.outline ? { intro: c.domains.outline } : {}),
      items: asLines(domainLines(view)),
    },
    { kind: 'facts', id: 'card_trust', title: 'Trust signals', items: trustItems(view) },
  ];
  const optional: [string, string, string[]][] = [
    ['card_coverage', 'Topic coverage', coverageLines(c, namer)],
    ['card_events', 'Dated events', eventLines(view, namer)],
    ['card_related', 'Related', relatedLines(c, namer)],
    ['card_caveats', 'Caveats', c.caveats.map((caveat) => caveat.text)],
  ];
  for (const [id, title, lines] of optional) {
    if (lines.length > 0) doc.push({ kind: 'list', id, title, items: asLines(lines) });
  }
  doc.push(sourceListPart(c, 'details_sources', 'Sources, strongest first'));
  doc.push({ kind: 'note', id: 'details_asof', lines: [[asOf(view)]] });
  return doc;
}

/** A credential's card (the summary) and its details. */
export function describeCredential(view: CredentialView, namer: Namer): CredentialDoc {
  return { summary: credentialSummary(view, namer), details: credentialDetails(view, namer) };
}
