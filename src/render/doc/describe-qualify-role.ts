/** A DoD 8140 answer about a work role: the certifications listed for it, cheapest first. */
import type { MatrixCitation, QualifyOption } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { formatAmount, plural } from './format-values.js';
import { counted, moreLine, QUALIFY_LIST_LIMIT, type QualifyBodyOf, roleName } from './qualify-lists.js';

function optionLine(o: QualifyOption, namer: Namer, showLevel: boolean): Line {
  const name = o.view ? namer.credential(o.view.credential.id) : o.matrixName;
  const price = o.price === null ? 'no US-dollar price in certdesk’s sources' : formatAmount(o.price, 'USD');
  const prereq =
    o.prerequisite === 'required'
      ? ' · needs another credential first'
      : o.prerequisite === 'none'
        ? ' · no prerequisite'
        : '';
  return [
    bold(name),
    showLevel ? ` (${o.level})` : '',
    ` — ${o.view ? price : 'not a certification: a DAWIA option'}${o.view ? prereq : ''}`,
  ];
}

export function describeQualifyRole(
  body: QualifyBodyOf<'role'>,
  matrix: MatrixCitation,
  namer: Namer,
  upTo: (n: number) => number,
): Doc {
  const doc: Doc = [];
  const at = body.level ? ` at ${body.level}` : '';
  doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName} ${roleName(body.role)}${at}` });
  const { shown, more } = counted(body.atLevel, upTo(QUALIFY_LIST_LIMIT));
  doc.push({
    kind: 'list',
    id: 'qualify_at_level',
    intro: body.level
      ? `Listed at ${body.level}, cheapest first:`
      : `Listed certifications, cheapest first (each at the one level the matrix lists it):`,
    items: [...shown.map((o) => optionLine(o, namer, body.level === null)), ...moreLine(more, 'option')],
  });
  if (body.unpriced > 0) {
    doc.push({
      kind: 'note',
      id: 'qualify_unpriced',
      lines: [
        [
          `${plural(body.unpriced, 'option')} without a US-dollar price in certdesk’s sources ${body.unpriced === 1 ? 'comes' : 'come'} last.`,
        ],
      ],
    });
  }
  if (body.otherLevels.length > 0) {
    const other = counted(body.otherLevels, upTo(6));
    doc.push({
      kind: 'list',
      id: 'qualify_other_levels',
      intro: 'Listed for this role at other levels:',
      items: [...other.shown.map((o) => optionLine(o, namer, true)), ...moreLine(other.more, 'option')],
    });
    doc.push({
      kind: 'note',
      id: 'qualify_levels_note',
      lines: [
        [
          'The matrix lists each certification once per role, at one level; it does not say whether a higher listing covers a lower-level position.',
        ],
      ],
    });
  }
  return doc;
}
