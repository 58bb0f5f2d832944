/**
 * Follow-ups: a question that names no credential but refers to one ("and how much is it?", "what about
 * prerequisites", "is it online") is about the previous answer's subject; "compare it with aaia" sets the
 * subject against the one named; "and aaia?" after a fact asks the same fact of another credential. The
 * question is re-read with the subject's names in place of "it" (or after the question), so a follow-up
 * gets exactly the answer the question with the name in it gets. A question that names its own
 * credential, issuer, role, track or level is self-contained and keeps its own answer.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { FollowUpSubject } from './follow-up-subject.js';
import { type ParsedQuestion, parseQuestion } from './parse-question.js';
import { type Reading, readQuestion } from './read-question.js';
import { asksWhichOf } from './routes/compare-query.js';
import type { Query } from './types.js';

export interface FollowUp extends ParsedQuestion {
  /** The question with the subject named: what the answer re-asks when shared. */
  question: string;
}

/**
 * Words that stand for the previous subject. "that"/"this" only at the end ("how much is that?");
 * not "these"/"those" ("what do none of these cover?" is about the catalog).
 */
const PRONOUN =
  /\b(?:(?:that|this|the same) (?:one|cert|certification|credential|exam)|it|its|them|they|both)\b|\b(?:that|this)(?=[\s?.!]*$)/i;

