import type { FactName } from '../../answer/resolve-credential-facts.js';
import type { AnswerOf, CompareAspect, CompareFacts, CredentialView } from '../../answer/types.js';
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
import { bold, type Doc, type GridRow, type Line } from './doc-types.js';
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

const LEVEL_WORDS = ['foundational', 'intermediate', 'advanced', 'expert'];

/** The difference that decides between two credentials, from the data. */
function decidingDifference(a: CompareFacts, b: CompareFacts, name: (id: string) => string): string {
  if (a.level !== b.level) {
    const [hi, lo] = a.level > b.level ? [a, b] : [b, a];
    return `${name(hi.id)} is ${LEVEL_WORDS[hi.level]}-level, ${name(lo.id)} ${LEVEL_WORDS[lo.level]}`;
  }
  if (a.handsOn !== b.handsOn) return `${name(a.handsOn ? a.id : b.id)} is assessed hands-on, the other is not`;
  if (a.prerequisites !== b.prerequisites && (a.prerequisites === 'some' || b.prerequisites === 'some')) {
    return `${name(a.prerequisites === 'some' ? a.id : b.id)} requires another credential first`;
  }
  if (a.price !== null && b.price !== null && a.price !== b.price) {
    const [lo, hi] = a.price < b.price ? [a, b] : [b, a];
    return `${name(lo.id)} costs less ($${lo.price} vs $${hi.price})`;
  }
  return 'what each one tests (the Validates row)';
}

/** Among three or more: what sets some apart (hands-on assessment, level). */
function manyDifference(facts: readonly CompareFacts[], name: (id: string) => string): string {
  const handsOn = facts.filter((f) => f.handsOn);
  if (handsOn.length > 0 && handsOn.length < facts.length) {
    const names = handsOn.map((f) => name(f.id)).join(' and ');
    return ` What sets them apart: only ${names} ${handsOn.length === 1 ? 'is' : 'are'} assessed hands-on.`;
  }
  const levels = new Set(facts.map((f) => f.level));
  if (levels.size > 1) {
    return ` What sets them apart: level — ${facts.map((f) => `${name(f.id)} ${LEVEL_WORDS[f.level]}`).join(', ')}.`;
  }
  return '';
}

function aspectLine(aspect: CompareAspect, facts: readonly CompareFacts[], name: (id: string) => string): string {
  const known = <K extends 'price' | 'minutes'>(key: K) =>
    facts.filter((f): f is CompareFacts & Record<K, number> => f[key] !== null).sort((x, y) => x[key] - y[key]);
  const missing = (key: 'price' | 'minutes') => facts.filter((f) => f[key] === null).map((f) => name(f.id));
  const unknownNote = (key: 'price' | 'minutes', what: string) =>
    missing(key).length > 0 ? ` (certdesk has no ${what} for ${missing(key).join(', ')})` : '';
  switch (aspect) {
    case 'cheaper': {
      const list = known('price');
      if (list.length === 0)
        return 'certdesk has no US-dollar exam price for these, so it cannot say which is cheaper.';
      return `Cheapest by standard exam price: ${list.map((f) => `${name(f.id)} $${f.price}`).join(' < ')}${unknownNote('price', 'US-dollar price')}.`;
    }
    case 'longer': {
      const list = known('minutes');
      if (list.length === 0) return 'certdesk has no exam length for these.';
      return `By exam length: ${list.map((f) => `${name(f.id)} ${f.minutes} min`).join(' < ')}${unknownNote('minutes', 'exam length')}.`;
    }
    case 'harder': {
      const parts = facts.map(
        (f) =>
          `${name(f.id)}: ${LEVEL_WORDS[f.level]}${f.prerequisites === 'some' ? ', needs a prior credential' : ''}${f.handsOn ? ', hands-on' : ''}${f.minutes !== null ? `, ${f.minutes} min` : ''}`,
      );
      return `No source rates difficulty; on what the catalog holds (level, prerequisites, hands-on assessment, length) — ${parts.join('; ')}.`;
    }
    case 'recognised':
      return 'No source ranks recognition; the Recognised by row shows what the catalog records (DoD 8140, NICCS, accreditation).';
  }
}

/** One or two sentences: who each is for, and the difference that decides (or the asked aspect). */
export function bottomLine(answer: AnswerOf<'compare'>, namer: Namer): string {
  const facts = answer.facts ?? [];
  const name = (id: string) => namer.credential(id);
  if (answer.aspect) return aspectLine(answer.aspect, facts, name);
  const who = facts.map((f) => `${name(f.id)} is for ${f.audience}`).join('; ');
  const [a, b] = facts;
  const decides =
    facts.length === 2 && a && b
      ? ` The difference that decides: ${decidingDifference(a, b, name)}.`
      : manyDifference(facts, name);
  return `${who ? `${who.charAt(0).toUpperCase()}${who.slice(1)}.` : ''}${decides}`;
}

/** Side by side: one column per credential, one row per fact. */
export function describeCompare(answer: AnswerOf<'compare'>, namer: Namer): Doc {
  const subjects = answer.subjects;
  // Past four columns, the long "Validates" row would crowd out the facts (and Slack's size budget).
  const wanted = rows(namer).filter(([label]) => subjects.length <= 4 || label !== 'Validates');
  const gridRows: GridRow[] = wanted.map(([label, cell]) => ({ label, cells: subjects.map(cell) }));
  const line = bottomLine(answer, namer);
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
    ...(line ? [{ kind: 'para' as const, id: 'compare_bottom_line', lines: [[bold('Bottom line:'), ' ', line]] }] : []),
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
