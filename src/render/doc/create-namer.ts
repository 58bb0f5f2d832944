import { qualifyViews } from '../../answer/dod-8140/qualify-types.js';
import type { Answer, CredentialView } from '../../answer/types.js';
import type { Credential } from '../../catalog/schema.js';
import { capitalize } from './format-values.js';
import type { RenderLookup } from './render-lookup.js';

/** Display names for ids, from the answer itself first, then the optional catalog lookup. */
export interface Namer {
  /** Short name: the acronym ("AAISM"). */
  credential(id: string): string;
  /** "AAISM — Advanced in AI Security Management". */
  credentialLong(id: string): string;
  qualification(id: string): string;
  /** The qualification's short name when the lookup knows it. */
  knownQualification(id: string): string | undefined;
  topic(id: string): string;
  /** Other credentials known to the renderer, for "compare with" menus. */
  credentials(): Credential[];
}

/** Every credential view an answer carries, in the order the answer gives them. */
export function answerViews(answer: Answer): CredentialView[] {
  switch (answer.intent) {
    case 'lookup':
      return [answer.subject, ...answer.related];
    case 'fact':
    case 'compare':
      return answer.subjects;
    case 'qualify':
      return qualifyViews(answer.body);
    case 'find':
      return [...answer.items, ...answer.nearest].map((i) => i.view);
    case 'recommend':
      return [...answer.picks.map((p) => p.view), ...answer.paths.flatMap((p) => p.steps)];
    case 'eligibility': {
      if (answer.target !== null)
        return [answer.target, ...(answer.also ?? []).map((a) => a.target), ...answer.instead];
      const { unlocked, open, notYet, notPublished } = answer.eligibleFor;
      return [...unlocked.map((u) => u.view), ...open, ...notYet.map((n) => n.view), ...notPublished];
    }
    case 'deadlines':
      return answer.scope.credentials;
    case 'coverage':
      return answer.matches.map((m) => m.view);
    case 'browse':
      return answer.items;
    case 'disambiguate':
      return answer.candidates;
    case 'help':
    case 'unknown':
      return [];
  }
}

/** Words written in capitals when a topic is named from its id (no catalog lookup at hand). */
const SHOUTED = new Set(['ai', 'ml', 'llm', 'mcp', 'owasp', 'mitre', 'atlas', 'genai', 'aws']);

/** "mls-c01" → "MLS-C01"; "us-cpa" → "US CPA" — the last resort when nothing names an id. */
function fromId(id: string, separator: string): string {
  return id.toUpperCase().replace(/-/g, separator);
}

export function createNamer(views: readonly CredentialView[], lookup?: RenderLookup): Namer {
  const known = new Map<string, Credential>();
  const issuers = new Map<string, string>();
  for (const view of views) {
    known.set(view.credential.id, view.credential);
    issuers.set(view.credential.id, view.issuer.name);
  }
  const find = (id: string): Credential | undefined => known.get(id) ?? lookup?.credential(id);
  const acronymCount = new Map<string, number>();
  for (const c of known.values()) acronymCount.set(c.acronym, (acronymCount.get(c.acronym) ?? 0) + 1);
  const label = (id: string): string => {
    const c = find(id);
    if (!c) return fromId(id, '-');
    if (lookup?.credentialLabel) return lookup.credentialLabel(id);
    return (acronymCount.get(c.acronym) ?? 0) > 1 ? `${c.acronym} (${issuers.get(id) ?? c.issuer})` : c.acronym;
  };
  return {
    credential: label,
    credentialLong(id) {
      const c = find(id);
      return c ? `${label(id)} — ${c.name}` : fromId(id, '-');
    },
    qualification(id) {
      const q = lookup?.qualification?.(id);
      if (q) return q.acronym ?? q.name;
      return find(id) ? label(id) : fromId(id, ' ');
    },
    knownQualification(id) {
      const q = lookup?.qualification?.(id);
      return q ? (q.acronym ?? q.name) : undefined;
    },
    topic(id) {
      const t = lookup?.topic?.(id);
      if (t) return t.name;
      const words = id.split('-').map((w) => (SHOUTED.has(w) ? w.toUpperCase() : w));
      return capitalize(words.join(' '));
    },
    credentials() {
      const all = new Map(known);
      for (const c of lookup?.catalog?.credentials ?? []) if (!all.has(c.id)) all.set(c.id, c);
      return [...all.values()];
    },
  };
}