/** How a follow-up opens: "and …", "what about …", "how about …". */
const LEAD =
  /^[\s"'“]*(?:and|also|plus|then|so|ok(?:ay)?,? and|what about|how about|what of|same for|same question for)\b/i;

/** Words around a credential's name in "and aaia?", "what about aaia?", "how about the aaia?". */
const LEAD_WORDS = new Set(['and', 'also', 'plus', 'then', 'so', 'what', 'how', 'about', 'of', 'same', 'for', 'the']);

/** Intents whose answer says nothing about the subject: a re-read that ends here was no follow-up. */
const NOT_AN_ANSWER = new Set<Query['intent']>(['unknown', 'help']);

function labelsOf(ids: readonly string[], index: CatalogIndex): string {
  return ids.map((id) => index.credentialLabel(id)).join(' and ');
}

/**
 * The question with the names in place of its pronoun, or, when it has none, after it ("and how much?")
 * or before it (`first`: "vs aigp" after AAISM sets AAISM first).
 */
function withSubject(question: string, names: string, first = false): { text: string; typed: string | null } {
  const m = PRONOUN.exec(question);
  if (!m && first) return { text: `${names} ${question.trim()}`, typed: null };
  if (!m) return { text: `${question.trim().replace(/[?.!]+$/, '')} ${names}`, typed: null };
  return { text: `${question.slice(0, m.index)}${names}${question.slice(m.index + m[0].length)}`, typed: m[0] };
}

/** The credential ids a query is about (what it asks of, and what the asker holds). */
function queryIds(q: Query): string[] {
  switch (q.intent) {
    case 'lookup':
      return [q.credential];
    case 'eligibility':
      return [
        ...(q.target === null ? [] : [q.target]),
        ...q.held.filter((h) => h.kind === 'credential').map((h) => h.id),
      ];
    case 'fact':
    case 'compare':
    case 'qualify':
    case 'deadlines':
      return q.credentials;
    case 'coverage':
      return q.credentials ?? [];
    case 'disambiguate':
      return q.candidates;
    default:
      return [];
  }
}

/**
 * The question re-read with `ids` named in it. Null when that reads as no answer, or when the names
 * made other words read as credentials ("cc me on this" → CC): then it was no follow-up.
 */
function reread(
  question: string,
  ids: readonly string[],
  named: readonly string[],
  index: CatalogIndex,
  first = false,
): FollowUp | null {
  const names = labelsOf(ids, index);
  const { text, typed } = withSubject(question, names, first);
  const parsed = parseQuestion(text, index);
  if (NOT_AN_ANSWER.has(parsed.query.intent)) return null;
  const allowed = new Set([...ids, ...named]);
  if (queryIds(parsed.query).some((id) => !allowed.has(id))) return null;
  const note =
    typed === null
      ? { typed: question.trim(), readAs: `a follow-up about ${names}` }
      : { typed, readAs: `${names}, from the previous answer` };
  return { query: parsed.query, interpretations: [note, ...parsed.interpretations], question: text };
}

/** Only lead words outside the credential names: "and aaia?", "what about CCSP". */
function onlyNamesWithLead(r: Reading): boolean {
  const named = (i: number) => r.credentials.some((c) => i >= c.mention.start && i < c.mention.end);
  const rest = r.texts.filter((_, i) => !named(i));
  return rest.length > 0 && rest.every((t) => LEAD_WORDS.has(t)) && LEAD.test(r.question);
}

/** "and aaia?" after a fact answer, or after a prerequisites answer: the same question of another one. */
function sameOfAnother(r: Reading, previous: FollowUpSubject, index: CatalogIndex): FollowUp | null {
  if (!onlyNamesWithLead(r) || r.credentials.some((c) => c.ids.length !== 1)) return null;
  const named = [...new Set(r.credentials.map((c) => c.ids[0] ?? ''))].filter((id) => index.credential(id));
  const first = named[0];
  if (first === undefined) return null;
  const names = labelsOf(named, index);
  if (previous.intent === 'fact' && previous.fields && previous.fields.length > 0) {
    return {
      query: { intent: 'fact', credentials: named, fields: [...previous.fields], notHeld: [] },
      interpretations: [{ typed: r.question.trim(), readAs: `the same question about ${names}` }],
      question: `${names} ${previous.fields.join(' ')}`,
    };
  }
  if (previous.intent === 'eligibility' && named.length === 1) {
    return {
      query: { intent: 'eligibility', target: first, held: [] },
      interpretations: [{ typed: r.question.trim(), readAs: `the same question about ${names}` }],
      question: `${names} prerequisites`,
    };
  }
  return null;
}

/**
 * The follow-up reading of `question` given the previous answer's subject, or null when the question
 * stands on its own (it is then answered as asked). `plain` is the question's own reading.
 */
export function applyFollowUp(
  question: string,
  plain: ParsedQuestion,
  previous: FollowUpSubject,
  index: CatalogIndex,
): FollowUp | null {
  const subject = previous.credentials.filter((id) => index.credential(id) !== undefined);
  if (subject.length === 0) return null;
  // "how do I use this": asking how to ask is about certdesk, not the subject.
  if (plain.query.intent === 'help') return null;
  const r = readQuestion(question, index);
  if (r.smallTalk) return null;
  const pronoun = PRONOUN.test(question);

  if (r.credentials.length === 0) {
    const selfContained = r.issuers.length + r.roles.length + r.tracks.length + r.levels.length > 0;
    // "and which certs are online?", "so which is the cheapest": about the catalog, not the subject.
    const c = r.constraints;
    const catalogWide = r.cues.has('cert-word') || c.sort !== null || c.count || c.single;
    // "which is cheaper?" after a comparison (or a fact about several): which of those, not of the catalog.
    const amongSubject = subject.length >= 2 && !r.cues.has('cert-word') && asksWhichOf(r.texts, r.facts);
    const refers = !selfContained && (pronoun || amongSubject || (LEAD.test(question) && !catalogWide));
    // "what are the domains?": a fact with nothing to be a fact of.
    const bareFact = plain.query.intent === 'unknown' && r.facts.fields.length + r.facts.notHeld.length > 0;
    if (!refers && !bareFact) return null;
    // "can I take it with Security+": what is held is named, what is asked about is "it".
    if (r.qualifications.length > 0 && !pronoun) return null;
    return reread(question, subject, [], index);
  }

  // "compare it with aaia", "how does it compare to aaia": one named, the other is the subject.
  if (plain.query.intent === 'disambiguate' && plain.query.reason === 'missing-second') {
    const named = new Set(r.credentials.flatMap((c) => c.ids));
    const others = subject.filter((id) => !named.has(id));
    return others.length > 0 ? reread(question, others, [...named], index, true) : null;
  }
  // "can I take it with CISA?": only what is held is named; "it" is what they want to sit.
  if (pronoun && plain.query.intent === 'eligibility' && plain.query.target === null) {
    return reread(
      question,
      subject.slice(0, 1),
      r.credentials.flatMap((c) => c.ids),
      index,
    );
  }
  return sameOfAnother(r, previous, index);
}
