/** A DoD 8140 answer about what someone holds: the work roles it is listed for. */
import type { MatrixCitation } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { plural } from './format-values.js';
import { counted, moreLine, QUALIFY_LIST_LIMIT, type QualifyBodyOf, roleName } from './qualify-lists.js';

export function describeQualifyHoldings(
  body: QualifyBodyOf<'holdings'>,
  matrix: MatrixCitation,
  namer: Namer,
  upTo: (n: number) => number,
): Doc {
  const doc: Doc = [];
  const names = body.held.map((v) => namer.credential(v.credential.id));
  doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName} work roles for ${names.join(' + ')}` });
  const { shown, more } = counted(body.roles, upTo(QUALIFY_LIST_LIMIT));
  doc.push({
    kind: 'list',
    id: 'qualify_holdings',
    intro: `${plural(new Set(body.roles.map((r) => r.role.code)).size, 'work role')} listed:`,
    items: [
      ...shown.map(
        (r): Line => [bold(roleName(r.role)), ` — ${r.level}, by ${r.by.map(namer.credential).join(' and ')}`],
      ),
      ...moreLine(more, 'listing'),
    ],
  });
  return doc;
}
