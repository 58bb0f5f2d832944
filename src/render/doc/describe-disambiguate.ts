import type { AnswerOf } from '../../answer/types.js';
import { simpleValue } from '../../catalog/fact-values.js';
import type { Namer } from './create-namer.js';
import { assessmentLabel, recognitionText } from './credential-extras.js';
import { statusShort } from './credential-facts.js';
import type { Doc, Part } from './doc-types.js';

type Disambiguate = AnswerOf<'disambiguate'>;

const INTRO: Record<Exclude<Disambiguate['reason'], 'missing-second'>, string> = {
  'acronym-collision': 'Several issuers use this name, and the credentials are not equivalent. Read past the badge:',
  'near-tie': 'I am not sure which one you meant. The closest matches:',
};

const yesNo = (value: boolean | null) => (value === null ? 'unknown' : value ? 'yes' : 'no');

/** Candidates side by side with their trust signals, and how to tell them apart. */
export function describeDisambiguate(answer: Disambiguate, namer: Namer): Doc {
  if (answer.reason === 'missing-second') return describeMissingSecond(answer, namer);
  const candidates = answer.candidates.map(
    (v): Part => ({
      kind: 'facts',
      id: `candidate_${v.credential.id}`,
      title: `${v.credential.acronym} — ${v.credential.name} (${v.issuer.name})`,
      items: [
        { label: 'Administered by', value: [simpleValue(v.credential.trust.administered_by) ?? 'unknown'] },
        { label: 'Assessment', value: [assessmentLabel(v)] },
        { label: 'Independently proctored', value: [yesNo(simpleValue(v.credential.trust.independently_proctored))] },
        { label: 'Recognised by', value: [recognitionText(v)] },
        { label: 'Status', value: [statusShort(v)] },
        { label: 'Level', value: [v.credential.level] },
      ],
    }),
  );
  return [
    {
      kind: 'title',
      id: 'disambiguate_title',
      text: `“${answer.term}” could mean ${answer.candidates.length} credentials`,
    },
    { kind: 'para', id: 'disambiguate_intro', lines: [[INTRO[answer.reason]]] },
    ...candidates,
    ...tellApart(answer),
  ];
}

/**
 * Under the side-by-side, only what it does not already show: what each one is about and the name to
 * ask for it by. The engine's howToTell (which repeats the trust signals in words) is the fallback.
 */
function tellApart(answer: Disambiguate): Part[] {
  const first = answer.tellApart[0];
  if (!first) {
    const how: Part[] = answer.howToTell ? [{ kind: 'para', id: 'disambiguate_how', lines: [[answer.howToTell]] }] : [];
    return [...how, ...askAgain(answer)];
  }
  return [
    {
      kind: 'choices',
      id: 'disambiguate_how',
      prompt: 'How to tell them apart: which one did you mean?',
      items: answer.tellApart.map((t) => ({
        label: t.ask,
        detail: t.focus,
        question: t.ask,
        pick: { credential: t.id },
      })),
    },
  ];
}

/**
 * "compare aaism": the one named is known, so no trust signals side by side; a short list of what it is
 * usually compared with, one line each, is enough to pick the second.
 */
function describeMissingSecond(answer: Disambiguate, namer: Namer): Doc {
  const [subject, ...others] = answer.candidates;
  const name = subject ? namer.credential(subject.credential.id) : answer.term;
  const doc: Doc = [{ kind: 'title', id: 'disambiguate_title', text: `Compare ${name} with what?` }];
  if (others.length > 0) {
    doc.push({
      kind: 'choices',
      id: 'disambiguate_candidates',
      prompt: `A comparison needs two credentials. ${name} is usually compared with:`,
      items: others.map((v) => {
        const state = v.status.state === 'active' ? '' : ` · ${statusShort(v)}`;
        const other = namer.credential(v.credential.id);
        return {
          label: other,
          detail: `${v.credential.name} (${v.issuer.name})${state}`,
          question: `${name} vs ${other}`,
          ...(subject ? { pick: { compare: [subject.credential.id, v.credential.id] as [string, string] } } : {}),
        };
      }),
    });
  }
  if (answer.howToTell) doc.push({ kind: 'para', id: 'disambiguate_how', lines: [[answer.howToTell]] });
  return [...doc, ...askAgain(answer)];
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
