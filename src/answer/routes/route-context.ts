/** What every route of the routing table may look at, and the small helpers routes share. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { saysWhoTheyAre } from '../names-person.js';
import type { Reading } from '../read-question.js';
import type { Resolved } from '../resolve-mentions.js';
import type { Query } from '../types.js';

/** What every route may look at: the reading plus a few things derived from it once. */
export interface RouteContext {
  r: Reading;
  index: CatalogIndex;
  explicitCompare: boolean;
  horizon: number | null;
}

export function uniqueIds(list: readonly Resolved[]): string[] {
  return [...new Set(list.filter((r) => r.ids.length === 1).map((r) => r.ids[0] ?? ''))];
}

/** A name that is not certain (a shared acronym, a near tie between typo readings): ask which was meant. */
export function askWhich(r: Resolved): Query {
  return { intent: 'disambiguate', term: r.mention.typed, candidates: r.ids, reason: r.reason ?? 'near-tie' };
}

/** Words that ask for advice rather than a filtered list. */
export const ADVICE = new Set([
  'should',
  'recommend',
  'recommended',
  'suggest',
  'best',
  'worth',
  'advice',
  'next',
  'path',
]);

/**
 * The roles a question names as people. "list beginner certs", "entry-level certifications", "GRC certs":
 * a role's words that are also a level or track, followed by a cert word, describe the credentials.
 */
export function personRoles(r: Reading): Resolved[] {
  return r.roles.filter((role) => {
    if (![...r.levels, ...r.tracks].some((x) => x.mention === role.mention)) return true;
    // "beginner certs", "beginner friendly exams": the words describe the credentials.
    // The words after it, past field words ("entry level AI security certs"), reach a cert word.
    let i = role.mention.end;
    while (MODIFIERS.has(r.texts[i] ?? '')) i++;
    return !DESCRIBED.has(r.texts[i] ?? '') || saysWhoTheyAre(r.texts);
  });
}

/** Field words between a level's name and a cert word: "entry level AI security certs". */
const MODIFIERS = new Set(['ai', 'security', 'cyber', 'cybersecurity', 'cloud', 'genai', 'ml', 'llm', 'aisec', 'it']);

/** Words after a level's name that make it describe credentials ("beginner certs", "beginner friendly"). */
const DESCRIBED = new Set([
  'cert',
  'certs',
  'certification',
  'certifications',
  'credential',
  'credentials',
  'exam',
  'exams',
  'friendly',
  'level',
  'ones',
  'options',
]);
