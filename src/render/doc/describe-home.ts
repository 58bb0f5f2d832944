import type { CredentialView, DatedChange } from '../../answer/types.js';
import { createNamer } from './create-namer.js';
import { statusShort } from './credential-facts.js';
import { changeLine } from './describe-deadlines.js';
import { examplesPart } from './describe-help.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { TRACK_ORDER, trackLabel } from './format-values.js';

export interface HomeInput {
  upcoming: DatedChange[];
  views: CredentialView[];
  examples: string[];
  /** How to name a credential id in a sentence. */
  names: (id: string) => string;
  /** The window `upcoming` covers, for the heading (default 90). */
  horizonDays?: number;
}

/** The App Home: what changes soon, the catalog by track, and how to ask. */
export function describeHome(input: HomeInput): Doc {
  const byId = new Map(input.views.map((v) => [v.credential.id, v.credential]));
  const namer = createNamer(input.views, { credential: (id) => byId.get(id), credentialLabel: input.names });
  const horizon = input.horizonDays ?? 90;
  const doc: Doc = [
    { kind: 'title', id: 'home_title', text: 'certdesk: security certifications, sourced' },
    {
      kind: 'para',
      id: 'home_intro',
      lines: [
        [
          'Ask with ',
          bold('/cert'),
          ' in any channel, mention ',
          bold('@certdesk'),
          ', or message me here. Answers stay private until you share them.',
        ],
      ],
    },
    { kind: 'divider', id: 'home_div_1' },
    { kind: 'title', id: 'home_upcoming_title', text: `Coming up in the next ${horizon} days` },
    input.upcoming.length > 0
      ? { kind: 'list', id: 'home_upcoming', items: input.upcoming.map((c) => changeLine(c, namer)) }
      : { kind: 'para', id: 'home_upcoming', lines: [[`Nothing dated in the next ${horizon} days.`]] },
    { kind: 'divider', id: 'home_div_2' },
    { kind: 'title', id: 'home_catalog_title', text: `The catalog: ${input.views.length} credentials` },
  ];
  for (const track of TRACK_ORDER) {
    const views = input.views
      .filter((v) => v.credential.track === track)
      .sort((a, b) => a.credential.acronym.localeCompare(b.credential.acronym));
    if (views.length === 0) continue;
    doc.push({
      kind: 'list',
      id: `home_track_${track}`,
      title: trackLabel(track),
      items: views.map((v): Line => {
        const state = v.status.state === 'active' ? '' : ` · _${statusShort(v)}_`;
        return [bold(namer.credential(v.credential.id)), ` — ${v.credential.name} · ${v.issuer.name}`, state];
      }),
    });
  }
  doc.push(
    { kind: 'divider', id: 'home_div_3' },
    { kind: 'title', id: 'home_ask_title', text: 'How to ask' },
    ...examplesPart(input.examples, 'home_examples', 'For example'),
  );
  const stale = input.views.filter((v) => v.stale).length;
  doc.push({
    kind: 'note',
    id: 'home_note',
    lines: [
      [
        'Every answer names its sources and the date they were checked',
        stale > 0 ? `; ${stale} ${stale === 1 ? 'entry is' : 'entries are'} due for review and say so.` : '.',
      ],
    ],
  });
  return doc;
}
