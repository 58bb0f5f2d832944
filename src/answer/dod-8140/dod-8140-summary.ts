/**
 * The DoD 8140 line every card carries, computed from the matrix in force (never written by hand in a
 * credential file): how many work roles the credential is listed for, by level, most common first.
 */
import type { Dod8140Framework, ProficiencyLevel } from '../../catalog/dod-8140/framework-schema.js';
import { PROFICIENCY_LEVELS } from '../../catalog/dod-8140/framework-schema.js';
import { versionInForce } from './version-in-force.js';
import { listingsOfCredential } from './work-role-listings.js';

export interface Dod8140Summary {
  version: string;
  effective: string;
  /** Work roles the credential is listed for (0: not listed in this version). */
  total: number;
  /** Per level, most roles first: the role codes and titles. */
  levels: { level: ProficiencyLevel; roles: { code: string; title: string }[] }[];
}

export function summarizeDod8140(
  framework: Dod8140Framework | undefined,
  credentialId: string,
  today: string,
): Dod8140Summary | null {
  if (!framework) return null;
  const version = versionInForce(framework, today);
  if (!version) return null;
  const listed = listingsOfCredential(version, credentialId);
  const levels = PROFICIENCY_LEVELS.map((level) => ({
    level,
    roles: listed.filter((l) => l.level === level).map((l) => ({ code: l.role.code, title: l.role.title })),
  }))
    .filter((g) => g.roles.length > 0)
    .sort((a, b) => b.roles.length - a.roles.length);
  return { version: version.version, effective: version.effective, total: listed.length, levels };
}
