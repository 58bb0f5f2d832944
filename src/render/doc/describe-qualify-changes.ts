/** A DoD 8140 answer about what changed in the matrix version, against the one before. */
import type { MatrixCitation } from '../../answer/dod-8140/qualify-types.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { changeText, counted, moreLine, type QualifyBodyOf, roleName } from './qualify-lists.js';

export function describeQualifyChanges(
  body: QualifyBodyOf<'changes'>,
  matrix: MatrixCitation,
  upTo: (n: number) => number,
): Doc {
  const doc: Doc = [];
  doc.push({ kind: 'title', id: 'qualify_title', text: `What changed in ${matrix.shortName} V${matrix.version}` });
  const kinds = ['added', 'modified', 'deleted'] as const;
  for (const kind of kinds) {
    const list = body.changes.filter((c) => c.kind === kind);
    if (list.length === 0) continue;
    const { shown, more } = counted(list, upTo(8));
    doc.push({
      kind: 'list',
      id: `qualify_changes_${kind}`,
      intro: `${kind === 'added' ? 'Added' : kind === 'modified' ? 'Moved to another level' : 'Removed'}: ${list.length}`,
      items: [
        ...shown.map((c): Line => [bold(c.certification), ` for ${roleName(c.role)}: ${changeText(c)}`]),
        ...moreLine(more, 'change'),
      ],
    });
  }
  if (body.previous) {
    doc.push({
      kind: 'note',
      id: 'qualify_previous',
      lines: [[`Against V${body.previous}${body.previousEffective ? ` (effective ${body.previousEffective})` : ''}.`]],
    });
  }
  return doc;
}
