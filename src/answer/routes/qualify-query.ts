/** DoD 8140 / DCWF work-role questions (the `qualify` intent). */
import type { Dod8140Framework } from '../../catalog/dod-8140/framework-schema.js';
import { findWorkRoles } from '../dod-8140/find-work-roles.js';
import type { Query } from '../types.js';
import { ADVICE, askWhich, type RouteContext, uniqueIds } from './route-context.js';

/** Words that make a question about DoD 8140 / DCWF work roles. */
const DOD_QUESTION = /\b(dod|d\.o\.d|8140|8570|dcwf|work\s*roles?|qualification matrix|cyber workforce)\b/i;

/** "I hold CySA+ and CISSP …", "my CySA+": the named credentials are held. */
const HOLDS = /\b(i|we)\s*(?:'ve|ve|have|hold|got|earned|passed|already have)\b|\bmy\b|\bwith (?:my|our)\b/i;

/**
 * A DCWF work role named by its whole title of three words or more ("cyber defense analyst"), or any
 * title with "qualify" ("which certs qualify for security architect"): a DoD question without the word.
 */
function namesWorkRole(question: string, framework: Dod8140Framework): boolean {
  const roles = framework.versions.at(-1)?.workRoles ?? [];
  const titles = findWorkRoles(question, roles, {}, { wholeTitlesOnly: true }).matches.filter((m) => m.how === 'title');
  return titles.some((m) => m.text.split(/\s+/).length >= 3) || (titles.length > 0 && /\bqualif/i.test(question));
}

/**
 * The DoD words of a question outside role names: "dod contractor, what AI cert" names a role, not the
 * matrix; a directive number ("8140 compliance") is about the matrix wherever it stands.
 */
function asksDod(r: RouteContext['r']): boolean {
  if (/\b(?:8140|8570|dcwf)\b/i.test(r.question)) return true;
  const outside = r.words.filter((_, i) => !r.roles.some((role) => i >= role.mention.start && i < role.mention.end));
  return DOD_QUESTION.test(outside.map((w) => w.raw).join(' '));
}

/**
 * DoD 8140 questions (the `qualify` intent): what a credential is listed for, what a work role lists,
 * what a holding covers. A listing with other conditions ("DoD 8140 certs under $500") stays `find`,
 * which filters on the same matrix.
 */
export function qualifyQuery({ r, index }: RouteContext): Query | null {
  const framework = index.catalog.dod8140;
  if (!framework || !(asksDod(r) || namesWorkRole(r.question, framework))) return null;
  const others = r.constraints.conditions.filter((c) => c.field !== 'recognition' && c.field !== 'ai-focus');
  // "which ISC2 certs are on the 8140 matrix": one issuer's listed credentials are a find over the matrix.
  const listing = others.length > 0 || r.issuers.length > 0 || r.constraints.sort !== null || r.constraints.count;
  if (r.credentials.length === 0 && listing) return null;
  // "what should a DoD contractor take": advice for a role, not a matrix lookup, unless the matrix is named
  // outright ("best cert for cyber defense analyst 8140").
  const explicit = /\b(?:8140|8570|dcwf|work\s*roles?)\b/i.test(r.question);
  if (!explicit && r.roles.length > 0 && r.credentials.length === 0 && r.texts.some((t) => ADVICE.has(t))) return null;
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return askWhich(unclear);
  // "is CISM 8140 compliant": the words are about the matrix, not the DoD-contractor role they also name.
  const roleWords = new Set(r.roles.map((role) => role.mention.typed));
  r.interpretations = r.interpretations.filter((i) => !roleWords.has(i.typed));
  return { intent: 'qualify', credentials: uniqueIds(r.credentials), held: HOLDS.test(r.question) };
}
