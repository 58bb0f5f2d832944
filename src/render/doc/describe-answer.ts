import type { Answer } from '../../answer/types.js';
import { answerViews, createNamer, type Namer } from './create-namer.js';
import { describeBrowse } from './describe-browse.js';
import { describeCompare } from './describe-compare.js';
import { describeCoverage } from './describe-coverage.js';
import { describeCredential } from './describe-credential.js';
import { describeDeadlines } from './describe-deadlines.js';
import { describeDisambiguate } from './describe-disambiguate.js';
import { describeEligibility } from './describe-eligibility.js';
import { describeFactAnswer } from './describe-fact-answer.js';
import { describeFind, FIND_LIST_LIMIT } from './describe-find.js';
import { describeHelp, describeUnknown } from './describe-help.js';
import { describeQualify } from './describe-qualify.js';
import { describeRecommend } from './describe-recommend.js';
import type { Doc, Part } from './doc-types.js';
import type { RenderLookup } from './render-lookup.js';

function describeBody(answer: Answer, namer: Namer, full: boolean): Doc {
  switch (answer.intent) {
    case 'lookup': {
      const { summary, details } = describeCredential(answer.subject, namer);
      if (!full) return summary;
      // Everything: the card without its one-line sources and first caveat, which the details give whole.
      const kept = summary.filter((p) => p.id !== 'card_sources' && p.id !== 'card_caveat');
      return [...kept, ...details.filter((p) => p.kind !== 'title')];
    }
    case 'fact':
      return describeFactAnswer(answer, namer);
    case 'compare':
      return describeCompare(answer, namer);
    case 'qualify':
      return describeQualify(answer, namer, full);
    case 'find':
      return describeFind(answer, full ? Number.POSITIVE_INFINITY : FIND_LIST_LIMIT);
    case 'recommend':
      return describeRecommend(answer, namer);
    case 'eligibility':
      return describeEligibility(answer, namer);
    case 'deadlines':
      return describeDeadlines(answer, namer);
    case 'coverage':
      return describeCoverage(answer, namer);
    case 'browse':
      return describeBrowse(answer);
    case 'disambiguate':
      return describeDisambiguate(answer, namer);
    case 'help':
      return describeHelp(answer);
    case 'unknown':
      return describeUnknown(answer);
  }
}

/** How the question was read ("Read “aasim” as AAISM."), shown above the answer. */
function interpretationsPart(answer: Answer): Part[] {
  if (answer.interpretations.length === 0) return [];
  return [
    {
      kind: 'note',
      id: 'interpretations',
      lines: answer.interpretations.map((i) => [`Read “${i.typed}” as ${i.readAs}.`]),
    },
  ];
}

/**
 * What an answer leaves for a tap: a card's details (`details`), or the rest of a list it counted (`all`).
 * Slack offers it as a button; the terminal as `--full`.
 */
export type More = 'details' | 'all';

export interface DescribeOptions {
  /** Everything (the terminal's `--full`); default: the summary that fits a phone. */
  full?: boolean;
}

export interface Described {
  doc: Doc;
  namer: Namer;
  /** What the summary left out, when it left anything out (always null for `full`). */
  more: More | null;
}

function withInterpretations(answer: Answer, body: Doc): Doc {
  const [first, ...rest] = body;
  return first?.kind === 'title'
    ? [first, ...interpretationsPart(answer), ...rest]
    : [...interpretationsPart(answer), ...body];
}

/** An answer as a platform-neutral document (the summary unless `full`); the title stays first. */
export function describeAnswer(answer: Answer, lookup?: RenderLookup, opts: DescribeOptions = {}): Described {
  const namer = createNamer(answerViews(answer), lookup);
  const full = opts.full === true;
  const body = describeBody(answer, namer, full);
  const doc = withInterpretations(answer, body);
  if (full) return { doc, namer, more: null };
  if (answer.intent === 'lookup') return { doc, namer, more: 'details' };
  return { doc, namer, more: cutsLists(answer, namer, body) ? 'all' : null };
}

/** Only find and qualify answers count the rest of a long list; one was cut where the full answer says more. */
function cutsLists(answer: Answer, namer: Namer, summary: Doc): boolean {
  if (answer.intent !== 'find' && answer.intent !== 'qualify') return false;
  return JSON.stringify(describeBody(answer, namer, true)) !== JSON.stringify(summary);
}

/**
 * What the More details or Show all button opens: a card's details, or the whole answer with every
 * line of its lists. Null when the summary is already all of it.
 */
export function describeDetails(answer: Answer, lookup?: RenderLookup): { doc: Doc; more: More } | null {
  const namer = createNamer(answerViews(answer), lookup);
  if (answer.intent === 'lookup') return { doc: describeCredential(answer.subject, namer).details, more: 'details' };
  if (!cutsLists(answer, namer, describeBody(answer, namer, false))) return null;
  return { doc: withInterpretations(answer, describeBody(answer, namer, true)), more: 'all' };
}
