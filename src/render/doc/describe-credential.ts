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
import { bold, type Doc, type Line, type Part, type SourceItem } from './doc-types.js';
import { factNoteLines } from './fact-notes.js';
import { byRank, capitalize, todayOf, trackLabel } from './format-values.js';

/** Sources strongest first; a publisher cited twice is numbered ("ISACA (2)"). */
export function sourceItems(sources: readonly Source[]): SourceItem[] {
  const seen = new Map<string, number>();
  return byRank(sources).map((s) => {
    const count = (seen.get(s.publisher) ?? 0) + 1;
    seen.set(s.publisher, count);
    const label = s.kind === 'seed' ? 'seed article' : count > 1 ? `${s.publisher} (${count})` : s.publisher;
    return { label, title: s.title, url: s.url, verified: s.verified };
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

/** The full card of one credential. */
export function describeCredential(view: CredentialView, namer: Namer): Doc {
  const c = view.credential;
  const active = !['retired', 'retiring', 'last-day'].includes(view.status.state);
  const launched = c.events.find((e) => e.kind === 'launched' && e.code === undefined && eventDay(e) <= todayOf(view));
  const status = statusText(view, namer);
  const intro: Line[] = [
    ...(active ? [[bold(status), launched && status === 'Active' ? ` since ${eventDay(launched)}` : '']] : []),
    [`${view.issuer.name} · ${trackLabel(c.track)} track · ${c.level}`],
    [c.validates],
  ];
  const details: Line[] = [
    [bold("Who it's for:"), ' ', c.audience.join(', ')],
    [bold('Prerequisites:'), ' ', capitalize(requiredText(view, namer))],
    ...optionalLine('Experience:', simpleValue(c.prerequisites.experience)),
    ...optionalLine('Recommended:', simpleValue(c.prerequisites.recommended)),
    [bold('Delivery:'), ' ', capitalize(deliveryText(view))],
    [bold('Assessment:'), ' ', capitalize(assessmentLabel(view))],
    [bold('Recertification:'), ' ', capitalize(recertText(view))],
  ];
  const codes = codesText(view);
  const doc: Doc = [
    { kind: 'title', id: 'card_title', text: `${c.acronym} — ${c.name}` },
    ...credentialWarnings(view, namer, 'card'),
    { kind: 'para', id: 'card_intro', lines: intro },
    {
      kind: 'facts',
      id: 'card_exam',
      items: [
        { label: 'Questions', value: [questionsText(view)] },
        { label: 'Time', value: [minutesText(view)] },
        { label: 'Passing score', value: [passingText(view)] },
        { label: 'Cost', value: [costText(view)] },
        ...(codes ? [{ label: 'Exam code', value: [codes] }] : []),
      ],
    },
    { kind: 'para', id: 'card_details', lines: details },
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
  doc.push({
    kind: 'sources',
    id: 'card_sources',
    items: sourceItems(c.sources),
    asOf: `As of ${c.verified}${view.stale ? ' (may be stale)' : ''}`,
  });
  return doc;
}
