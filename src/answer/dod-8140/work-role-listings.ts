/**
 * What the matrix says, asked from either side: the (work role, level) listings of a credential or of
 * what someone holds, the certifications listed for a work role, and which single credential adds the
 * most work roles to a holding. Pure; works on one matrix version.
 */
import type {
  Dod8140Listing,
  Dod8140Version,
  Dod8140WorkRole,
  ProficiencyLevel,
} from '../../catalog/dod-8140/framework-schema.js';

export const LEVEL_ORDER: Record<ProficiencyLevel, number> = { Basic: 0, Intermediate: 1, Advanced: 2 };

export interface RoleListing {
  role: Dod8140WorkRole;
  level: ProficiencyLevel;
  /** The catalog credential (or the matrix's option name) listed for it. */
  by: string;
}

function roleOf(version: Dod8140Version, code: string): Dod8140WorkRole {
  return (
    version.workRoles.find((r) => r.code === code) ?? { code, title: code, definition: '', element: '', opr: null }
  );
}

function byRoleCode(a: RoleListing, b: RoleListing): number {
  return a.role.code.localeCompare(b.role.code) || a.by.localeCompare(b.by);
}

/** Each version's listings by credential, read once (a ranking asks for every credential's). */
const BY_CREDENTIAL = new WeakMap<Dod8140Version, Map<string, RoleListing[]>>();

/** Every (work role, level) a credential is listed for, in work-role order. */
export function listingsOfCredential(version: Dod8140Version, credentialId: string): RoleListing[] {
  let byCredential = BY_CREDENTIAL.get(version);
  if (!byCredential) {
    byCredential = new Map();
    for (const l of version.listings) {
      if (l.credentialId === null) continue;
      const list = byCredential.get(l.credentialId) ?? [];
      list.push({ role: roleOf(version, l.roleCode), level: l.level, by: l.credentialId });
      byCredential.set(l.credentialId, list);
    }
    for (const list of byCredential.values()) list.sort(byRoleCode);
    BY_CREDENTIAL.set(version, byCredential);
  }
  return [...(byCredential.get(credentialId) ?? [])];
}

/** Every (work role, level) any of the held credentials is listed for, each with the credential(s) that give it. */
export function listingsOfHoldings(version: Dod8140Version, held: readonly string[]): RoleListing[] {
  return held.flatMap((id) => listingsOfCredential(version, id)).sort(byRoleCode);
}

/** The highest level per work role that a holding reaches (a role listed at two levels by two credentials counts once). */
export function rolesCovered(version: Dod8140Version, held: readonly string[]): Map<string, ProficiencyLevel> {
  const best = new Map<string, ProficiencyLevel>();
  for (const l of listingsOfHoldings(version, held)) {
    const was = best.get(l.role.code);
    if (was === undefined || LEVEL_ORDER[l.level] > LEVEL_ORDER[was]) best.set(l.role.code, l.level);
  }
  return best;
}

/** The listings of one work role, optionally only at one level. */
export function listingsOfRole(version: Dod8140Version, roleCode: string, level?: ProficiencyLevel): Dod8140Listing[] {
  return version.listings.filter((l) => l.roleCode === roleCode && (level === undefined || l.level === level));
}

/** Work roles that have at least one certification option in this version. */
export function rolesWithOptions(version: Dod8140Version): Set<string> {
  return new Set(version.listings.map((l) => l.roleCode));
}

export interface RolesAdded {
  credentialId: string;
  /** Work roles this credential would add (not already reached by the holding). */
  added: RoleListing[];
  /** Roles already held at a lower level that this credential lists higher. */
  raised: RoleListing[];
}

/**
 * Catalog credentials ranked by how many work roles each would add to a holding (then by roles
 * raised to a higher level, then by id for a stable order). Credentials already held are left out.
 */
export function rankByRolesAdded(version: Dod8140Version, held: readonly string[]): RolesAdded[] {
  const covered = rolesCovered(version, held);
  const candidates = new Set(
    version.listings.map((l) => l.credentialId).filter((id): id is string => id !== null && !held.includes(id)),
  );
  const ranked: RolesAdded[] = [];
  for (const id of candidates) {
    const mine = listingsOfCredential(version, id);
    const added = mine.filter((l) => !covered.has(l.role.code));
    const raised = mine.filter((l) => {
      const was = covered.get(l.role.code);
      return was !== undefined && LEVEL_ORDER[l.level] > LEVEL_ORDER[was];
    });
    if (added.length > 0 || raised.length > 0) ranked.push({ credentialId: id, added, raised });
  }
  return ranked.sort(
    (a, b) =>
      b.added.length - a.added.length ||
      b.raised.length - a.raised.length ||
      a.credentialId.localeCompare(b.credentialId),
  );
}
