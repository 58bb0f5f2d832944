import type { AnswerOf } from '../../answer/types.js';
import type { Namer } from './create-namer.js';
import { assessmentLabel, recognitionText } from './credential-extras.js';
import { statusShort } from './credential-facts.js';
import type { Doc, Part } from './doc-types.js';

type Disambiguate = AnswerOf<'disambiguate'>;

const INTRO: Record<Disambiguate['reason'], string> = {
  'acronym-collision': 'Several issuers use this name, and the credentials are not equivalent. Read past the badge:',
  'near-tie': 'I am not sure which one you meant. The closest matches:',
  'missing-second': 'A comparison needs two credentials. Did you mean one of these?',
};

const yesNo = (value: boolean | null) => (value === null ? 'unknown' : value ? 'yes' : 'no');

/** Candidates side by side with their trust signals, and how to tell them apart. */
export function describeDisambiguate(answer: Disambiguate, _namer: Namer): Doc {
  const candidates = answer.candidates.map(
    (v): Part => ({
      kind: 'facts',
      id: `candidate_${v.credential.id}`,
      title: `${v.credential.acronym} — ${v.credential.name} (${v.issuer.name})`,
      items: [
        { label: 'Administered by', value: [v.credential.trust.administered_by ?? 'unknown'] },
        { label: 'Assessment', value: [assessmentLabel(v.credential)] },
        { label: 'Independently proctored', value: [yesNo(v.credential.trust.independently_proctored)] },
        { label: 'Recognised by', value: [recognitionText(v.credential)] },
        { label: 'Status', value: [statusShort(v)] },
        { label: 'Level', value: [v.credential.level] },
      ],
    }),
  );
  return [
    {
      kind: 'title',
      id: 'disambiguate_title',
      text:
        answer.reason === 'missing-second'
          ? `Compare ${answer.term} with what?`
          : `“${answer.term}” could mean ${answer.candidates.length} credentials`,
    },
    { kind: 'para', id: 'disambiguate_intro', lines: [[INTRO[answer.reason]]] },
    ...candidates,
    ...(answer.howToTell ? [{ kind: 'para' as const, id: 'disambiguate_how', lines: [[answer.howToTell]] }] : []),
    ...askAgain(answer),
  ];
}

/** The engine's words usually end by saying what to ask; say it here only when they do not. */
function askAgain(answer: Disambiguate): Part[] {
  if (/\b(ask again|name a second)\b/i.test(answer.howToTell)) return [];
  const first = answer.candidates[0];
  const line =
    answer.reason === 'missing-second'
      ? `Name a second credential, e.g. “${answer.term} vs …”.`
      : answer.reason === 'near-tie' || !first
        ? 'Ask again with the exact acronym or exam code.'
        : `Ask again with the issuer's name, e.g. “${first.issuer.name} ${first.credential.acronym}”.`;
  return [{ kind: 'note', id: 'disambiguate_ask', lines: [[line]] }];
}
