import type { CredentialView } from '../../answer/types.js';
import type { Credential } from '../../catalog/schema.js';
import { staleText } from './credential-facts.js';
import { bold, type Doc, type Line, link, type Part } from './doc-types.js';
import { byRank, sourceKindLabel } from './format-values.js';

/** Which parts of the entry cite a source: "exam format, cost". */
function backs(c: Credential, sourceId: string): string[] {
  const groups: [string, readonly string[]][] = [
    ['summary', c.summary_sources],
    ['exam format', c.exam.sources],
    ['cost', c.cost.sources],
    ['domains', c.domains.sources],
    ['prerequisites', c.prerequisites.sources],
    ['recertification', c.recertification.sources],
    ['trust signals', c.trust.sources],
    ['dated events', c.events.flatMap((e) => e.sources)],
    ['topic coverage', c.coverage.flatMap((e) => e.sources)],
    ['caveats', c.caveats.flatMap((e) => e.sources)],
  ];
  const claims = [c.exam.questions, c.exam.minutes, c.exam.passing, c.cost.prices, c.domains.items];
  const inClaims = claims.some(
    (fact) =>
      typeof fact === 'object' &&
      fact !== null &&
      'claims' in fact &&
      fact.claims.some((cl) => cl.sources.includes(sourceId)),
  );
  const named = groups.filter(([, ids]) => ids.includes(sourceId)).map(([name]) => name);
  return inClaims && !named.includes('exam format') ? [...named, 'disputed figures'] : named;
}

/** Every source of one entry, strongest first, each with its standing, the date it was read and what it backs. */
export function sourceListPart(c: Credential, id: string, title?: string): Part {
  return {
    kind: 'list',
    id,
    ...(title === undefined ? {} : { title }),
    items: byRank(c.sources).map((s): Line => {
      const what = backs(c, s.id);
      return [
        s.url ? link(s.title, s.url) : bold(s.title),
        ` — ${s.publisher} · ${sourceKindLabel(s.kind)} · read ${s.verified}`,
        what.length > 0 ? ` · backs ${what.join(', ')}` : '',
      ];
    }),
  };
}

/** Every source of one entry, strongest first, with the date it was read and what it backs. */
export function describeSources(view: CredentialView): Doc {
  const c = view.credential;
  const doc: Doc = [
    { kind: 'title', id: 'sources_title', text: `Sources — ${c.acronym}` },
    {
      kind: 'para',
      id: 'sources_intro',
      lines: [
        [
          `${c.name}. Ranked strongest first: the issuer's own pages, then official references, then the seed article, then third parties and single blogs. `,
          'Where they disagree, the higher rank settles it; a tie is shown as a disagreement.',
        ],
      ],
    },
  ];
  if (view.stale) doc.push({ kind: 'warning', id: 'sources_stale', line: [staleText(view)] });
  doc.push(sourceListPart(c, 'sources_list'));
  doc.push({ kind: 'note', id: 'sources_asof', lines: [[`Entry checked against these sources on ${c.verified}.`]] });
  return doc;
}
