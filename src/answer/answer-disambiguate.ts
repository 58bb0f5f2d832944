/**
 * When the engine is unsure which credential is meant it asks, with every candidate side by side and,
 * in words, how to tell them apart: for a shared acronym, the trust signals the seed says to read past
 * the badge for (who administers it, how it is assessed, whether it is independently proctored).
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { assessmentKinds, simpleValue } from '../catalog/fact-values.js';
import type { AssessmentKind, Credential } from '../catalog/schema.js';
import { askFor } from './ask-for.js';
import { viewCredentials } from './credential-view.js';
import type { AnswerOf, CredentialView, DisambiguationReason } from './types.js';

type DisambiguateBody = Omit<AnswerOf<'disambiguate'>, 'question' | 'interpretations'>;

const ASSESSMENT: Record<AssessmentKind, string> = {
  'multiple-choice': 'a multiple-choice exam',
  performance: 'a hands-on performance exam',
  'course-assessment': 'an assessment at the end of a course',
  portfolio: 'a portfolio review',
  interview: 'an interview',
};

function assessmentPhrase(c: Credential): string {
  const kinds = assessmentKinds(c);
  return kinds ? kinds.map((k) => ASSESSMENT[k]).join(' and ') : 'an assessment whose format is not in our sources';
}

function proctoring(value: boolean | null): string {
  if (value === true) return 'independently proctored';
  if (value === false) return 'not independently proctored';
  return 'proctoring not published';
}

/** "CAISP from PECB: a proctored exam, administered by PECB, independently proctored." */
export function describeTrust(v: CredentialView): string {
  const t = v.credential.trust;
  const parts = [assessmentPhrase(v.credential)];
  const administeredBy = simpleValue(t.administered_by);
  parts.push(administeredBy ? `administered by ${administeredBy}` : 'administrator not published');
  parts.push(proctoring(simpleValue(t.independently_proctored)));
  const listed = t.recognition.filter((r) => r.status === 'listed').map((r) => r.framework);
  if (listed.length > 0) parts.push(`listed in ${listed.join(', ')}`);
  return `${v.credential.acronym} from ${v.issuer.name}: ${parts.join(', ')}.`;
}

function quoted(text: string): string {
  return `“${text}”`;
}

function howToTell(term: string, reason: DisambiguationReason, views: readonly CredentialView[], index: CatalogIndex) {
  const asks = views.map((v) => quoted(askFor(v.credential, index)));
  const [first, second] = views;
  switch (reason) {
    case 'acronym-collision':
      return [
        `${quoted(term)} names ${views.length} different credentials.`,
        ...views.map(describeTrust),
        `Ask again with the issuer to pick one: ${asks.join(' or ')}.`,
      ].join(' ');
    case 'near-tie':
      return `${quoted(term)} is equally close to ${views.map((v) => index.credentialLabel(v.credential.id)).join(', ')}, so I would only be guessing. Ask again with the exact acronym or exam code: ${asks.join(', ')}.`;
    case 'missing-second': {
      const a = first ? askFor(first.credential, index) : term;
      const example = second ? `${a} vs ${askFor(second.credential, index)}` : `${a} vs scs-c03`;
      return `Name a second credential to compare ${a} with, for example ${quoted(example)}.`;
    }
  }
}

/** Past this length a focus is cut: at an elaboration ("…, from design to deployment") or a word. */
const FOCUS_CHARS = 100;
const ELABORATIONS = [', from ', ', for ', ', including ', ', such as ', ', assessed ', ', with ', '; ', ' — '];

/**
 * What a credential is about, in a phrase: the lead of its "validates" sentence ("Hands-on AI and LLM
 * security"; "Auditing AI"), up to its first colon, or without the elaboration when the sentence is long.
 */
export function focusOf(credential: Credential): string {
  const text = credential.validates.trim();
  const sentence = text.split(/(?<=[.!?])\s+/)[0] ?? text;
  const colon = sentence.indexOf(':');
  if (colon > 0) return sentence.slice(0, colon).trim();
  const bare = sentence.replace(/[.!?]$/, '');
  if (bare.length <= FOCUS_CHARS) return bare;
  const at = Math.min(...ELABORATIONS.map((e) => bare.indexOf(e)).filter((i) => i > 0));
  if (at <= FOCUS_CHARS) return bare.slice(0, at);
  const space = bare.lastIndexOf(' ', FOCUS_CHARS);
  return `${bare.slice(0, space > 0 ? space : FOCUS_CHARS)}…`;
}

export function answerDisambiguate(
  term: string,
  candidates: readonly string[],
  reason: DisambiguationReason,
  index: CatalogIndex,
  now: Date,
): DisambiguateBody {
  const views = viewCredentials(candidates, index, now);
  return {
    intent: 'disambiguate',
    term,
    reason,
    candidates: views,
    howToTell: howToTell(term, reason, views, index),
    tellApart: views.map((v) => ({
      id: v.credential.id,
      focus: focusOf(v.credential),
      ask: askFor(v.credential, index),
    })),
  };
}
