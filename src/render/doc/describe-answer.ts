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
import { describeFind } from './describe-find.js';
import { describeHelp, describeUnknown } from './describe-help.js';
import { describeQualify } from './describe-qualify.js';
import { describeRecommend } from './describe-recommend.js';
import type { Doc, Part } from './doc-types.js';
import { nameWarnings } from './name-warnings.js';
import type { RenderLookup } from './render-lookup.js';

function describeBody(answer: Answer, namer: Namer): Doc {
  switch (answer.intent) {
    case 'lookup':
      return describeCredential(answer.subject, namer);
    case 'fact':
      return describeFactAnswer(answer, namer);
    case 'compare':
      return describeCompare(answer, namer);
    case 'qualify':
      return describeQualify(answer, namer);
    case 'find':
      return describeFind(answer);
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

/** The one credential an answer is about, when it is about one: its warnings must name it. */
function soleCredential(answer: Answer): string | null {
  if (answer.intent === 'lookup') return answer.subject.credential.id;
  if (answer.intent === 'eligibility' && answer.target !== null) return answer.target.credential.id;
  return null;
}

/** An answer as a platform-neutral document; the title stays first. */
export function describeAnswer(answer: Answer, lookup?: RenderLookup): { doc: Doc; namer: Namer } {
  const namer = createNamer(answerViews(answer), lookup);
  const sole = soleCredential(answer);
  const described = describeBody(answer, namer);
  // Warnings name the credential they are about, even on a card about that one credential.
  const body = sole === null ? described : nameWarnings(described, namer.credential(sole));
  const [first, ...rest] = body;
  const doc =
    first?.kind === 'title'
      ? [first, ...interpretationsPart(answer), ...rest]
      : [...interpretationsPart(answer), ...body];
  return { doc, namer };
}
