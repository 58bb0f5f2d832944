/**
 * What a conversation remembers between questions: the credential ids an answer was about and the kind
 * of answer it was (the fact fields too, for a fact answer), never the words asked. A follow-up that
 * names no credential ("and how much is it?") is about this subject.
 */
import type { FactField } from './read-fact-fields.js';
import type { Answer, CredentialView, Intent } from './types.js';

export interface FollowUpSubject {
  /** Catalog credential ids, most relevant first; empty when the last answer had no single subject. */
  credentials: string[];
  intent: Intent;
  /** The fields a fact answer gave ("and aaia?" asks the same of another credential). */
  fields?: FactField[] | undefined;
}

const ids = (views: readonly CredentialView[]): string[] => [...new Set(views.map((v) => v.credential.id))];

/**
 * The subject a follow-up to this answer would be about. Null when the answer does not change what the
 * conversation is about (help, small talk, a question the engine did not understand, a guess between
 * typo readings): the previous subject stays. A list or a recommendation changes the subject to none, so
 * "how much is it?" after "list ISACA credentials" does not reach back to an older answer.
 */
export function subjectOf(answer: Answer): FollowUpSubject | null {
  switch (answer.intent) {
    case 'lookup':
      return { credentials: [answer.subject.credential.id], intent: 'lookup' };
    case 'fact':
      return { credentials: ids(answer.subjects), intent: 'fact', fields: [...answer.fields] };
    case 'compare':
      return { credentials: ids(answer.subjects), intent: 'compare' };
    case 'eligibility':
      return {
        credentials: answer.target === null ? [] : ids([answer.target, ...(answer.also ?? []).map((a) => a.target)]),
        intent: 'eligibility',
      };
    case 'deadlines':
      return { credentials: ids(answer.scope.credentials), intent: 'deadlines' };
    case 'coverage':
      return { credentials: ids((answer.asked ?? []).map((a) => a.view)), intent: 'coverage' };
    case 'qualify':
      return {
        credentials: answer.body.kind === 'credential' ? ids(answer.body.subjects.map((s) => s.view)) : [],
        intent: 'qualify',
      };
    case 'find': {
      // "the cheapest AI security cert" names one: "and how long is it?" is about that one.
      const first = answer.items[0];
      return { credentials: answer.filter.single && first ? [first.view.credential.id] : [], intent: 'find' };
    }
    case 'recommend':
    case 'browse':
      return { credentials: [], intent: answer.intent };
    case 'disambiguate':
      // "caisp" (two issuers' acronym): "how much is it?" asks it of both; "compare aaism": of AAISM.
      if (answer.reason === 'acronym-collision') return { credentials: ids(answer.candidates), intent: 'disambiguate' };
      if (answer.reason === 'missing-second') {
        return { credentials: ids(answer.candidates).slice(0, 1), intent: 'disambiguate' };
      }
      return null;
    case 'help':
    case 'unknown':
      return null;
  }
}
