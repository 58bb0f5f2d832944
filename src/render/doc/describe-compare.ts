import type { FactName } from '../../answer/resolve-credential-facts.js';
import type { AnswerOf, CredentialView } from '../../answer/types.js';
import type { Namer } from './create-namer.js';
import { domainWeightsShort, recognitionText, trustShort } from './credential-extras.js';
import {
  costText,
  minutesText,
  passingText,
  prerequisitesShort,
  questionsText,
  recertText,
  statusShort,
} from './credential-facts.js';
import { credentialWarnings } from './describe-credential.js';
import type { Doc, GridRow, Line } from './doc-types.js';
import { factNoteLines } from './fact-notes.js';
import { trackLabel } from './format-values.js';

type Row = [label: string, cell: (view: CredentialView) => string];

function rows(namer: Namer): Row[] {
  return [
    ['Name', (v) => v.credential.name],
    ['Issuer', (v) => v.issuer.name],
    ['Status', (v) => statusShort(v)],
    ['Track · level', (v) => `${trackLabel(v.credential.track)} · ${v.credential.level}`],
    ['Validates', (v) => v.credential.validates],
    ['Questions', (v) => questionsText(v, 'short')],
    ['Time', (v) => minutesText(v, 'short')],
    ['Passing score', (v) => passingText(v, 'short')],
    ['Cost', (v) => costText(v, 'short')],
    ['Prerequisites', (v) => prerequisitesShort(v, namer)],
    ['Domains', (v) => domainWeightsShort(v)],
    ['Assessment', (v) => trustShort(v)],
    ['Recognised by', (v) => recognitionText(v)],
    ['Recertification', (v) => recertText(v, 'short')],
    ['As of', (v) => `${v.credential.verified}${v.stale ? ' (may be stale)' : ''}`],
  ];
}

const COMPARED: readonly FactName[] = ['questions', 'minutes', 'passing', 'prices', 'required', 'domains'];

/** Per credential: what rests on third parties, what is not in our sources yet (with its issuer's page). */
function compareKnowledge(subjects: readonly CredentialView[], namer: Namer): Doc {
  const lines = subjects.flatMap((v) =>
    factNoteLines(v, COMPARED).map((line): Line => [`${namer.credential(v.credential.id)}: `, ...line]),
  );
  return lines.length > 0 ? [{ kind: 'note', id: 'compare_knowledge', lines }] : [];
}

/** Side by side: one column per credential, one row per fact. */
export function describeCompare(answer: AnswerOf<'compare'>, namer: Namer): Doc {
  const subjects = answer.subjects;
  // Past four columns, the long "Validates" row would crowd out the facts (and Slack's size budget).
  const wanted = rows(namer).filter(([label]) => subjects.length <= 4 || label !== 'Validates');
  const gridRows: GridRow[] = wanted.map(([label, cell]) => ({ label, cells: subjects.map(cell) }));
  return [
    { kind: 'title', id: 'compare_title', text: subjects.map((v) => namer.credential(v.credential.id)).join(' vs ') },
    ...subjects.flatMap((view) => credentialWarnings(view, namer, `compare_${view.credential.id}`)),
    {
      kind: 'grid',
      id: 'compare_grid',
      corner: 'Credential',
      columns: subjects.map((v) => namer.credential(v.credential.id)),
      rows: gridRows,
    },
    ...compareKnowledge(subjects, namer),
    {
      kind: 'note',
      id: 'compare_note',
      lines: [
        [
          'Where sources disagree, the cell says so. Ask about one credential (e.g. “',
          (subjects[0] ? namer.credential(subjects[0].credential.id) : 'AAISM').toLowerCase(),
          '”) for who says what, its domains and its sources.',
        ],
      ],
    },
  ];
}
