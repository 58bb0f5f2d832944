import type { Dod8140Framework, Dod8140Version } from '../../catalog/dod-8140/framework-schema.js';

/** The matrix version in force on `today` (YYYY-MM-DD): the latest one already effective; null before the first. */
export function versionInForce(framework: Dod8140Framework, today: string): Dod8140Version | null {
  let inForce: Dod8140Version | null = null;
  for (const v of framework.versions) if (v.effective <= today) inForce = v;
  return inForce;
}

/** The next version announced with a later effective date, if the catalog holds one. */
export function nextVersion(framework: Dod8140Framework, today: string): Dod8140Version | null {
  return framework.versions.find((v) => v.effective > today) ?? null;
}
