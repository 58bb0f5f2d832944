import { FACT_LABELS, type FactName } from '../../answer/resolve-credential-facts.js';
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
import { bold, type Doc, type GridRow, type Line, link, type Part } from './doc-types.js';
import { joinAnd, trackLabel } from './format-values.js';
import { nameWarnings } from './name-warnings.js';

type Row = [label: string, cell: (view: CredentialView) => string];

/**
 * Long prose cells (what it validates, experience rules, recognition) are cut at a phone-friendly length:
 * the card has them whole. Facts sources may dispute (cost, scores) are never cut.
 */
const CELL_CHARS = 140;

function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** `text` up to `max` characters, cut at a word with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:·—-]+$/, '')}…`;
}

function rows(namer: Namer): Row[] {
  return [
    ['Name', (v) => v.credential.name],
    ['Issuer', (v) => v.issuer.name],
    ['Status', (v) => statusShort(v)],
    ['Track · level', (v) => `${trackLabel(v.credential.track)} · ${v.credential.level}`],
    ['Validates', (v) => clip(firstSentence(v.credential.validates), CELL_CHARS)],
    ['Questions', (v) => questionsText(v, 'short')],
    ['Time', (v) => minutesText(v, 'short')],
    ['Passing score', (v) => passingText(v, 'short')],
    ['Cost', (v) => costText(v, 'short')],
    ['Prerequisites', (v) => clip(prerequisitesShort(v, namer), CELL_CHARS)],
    ['Domains', (v) => domainWeightsShort(v)],
    ['Assessment', (v) => trustShort(v)],
    ['Recognised by', (v) => clip(recognitionText(v), CELL_CHARS)],
    ['Recertification', (v) => recertText(v, 'short')],
    ['As of', (v) => `${v.credential.verified}${v.stale ? ' (may be stale)' : ''}`],
  ];
}

const COMPARED: readonly FactName[] = ['questions', 'minutes', 'passing', 'prices', 'required', 'domains'];

/**
 * One line per credential: which compared facts rest on third parties only, and which are not in
 * certdesk's sources yet (with the issuer's page to check).
 */
function knowledgeLine(view: CredentialView, namer: Namer): Line | null {
  const labels = (keep: (f: FactName) => boolean) =>
    joinAnd(COMPARED.filter(keep).map((f) => FACT_LABELS[f].toLowerCase()));
  const resting = labels((f) => {
    const r = view.facts[f];
    return (r.state === 'value' || r.state === 'disputed') && r.restsOnThirdParties;
  });
  const unknown = labels((f) => view.facts[f].state === 'unknown');
  if (!resting && !unknown) return null;
  return [
    bold(namer.credential(view.credential.id)),
    ': ',
    ...(resting ? [`${resting} from third parties only`] : []),
    ...(resting && unknown ? ['; '] : []),
    ...(unknown
      ? [`${unknown} not in certdesk's sources yet (check `, link(`${view.issuer.name}'s page`, view.issuer.url), ')']
      : []),
    '.',
  ];
}

function compareKnowledge(subjects: readonly CredentialView[], namer: Namer): Doc {
  const lines = subjects.map((v) => knowledgeLine(v, namer)).filter((l): l is Line => l !== null);
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

/**
 * "A $599 < B $760", with "=" between equal values; when every value is the same, `same` words it
 * ("CISA and CISM both cost $760").
 */
function ordered<T extends CompareFacts>(
  list: readonly T[],
  value: (f: T) => number,
  show: (f: T) => string,
  same: (names: string, all: string) => string,
  name: (id: string) => string,
): string {
  if (list.length > 1 && list.every((f) => value(f) === value(list[0] as T))) {
    return same(joinAnd(list.map((f) => name(f.id))), list.length > 2 ? 'all' : 'both');
  }
  return list
    .map((f, i) => {
      const prev = list[i - 1];
      const sep = prev === undefined ? '' : value(prev) === value(f) ? ' = ' : ' < ';
      return `${sep}${show(f)}`;
    })
    .join('');
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
      const disputed = facts.filter((f) => f.price === null && (f.disputedPrices?.length ?? 0) > 0);
      const disputedNote = disputed
        .map((f) => `${name(f.id)}: sources disagree, ${(f.disputedPrices ?? []).map((p) => `$${p}`).join(' or ')}`)
        .join('; ');
      const unpriced = facts.filter((f) => f.price === null && !disputed.includes(f)).map((f) => name(f.id));
      const notes = [
        ...(disputedNote ? [disputedNote] : []),
        ...(unpriced.length > 0 ? [`certdesk has no US-dollar price for ${unpriced.join(', ')}`] : []),
      ];
      if (list.length === 0 && disputed.length === 0)
        return 'certdesk has no US-dollar exam price for these, so it cannot say which is cheaper.';
      if (list.length === 0) return `By standard exam price: ${notes.join('; ')}.`;
      const line = ordered(
        list,
        (f) => f.price,
        (f) => `${name(f.id)} $${f.price}`,
        (names, all) => `${names} ${all} cost $${list[0]?.price}`,
        name,
      );
      return `By standard exam price, cheapest first: ${line}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`;
    }
    case 'longer': {
      const list = known('minutes');
      if (list.length === 0) return 'certdesk has no exam length for these.';
      const line = ordered(
        list,
        (f) => f.minutes,
        (f) => `${name(f.id)} ${f.minutes} min`,
        (names, all) => `${names} ${all} take ${list[0]?.minutes} min`,
        name,
      );
      return `By exam length: ${line}${unknownNote('minutes', 'exam length')}.`;
    }
    case 'newer': {
      const dated = facts
        .filter((f): f is CompareFacts & { launched: string } => typeof f.launched === 'string')
        .sort((x, y) => x.launched.localeCompare(y.launched));
      const undated = facts.filter((f) => typeof f.launched !== 'string').map((f) => name(f.id));
      if (dated.length === 0) return 'certdesk has no launch date for these.';
      const line = dated.map((f) => `${name(f.id)} ${f.launched}`).join(', then ');
      return `Launched first to last: ${line}${undated.length > 0 ? ` (certdesk has no launch date for ${undated.join(', ')})` : ''}.`;
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

/** A row's cell for every subject. */
interface ComparedRow {
  label: string;
  cells: string[];
}

const sameEverywhere = (row: ComparedRow) => row.cells.every((cell) => cell === row.cells[0]);

/** "Same for both: Issuer ISACA · Recertification every 3 years", or nothing when every row differs. */
function samePart(same: readonly ComparedRow[], count: number): Doc {
  if (same.length === 0) return [];
  const lines = same.map((row): Line => [`${row.label}: ${row.cells[0] ?? '—'}`]);
  return [{ kind: 'note', id: 'compare_same', lines: [[count === 2 ? 'Same for both:' : 'Same for all:'], ...lines] }];
}

/** Two credentials: a label column and one column each (three columns fit a phone), only the rows that differ. */
function pairGrid(subjects: readonly CredentialView[], differ: readonly ComparedRow[], namer: Namer): Part {
  return {
    kind: 'grid',
    id: 'compare_grid',
    corner: 'Credential',
    columns: subjects.map((v) => namer.credential(v.credential.id)),
    rows: differ.map((row): GridRow => ({ label: row.label, cells: row.cells })),
  };
}

/** Three or more: one compact section per credential with what sets it apart (no wide table). */
function perCredential(subjects: readonly CredentialView[], differ: readonly ComparedRow[], namer: Namer): Part[] {
  return subjects.map(
    (v, i): Part => ({
      kind: 'para',
      id: `compare_${v.credential.id}`,
      lines: [
        [bold(namer.credential(v.credential.id)), ` — ${v.credential.name} (${v.issuer.name})`],
        ...differ.map((row): Line => [bold(`${row.label}:`), ` ${row.cells[i] ?? '—'}`]),
      ],
    }),
  );
}

/**
 * The bottom line first; then, for two credentials, a three-column table of the rows that differ, for
 * more, one section per credential with those rows. Rows the same for all are said once, in a note.
 */
export function describeCompare(answer: AnswerOf<'compare'>, namer: Namer): Doc {
  const subjects = answer.subjects;
  const pair = subjects.length <= 2;
  // Three or more: the name and issuer head each section, and the long "Validates" row would crowd out the facts.
  const wanted = rows(namer).filter(([label]) => pair || !['Name', 'Issuer', 'Validates'].includes(label));
  const compared = wanted.map(([label, cell]): ComparedRow => ({ label, cells: subjects.map(cell) }));
  const differ = subjects.length < 2 ? compared : compared.filter((row) => !sameEverywhere(row));
  const same = subjects.length < 2 ? [] : compared.filter(sameEverywhere);
  const line = bottomLine(answer, namer);
  return [
    { kind: 'title', id: 'compare_title', text: subjects.map((v) => namer.credential(v.credential.id)).join(' vs ') },
    ...(line ? [{ kind: 'para' as const, id: 'compare_bottom_line', lines: [[bold('Bottom line:'), ' ', line]] }] : []),
    ...subjects.flatMap((view) =>
      nameWarnings(
        credentialWarnings(view, namer, `compare_${view.credential.id}`),
        namer.credential(view.credential.id),
      ),
    ),
    ...(pair ? [pairGrid(subjects, differ, namer)] : perCredential(subjects, differ, namer)),
    ...samePart(same, subjects.length),
    ...compareKnowledge(subjects, namer),
    {
      kind: 'note',
      id: 'compare_note',
      lines: [
        [
          'Where sources disagree, it says so. Ask about one (e.g. “',
          (subjects[0] ? namer.credential(subjects[0].credential.id) : 'AAISM').toLowerCase(),
          '”) for all of it, with sources.',
        ],
      ],
    },
  ];
}
