/**
 * "What can I take with a CISSP?" on a phone: the verdict in one sentence, then what the asker's
 * credentials unlock, then what needs no prerequisite (by track, one line each), then what is still
 * closed and, on a line of its own, what nobody published prerequisites for: never listed as open.
 */

import type { AnswerOf, CredentialView, EligibilityAlternative } from '../../answer/types.js';
import { simpleValue } from '../../catalog/fact-values.js';
import type { Source } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { statusShort } from './credential-facts.js';
import { bold, code, type Doc, type Line } from './doc-types.js';
import { bareLabel, heldMeeting, needsPhrase } from './eligibility-phrases.js';
import { byRank, capitalize, joinAnd, plural, sourceLabel, TRACK_ORDER, trackLabel } from './format-values.js';

type EligibleFor = Extract<AnswerOf<'eligibility'>, { target: null }>;
type Unlocked = EligibleFor['eligibleFor']['unlocked'][number];

/** A condition on an outside qualification ("with an IT audit or IT advisory role focus"), when every way in has one. */
function conditionOf(item: Unlocked): string | null {
  const notes = item.via.map((a) => ('credential' in a.alt ? null : (a.alt.note ?? null)));
  return notes.every((n) => n !== null) ? (notes[0] ?? null) : null;
}

/** The held names that unlock something, in the order the asker gave them. */
function openingHeld(answer: EligibleFor): string[] {
  return heldMeeting(
    answer.held,
    answer.eligibleFor.unlocked.flatMap((u) => u.via),
  );
}

function openCount(answer: EligibleFor, more: boolean): string {
  const n = answer.eligibleFor.open.length;
  const ai = answer.aiOnly ? 'AI ' : '';
  if (n === 0) return `nothing else ${ai ? 'about AI ' : ''}in the catalog is open without a prerequisite`;
  return `${plural(n, `${more ? 'more ' : ''}${ai}credential`)} ${n === 1 ? 'needs' : 'need'} no prerequisite`;
}

/** "Your CISSP opens AAISM; 13 more credentials need no prerequisite." */
export function eligibleForVerdict(answer: EligibleFor, namer: Namer): string {
  const { unlocked } = answer.eligibleFor;
  const held = answer.held.map((h) => h.label);
  if (unlocked.length > 0) {
    const by = openingHeld(answer);
    const opened = unlocked.map((u) => {
      const condition = conditionOf(u);
      return `${namer.credential(u.view.credential.id)}${condition ? ` (${condition})` : ''}`;
    });
    const who = by.length > 0 ? `Your ${joinAnd(by)} ${by.length === 1 ? 'opens' : 'open'}` : 'You can sit';
    return `${who} ${joinAnd(opened)}; ${openCount(answer, true)}.`;
  }
  const open = openCount(answer, false);
  const anyOf = answer.eligibleFor.open.length > 0 ? ': you can sit any of them' : '';
  if (held.length === 0) return `${capitalize(open)}${anyOf}.`;
  return `Nothing in the catalog lists ${joinAnd(held)} as a way in, but ${open}${anyOf}.`;
}

/** "your CISSP qualifies while active", "your CIA qualifies with an IT audit or IT advisory role focus". */
function viaText(via: readonly EligibilityAlternative[], answer: EligibleFor, namer: Namer): string {
  const first = via[0];
  if (!first) return '';
  const id = 'credential' in first.alt ? first.alt.credential : first.alt.qualification;
  const name = answer.held.find((h) => h.held.id === id)?.label ?? bareLabel(first, namer);
  const tail =
    'credential' in first.alt ? (first.alt.active ? ' while active' : '') : first.alt.note ? ` ${first.alt.note}` : '';
  return `your ${name} qualifies${tail}`;
}

/** One line per credential: acronym, name, issuer, level, and only the flags that matter. */
function itemLine(view: CredentialView, extra: readonly string[] = []): Line {
  const c = view.credential;
  const flags = [
    view.issuer.name,
    c.level,
    ...(view.status.state === 'active' ? [] : [statusShort(view)]),
    ...extra,
    ...(view.stale ? [`checked ${view.verifiedDaysAgo} days ago, may be stale`] : []),
  ];
  return [bold(c.acronym), ` — ${c.name} · ${flags.join(' · ')}`];
}

