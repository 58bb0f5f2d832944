/**
 * The recommend Query from a question's reading: the role, plus what the asker holds, the topic they
 * want, the cloud they work on and the constraints a recommendation weighs. Every credential named is
 * taken as held unless the words around it make it the thing asked about ("should I take OSCP"). A role
 * asked about on a cloud that has its own variant of the role (roles.yaml `variant_of`) becomes that variant.
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { Condition } from '../read-constraints.js';
import type { Reading } from '../read-question.js';
import { markOf, marksOf, splitEligibility } from '../split-eligibility.js';
import type { Held, Query } from '../types.js';
import { weighedConditions } from './rank-picks.js';

/** The role for someone starting out (roles.yaml); its words ("new to AI security") say where they start. */
export const STARTER_ROLE = 'early-career';

/**
 * "New to AI security but I have CISSP": someone who holds an advanced credential is not starting out in
 * security, so the starter role gives way to what follows what they hold.
 */
function startsOut(role: string | null, held: readonly Held[], index: CatalogIndex): boolean {
  if (role !== STARTER_ROLE) return true;
  return !held.some((h) => {
    const level = h.kind === 'credential' ? index.credential(h.id)?.level : undefined;
    return level === 'advanced' || level === 'expert';
  });
}

/** Words of a starter role's alias that say the field is AI ("new to AI security", "get into AI security"). */
const AI_WORDS = new Set(['ai', 'genai', 'ml', 'llm', 'llms']);

/**
 * "New to AI security but I have CISSP", "I have CCSP, want to get into AI security": when the starter
 * role gives way to what is held, the AI focus its words carried still counts.
 */
function withStarterFocus(r: Reading, role: string | null, asRole: string | null): Condition[] {
  const conditions = r.constraints.conditions;
  if (role !== STARTER_ROLE || asRole !== null || conditions.some((c) => c.field === 'ai-focus')) return conditions;
  const starter = r.roles.find((x) => x.ids[0] === STARTER_ROLE)?.mention;
  const aiWords = starter !== undefined && r.texts.slice(starter.start, starter.end).some((t) => AI_WORDS.has(t));
  return aiWords ? [...conditions, { field: 'ai-focus', op: 'primary' }] : conditions;
}

export function recommendQuery(r: Reading, index: CatalogIndex, role: string | null): Query {
  const split = splitEligibility(r.texts, r.credentials, r.qualifications, index);
  const held: Held[] = [...split.held];
  const target = split.target;
  const id = target?.ids[0];
  if (target && id !== undefined && target.ids.length === 1 && markOf(r.texts, target) === 'none') {
    held.unshift({ kind: 'credential', id });
  }
  // "Is CEH worth it for a pentester", "should a SOC analyst take CySA+": named, but not held.
  const heldIds = new Set(held.map((h) => h.id));
  const marks = marksOf(r.texts, r.credentials);
  const asked = r.credentials
    .filter((c, i) => c.ids.length === 1 && (marks[i] === 'target' || marks[i] === 'asked'))
    .map((c) => c.ids[0] ?? '')
    .filter((x, i, all) => x !== '' && !heldIds.has(x) && all.indexOf(x) === i);
  const platform = r.issuers
    .map((i) => (i.ids[0] === undefined ? undefined : index.catalog.issuers.find((x) => x.id === i.ids[0])))
    .find((i) => i?.kind === 'cloud-vendor');
  // "cloud security engineer on Azure": the role's variant for that platform, when roles.yaml has one.
  const variant = index.catalog.roles.find((x) => x.variant_of === role && x.platform === platform?.id);
  const asRole = startsOut(role, held, index) ? (variant?.id ?? role) : null;
  return {
    intent: 'recommend',
    role: asRole,
    held,
    topic: r.topics[0]?.ids[0] ?? null,
    conditions: weighedConditions(withStarterFocus(r, role, asRole)),
    platform: platform?.id ?? null,
    ...(asked.length > 0 ? { asked } : {}),
  };
}
