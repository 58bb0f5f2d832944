/**
 * The credential ids an answer is about, most relevant first: the asked-about credential, then the ones
 * the answer recommends instead (replacements of a retired one, what someone is eligible for instead).
 * With no credential asked about ("what can I take with a CISSP?"), what the asker can sit: the ones
 * their credentials unlock first, then those with no prerequisite.
 */
import { qualifyViews } from './dod-8140/qualify-types.js';
import type { Answer, CredentialView } from './types.js';

function ids(views: readonly CredentialView[]): string[] {
  return views.map((v) => v.credential.id);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

export function answerCredentialIds(answer: Answer): string[] {
  switch (answer.intent) {
    case 'lookup':
      return unique([answer.subject.credential.id, ...ids(answer.related)]);
    case 'fact':
    case 'compare':
      return unique(ids(answer.subjects));
    case 'qualify':
      return unique(ids(qualifyViews(answer.body)));
    case 'find':
      return unique(ids((answer.items.length > 0 ? answer.items : answer.nearest).map((i) => i.view)));
    case 'recommend':
      // The picks in order, then what was asked about that is not among them.
      return unique([
        ...answer.picks.map((p) => p.view.credential.id),
        ...ids((answer.asked ?? []).map((a) => a.view)),
      ]);
    case 'eligibility':
      if (answer.target === null) {
        // What the asker can sit: what their credentials unlock first, then what needs nothing.
        return unique([...ids(answer.eligibleFor.unlocked.map((u) => u.view)), ...ids(answer.eligibleFor.open)]);
      }
      return unique([
        answer.target.credential.id,
        ...ids((answer.also ?? []).map((a) => a.target)),
        ...ids(answer.instead),
      ]);
    case 'deadlines':
      return unique([
        ...ids(answer.scope.credentials),
        ...answer.upcoming.flatMap((d) => [d.credentialId, ...d.replacedBy]),
        ...answer.recent.flatMap((d) => [d.credentialId, ...d.replacedBy]),
        ...(answer.latest ?? []).flatMap((d) => [d.credentialId, ...d.replacedBy]),
      ]);
    case 'coverage':
      return unique([...(answer.asked ?? []), ...answer.matches].map((m) => m.view.credential.id));
    case 'browse':
      return unique(ids(answer.items));
    case 'disambiguate':
      return unique(ids(answer.candidates));
    case 'help':
    case 'unknown':
      return [];
  }
}