function openParts(answer: EligibleFor): Doc {
  const { open } = answer.eligibleFor;
  if (open.length === 0) return [];
  const doc: Doc = [{ kind: 'para', id: 'eligibility_open', lines: [[bold('No prerequisite required')]] }];
  for (const track of TRACK_ORDER) {
    const items = open.filter((v) => v.credential.track === track);
    if (items.length === 0) continue;
    doc.push({
      kind: 'list',
      id: `eligibility_open_${track}`,
      title: trackLabel(track),
      // With nothing required to sit the exam, an experience rule can only be about certifying.
      items: items.map((v) =>
        itemLine(v, simpleValue(v.credential.prerequisites.experience) ? ['certifying needs experience'] : []),
      ),
    });
  }
  return doc;
}

/**
 * Many credentials, many sources: the issuers and the seed by name, third parties counted, so the line
 * stays a line. "Sources: ISACA, ISC2, the seed article and 16 third-party pages".
 */
function sourcesText(sources: EligibleFor['sources']): string {
  const isThirdParty = (s: Source) => s.kind === 'third-party' || s.kind === 'blog';
  const named = [...new Set(byRank(sources.filter((s) => !isThirdParty(s))).map(sourceLabel))];
  const others = new Set(sources.filter(isThirdParty).map((s) => s.url ?? s.title)).size;
  return joinAnd([...named, ...(others > 0 ? [plural(others, 'third-party page')] : [])]);
}

function asOf(views: readonly CredentialView[]): string {
  const dates = [...new Set(views.map((v) => v.credential.verified))].sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first === last ? `as of ${first}` : `as of ${first} to ${last}`;
}

export function describeEligibleFor(answer: EligibleFor, namer: Namer): Doc {
  const { unlocked, notYet, notPublished } = answer.eligibleFor;
  const held = answer.held.map((h) => h.label);
  const doc: Doc = [
    {
      kind: 'title',
      id: 'eligibility_title',
      text: `${answer.aiOnly ? 'AI credentials you' : 'What you'} can sit${held.length > 0 ? ` with ${joinAnd(held)}` : ''}`,
    },
    { kind: 'para', id: 'eligibility_verdict', lines: [[bold(eligibleForVerdict(answer, namer))]] },
  ];
  if (unlocked.length > 0) {
    const by = openingHeld(answer);
    doc.push({
      kind: 'list',
      id: 'eligibility_unlocked',
      title: by.length > 0 ? `Unlocked by your ${joinAnd(by)}` : 'Unlocked by what you hold',
      items: unlocked.map((u) => itemLine(u.view, [viaText(u.via, answer, namer)])),
    });
  }
  doc.push(...openParts(answer));
  if (notYet.length > 0) {
    doc.push({
      kind: 'list',
      id: 'eligibility_not_yet',
      title: held.length > 0 ? 'Not open to you yet' : 'Need a credential first',
      items: notYet.map(
        (n): Line => [bold(n.view.credential.acronym), ` — needs ${needsPhrase(n.alternatives, namer)}`],
      ),
    });
  }
  if (notPublished.length > 0) {
    doc.push({
      kind: 'para',
      id: 'eligibility_not_published',
      lines: [
        [
          bold('Prerequisites not published'),
          ` (so not listed as open): ${notPublished.map((v) => namer.credential(v.credential.id)).join(', ')}`,
        ],
      ],
    });
  }
  const example = unlocked[0]?.view ?? notYet[0]?.view ?? answer.eligibleFor.open[0];
  if (example) {
    doc.push({
      kind: 'note',
      id: 'eligibility_hint',
      lines: [
        [
          'For one credential’s ways in and experience rules, ask ',
          code(`what do I need before ${namer.credential(example.credential.id)}`),
          '.',
        ],
      ],
    });
  }
  const listed = [...unlocked.map((u) => u.view), ...answer.eligibleFor.open, ...notYet.map((n) => n.view)];
  if (answer.sources.length > 0 && listed.length > 0) {
    doc.push({
      kind: 'note',
      id: 'eligibility_sources',
      lines: [[`Sources: ${sourcesText(answer.sources)} · ${asOf(listed)}`]],
    });
  }
  return doc;
}
