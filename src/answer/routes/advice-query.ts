/** Recommendations that need more than a role: a topic with a role, holding nothing yet, field words. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { namesPerson } from '../names-person.js';
import type { Reading } from '../read-question.js';
import { recommendQuery } from '../recommend/recommend-query.js';
import { markOf } from '../split-eligibility.js';
import type { Query } from '../types.js';
import type { RouteContext } from './route-context.js';

/** The role for someone who holds nothing yet, when the catalog has it. */
const STARTER_ROLE = 'early-career';

/**
 * "No certs yet, where do I start?": where to start (the role they name, else the early-career one);
 * "no certs yet, what can I take?": everything with no prerequisite.
 */
export function holdsNothingQuery(r: Reading, index: CatalogIndex): Query {
  const role = r.roles[0]?.ids[0] ?? (index.role(STARTER_ROLE) ? STARTER_ROLE : null);
  const wantsList = r.cues.has('eligibility') && !r.cues.has('recommend');
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
  if (!role || r.topics.length === 0 || !r.cues.has('recommend') || !namesPerson(r.texts, role.mention)) return null;
  if (r.credentials.some((c) => c.ids.length !== 1 || markOf(r.texts, c) !== 'held')) return null;
  return recommendQuery(r, index, role.ids[0] ?? null);
}
