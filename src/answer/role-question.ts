/**
 * The question to ask for a role, in the plural so no article goes wrong: "what should GRC leads take
 * first", not "what should a grc take first" or "a auditor". Uses the first alias that names a person,
 * else the role's name.
 */
import type { Role } from '../catalog/schema.js';

/** Last words of an alias that name a person, so the alias reads well in the plural. */
export const PERSON_WORDS = new Set([
  'ciso',
  'manager',
  'lead',
  'professional',
  'officer',
  'engineer',
  'teamer',
  'tester',
  'architect',
  'auditor',
  'changer',
  'student',
  'analyst',
  'scientist',
  'director',
  'hunter',
  'responder',
  'developer',
  'consultant',
  'beginner',
]);

export function roleQuestion(role: Pick<Role, 'name' | 'aliases'>): string {
  const person = role.aliases.find((a) => PERSON_WORDS.has(a.split(' ').at(-1) ?? ''));
  if (person) return `what should ${person}s take first`;
  const name = role.name.toLowerCase();
  return `what should ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} take first`;
}
