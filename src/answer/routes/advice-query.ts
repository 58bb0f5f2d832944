/** Recommendations that need more than a role: a topic with a role, holding nothing yet, field words. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { namesPerson, saysWhereTheyGo } from '../names-person.js';
import type { Reading } from '../read-question.js';
import { recommendQuery, STARTER_ROLE } from '../recommend/recommend-query.js';
import { markOf, splitEligibility } from '../split-eligibility.js';
import type { Query } from '../types.js';
import { ADVICE, type RouteContext } from './route-context.js';

/**
 * "No certs yet, where do I start?": where to start (the role they name, else the early-career one);
 * "no certs yet, what can I take?": everything with no prerequisite.
 */
export function holdsNothingQuery(r: Reading, index: CatalogIndex): Query {
  const role = r.roles[0]?.ids[0] ?? (index.role(STARTER_ROLE) ? STARTER_ROLE : null);
  // "which certs can I sit without any certs": what can be sat, asked outright, is a list.
  const canSit = / (?:can|could) i (?:sit|take|do|get) | i can (?:sit|take) /.test(` ${r.texts.join(' ')} `);
  const wantsList = r.cues.has('eligibility') && (!r.cues.has('recommend') || canSit);
  if (role === null || wantsList) return { intent: 'eligibility', target: null, held: [] };
  return recommendQuery(r, index, role);
}

/** Words that keep a question about what to take on certdesk's ground when it names no catalog entity. */
const DOMAIN_WORDS = new Set(
  `security cybersecurity cyber infosec secops appsec ai ml llm llms genai governance audit privacy risk cloud
  take sit study studying next first start upskill career path roadmap training course pass exam certified`.split(
    /\s+/,
  ),
);

/**
 * "what is the best laptop": advice asked about nothing certdesk knows. A recommendation needs a catalog
 * entity (credential, issuer, role, topic, track, level, outside qualification), a cert word, or a word of
 * the field or of taking an exam ("what should I take first"); otherwise the question is not ours.
 */
export function aboutCatalog(r: Reading): boolean {
  const entities =
    r.credentials.length +
    r.qualifications.length +
    r.roles.length +
    r.topics.length +
    r.issuers.length +
    r.tracks.length +
    r.levels.length;
  return (
    entities > 0 || r.cues.has('cert-word') || r.cues.has('holds-none') || r.texts.some((t) => DOMAIN_WORDS.has(t))
  );
}

/**
 * "I'm a data scientist, what cert for prompt injection?": a person's role, a topic and what to take is a
 * recommendation for that role that weighs the topic, not a coverage list. A credential named is fine only
 * when it is held ("CISSP holder, data scientist, what cert for prompt injection").
 */
export function roleTopicQuery({ r, index }: RouteContext): Query | null {
  const role = r.roles[0];
  // "Which cert should I take to learn prompt injection?": advice for a goal, with no role named.
  const goal = r.texts.some((t) => ADVICE.has(t) || t === 'learn') && r.credentials.length === 0;
  if (!role && r.topics.length > 0 && r.roles.length === 0 && goal) return recommendQuery(r, index, null);
  if (!role || r.topics.length === 0 || !r.cues.has('recommend') || !namesPerson(r.texts, role.mention)) return null;
  if (r.credentials.some((c) => c.ids.length !== 1 || markOf(r.texts, c) !== 'held')) return null;
  return recommendQuery(r, index, role.ids[0] ?? null);
}

/** Words that ask what comes next, besides the recommend cues ("what after Security+", "next step"). */
const NEXT_WORDS = new Set(['next', 'after', 'afterwards', 'then']);

/**
 * "What's next after CISSP?", "I have CCSP, what next for AI?": what to take given what is held, with no
 * role named and no credential asked about. A role named is the role routes' to answer; "what can I take
 * with CISSP" (no word of what comes next) stays a list of what can be sat.
 */
export function nextAfterQuery({ r, index }: RouteContext): Query | null {
  if (r.credentials.length === 0 || r.roles.length > 0 || r.credentials.some((c) => c.ids.length !== 1)) return null;
  if (r.cues.has('deadlines') || r.facts.fields.length > 0 || r.facts.notHeld.length > 0) return null;
  const text = ` ${r.texts.join(' ')} `;
  const next =
    r.texts.some((t) => NEXT_WORDS.has(t) || ADVICE.has(t)) ||
    text.includes(' what now ') ||
    text.includes(' now what ') ||
    // "I have CISSP and want to move into AI governance": where to go from what is held.
    saysWhereTheyGo(r.texts);
  if (!next) return null;
  if (splitEligibility(r.texts, r.credentials, r.qualifications, index).target !== null) return null;
  return recommendQuery(r, index, null);
}

/**
 * "I'm a SOC analyst who holds Security+, what next?": a role and advice, whatever else is named. "I'm a
 * CISO with CISSP and CISM, which AI cert?": a person with a role who names only what they hold is asking
 * what to take, never for a comparison of their own credentials.
 */
export function roleAdviceQuery({ r, index }: RouteContext): Query | null {
  const role = r.roles[0];
  if (!role || r.credentials.some((c) => c.ids.length !== 1)) return null;
  const advice = r.texts.some((t) => ADVICE.has(t));
  const holdsOnly =
    r.credentials.length > 0 &&
    namesPerson(r.texts, role.mention) &&
    splitEligibility(r.texts, r.credentials, r.qualifications, index).target === null;
  return advice || holdsOnly ? recommendQuery(r, index, role.ids[0] ?? null) : null;
}
