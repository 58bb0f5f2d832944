/** A DoD 8140 answer ranking the certifications that add the most work roles. */
import type { MatrixCitation } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { formatAmount, plural } from './format-values.js';
import { counted, type QualifyBodyOf } from './qualify-lists.js';

export function describeQualifyMostRoles(
  body: QualifyBodyOf<'most-roles'>,
  matrix: MatrixCitation,
  namer: Namer,
  upTo: (n: number) => number,
): Doc {
  const doc: Doc = [];
  const held = body.held.map((v) => namer.credential(v.credential.id));
  doc.push({
    kind: 'title',
    id: 'qualify_title',
    text:
      held.length > 0
        ? `What adds the most ${matrix.shortName} work roles to ${held.join(' + ')}`
        : `The certifications listed for the most ${matrix.shortName} work roles`,
  });
  const { shown } = counted(body.ranked, upTo(5));
  doc.push({
    kind: 'list',
    id: 'qualify_ranked',
    ordered: true,
    items: shown.map(
      (r): Line => [
        bold(namer.credential(r.view.credential.id)),
        ` — adds ${plural(r.added.length, 'work role')}${r.raised.length > 0 ? `, raises ${r.raised.length}` : ''}`,
        ` · ${r.price === null ? 'no US-dollar price in certdesk’s sources' : formatAmount(r.price, 'USD')}`,
        r.canSit === false ? ' · needs a credential you did not name' : '',
      ],
    ),
  });
  return doc;
}
