/**
 * Coverage: which credentials test a topic and how deep, whether the ones named do ("does AAISM cover
 * prompt injection?"), and what to say when the thing asked about is no catalog topic ("does AAISM cover
 * threat hunting?").
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { Reading } from '../read-question.js';
import type { Query } from '../types.js';
import type { RouteContext } from './route-context.js';

/**
 * The credentials a coverage question names: a shared acronym ("is data poisoning covered by caisp")
 * asks about every credential that carries it, each answered for itself.
 */
function askedIds(r: Reading, index: CatalogIndex): string[] {
  const ids: string[] = [];
  for (const c of r.credentials) {
    if (c.ids.length === 1 || c.reason === 'acronym-collision') ids.push(...c.ids);
    if (c.ids.length > 1 && c.reason === 'acronym-collision') {
      r.interpretations.push({
        typed: c.mention.typed,
        readAs: `each of ${c.ids.map((id) => index.credentialLabel(id)).join(' and ')}`,
      });
    }
  }
  return [...new Set(ids)];
}

/** "which certs cover prompt injection", "does AAISM cover prompt injection". */
export function topicCoverageQuery({ r, index }: RouteContext): Query | null {
  const topic = r.topics[0]?.ids[0];
  if (topic === undefined) return null;
  const asked = askedIds(r, index);
  return { intent: 'coverage', topic, gapsOnly: false, ...(asked.length > 0 ? { credentials: asked } : {}) };
}

/** Words that ask whether something is tested ("about" and "topic" alone ask for a description). */
const TESTS = new Set([
  'cover',
  'covers',
  'covered',
  'covering',
  'coverage',
  'test',
  'tests',
  'tested',
  'teach',
  'teaches',
  'taught',
  'include',
  'includes',
  'included',
  'including',
  'syllabus',
  'curriculum',
]);

/** Words that, right before a TESTS word, ask which credentials test something ("what covers …"). */
const WHAT_TESTS = new Set(['what', 'which', 'who', 'anything', 'whatever']);

/** Words around the thing asked about that are not part of it. */
const FILLER = new Set(
  `does do did is are was were be been the a an any some this that these those it its they them there
  of by in on at to for from with and or about how what which who where when whether if also too all
  really actually much well deeply depth exam exams cert certs certification certifications credential
  credentials certificate certificates program programs course courses content topic topics subject subjects
  i we you me my our your can could would will tell know explain part anything something stuff ever yet still
  plus same as similar like other not arent isnt dont doesnt`.split(/\s+/),
);

/** Words written in capitals however they were typed. */
const SHOUTED = new Set(['ai', 'ml', 'llm', 'llms', 'mcp', 'owasp', 'mitre', 'genai', 'nist', 'iso', 'gdpr']);

/** How a question opens when it asks whether something is tested. */
const QUESTION_STARTS = new Set(
  'does do did is are was were will would can could which what whats who any anything'.split(' '),
);

/** The most words taken as the thing asked about: more is a sentence, not a topic. */
const MAX_WORDS = 5;

/**
 * The thing asked about, as typed: the question's words outside credential and issuer names, less the
 * words that ask ("does … cover") and fillers. Empty when nothing is left ("does AAISM cover it?").
 */
function unlistedPhrase(r: Reading): string {
  const named = (i: number) =>
    [...r.credentials, ...r.issuers, ...r.qualifications].some((c) => i >= c.mention.start && i < c.mention.end);
  const words = r.words.filter((w, i) => !named(i) && !TESTS.has(w.text) && !FILLER.has(w.text));
  if (words.length === 0 || words.length > MAX_WORDS) return '';
  return words
    .map((w) => w.raw.replace(/[?!.,;:]+$/, ''))
    .map((w) => (SHOUTED.has(w.toLowerCase()) ? w.toUpperCase() : w))
    .join(' ');
}

/**
 * "does AAISM cover threat hunting?", "any cert covering deepfakes": something asked about that no catalog
 * topic matches. The answer says the catalog does not track it, and what it records the named credentials
 * as testing, never the whole card. Without a credential, a question that names a person's role ("which
 * certs cover threat hunting") stays with the role's recommendation.
 */
export function unlistedTopicQuery({ r, index }: RouteContext): Query | null {
  if (r.topics.length > 0 || r.cues.has('gaps') || !r.texts.some((t) => TESTS.has(t))) return null;
  // A question ("does AAISM cover …", "which certs test …", "… covered by X?"), not "I want to test myself".
  if (!QUESTION_STARTS.has(r.texts[0] ?? '') && !/\?\s*$/.test(r.question)) return null;
  if (r.credentials.some((c) => c.ids.length > 1 && c.reason !== 'acronym-collision')) return null;
  // "what tests kubernetes security", "who teaches reverse engineering": the credentials are the subject.
  const whatTests = WHAT_TESTS.has(r.texts[0] ?? '') && TESTS.has(r.texts[1] ?? '');
  if (r.credentials.length === 0 && (r.roles.length > 0 || !(r.cues.has('cert-word') || whatTests))) return null;
  const unlisted = unlistedPhrase(r);
  if (unlisted === '') return null;
  const asked = askedIds(r, index);
  return {
    intent: 'coverage',
    topic: null,
    gapsOnly: false,
    unlisted,
    ...(asked.length > 0 ? { credentials: asked } : {}),
  };
}
