/**
 * A DoD 8140 answer as a document: what the matrix lists, grouped and counted so it fits a phone, the
 * rest counted, what "listed" means, and the matrix version cited on every answer. Pure formatting.
 */
import type { QualifyAnswerBody } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { describeQualifyAi } from './describe-qualify-ai.js';
import { describeQualifyChanges } from './describe-qualify-changes.js';
import { describeQualifyCredential } from './describe-qualify-credential.js';
import { describeQualifyHoldings } from './describe-qualify-holdings.js';
import { describeQualifyMostRoles } from './describe-qualify-most-roles.js';
import { describeQualifyRole } from './describe-qualify-role.js';
import { bold, type Doc, link, type Part } from './doc-types.js';
import { plural } from './format-values.js';
import { roleName } from './qualify-lists.js';

/** A DoD 8140 answer: lists counted to fit a phone, or (`full`) every line. */
export function describeQualify(answer: QualifyAnswerBody, namer: Namer, full = false): Doc {
  const { matrix, body } = answer;
  const doc: Doc = [];
  const upTo = (n: number) => (full ? Number.POSITIVE_INFINITY : n);
  const readAs: Part[] = answer.readAs.map((r, i) => ({
    kind: 'note',
    id: `qualify_read_${i}`,
    lines: [[`Read “${r.typed}” as DCWF work role ${roleName(r.role)}.`]],
  }));
  switch (body.kind) {
    case 'credential':
      doc.push(...describeQualifyCredential(body, matrix, namer, full));
      break;
    case 'role':
      doc.push(...describeQualifyRole(body, matrix, namer, upTo));
      break;
    case 'no-options':
      doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName} ${roleName(body.role)}` });
      doc.push({
        kind: 'para',
        id: 'qualify_no_options',
        lines: [
          [
            `The matrix V${matrix.version} lists no certification for ${roleName(body.role)}: qualify through its other options — education, DoD or commercial training, or the experience alternative — as your component directs.`,
          ],
        ],
      });
      break;
    case 'ambiguous-role':
      doc.push({ kind: 'title', id: 'qualify_title', text: `Which work role do you mean by “${body.text}”?` });
      doc.push({
        kind: 'list',
        id: 'qualify_candidates',
        items: body.roles.map((r) => [bold(r.code), ` ${r.title} (${r.element})`]),
      });
      doc.push({
        kind: 'note',
        id: 'qualify_ask',
        lines: [[`Ask again with the code, for example “8140 ${body.roles[0]?.code ?? '511'}”.`]],
      });
      break;
    case 'holdings':
      doc.push(...describeQualifyHoldings(body, matrix, namer, upTo));
      break;
    case 'most-roles':
      doc.push(...describeQualifyMostRoles(body, matrix, namer, upTo));
      break;
    case 'changes':
      doc.push(...describeQualifyChanges(body, matrix, upTo));
      break;
    case 'ai':
      doc.push(...describeQualifyAi(body, matrix, namer, upTo));
      break;
    case 'overview':
      doc.push({ kind: 'title', id: 'qualify_title', text: matrix.name });
      doc.push({
        kind: 'para',
        id: 'qualify_overview',
        lines: [
          [
            `V${matrix.version} lists ${plural(body.certifications, 'certification')} in the catalog as options for ${plural(body.roles, 'work role')}. Ask “is CISSP 8140 approved”, “8140 511 intermediate” or “I hold CySA+, which work roles am I qualified for?”`,
          ],
        ],
      });
      break;
  }
  doc.push(...readAs);
  doc.push({ kind: 'note', id: 'qualify_meaning', lines: [[matrix.listedMeans]] });
  // The address on a line of its own: a long address cannot wrap inside a sentence in a terminal.
  doc.push({
    kind: 'note',
    id: 'qualify_source',
    lines: [[`Source: ${matrix.title} (read ${matrix.verified}):`], [link(matrix.url, matrix.url)]],
  });
  return doc;
}
