/**
 * One matrix version from its CSV tables: rows checked (known work role, known certification, a real
 * level), element names normalised, the change log read into before/after levels. Pure.
 */
import type { CatalogProblem } from '../catalog-error.js';
import {
  type Dod8140Change,
  type Dod8140Listing,
  type Dod8140Version,
  type Dod8140WorkRole,
  type FrameworkFile,
  PROFICIENCY_LEVELS,
  type ProficiencyLevel,
} from './framework-schema.js';

type Table = { file: string; rows: Record<string, string>[] };
export type VersionTables = Record<'repository' | 'index' | 'workRoles' | 'outline' | 'changes', Table>;

const SHORT_LEVELS: Record<string, ProficiencyLevel> = { adv: 'Advanced', int: 'Intermediate', basic: 'Basic' };

function readLevel(text: string): ProficiencyLevel | null {
  const t = text.trim().toLowerCase();
  return PROFICIENCY_LEVELS.find((l) => l.toLowerCase() === t) ?? SHORT_LEVELS[t] ?? null;
}

/** Normalises a certification's spelling so "CEH (P)" and "CEH(P)" meet. */
export function matrixKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

export function buildDod8140Version(
  meta: FrameworkFile,
  index: number,
  tables: VersionTables,
  problems: CatalogProblem[],
): Dod8140Version {
  const v = meta.versions[index] as FrameworkFile['versions'][number];
  const normaliseElement = (name: string) => meta.elements[name] ?? name;
  const mapping = new Map<string, FrameworkFile['certifications'][number]>();
  for (const m of meta.certifications) for (const name of [m.matrix, ...m.also]) mapping.set(matrixKey(name), m);
  const report = (t: Table, row: number, column: string, message: string) =>
    problems.push({ file: t.file, path: `row ${row + 2}.${column}`, message });

  const outline = new Map(tables.outline.rows.map((r) => [r.code ?? '', r]));
  const workRoles: Dod8140WorkRole[] = tables.workRoles.rows.map((r) => {
    const o = outline.get(r.code ?? '');
    return {
      code: r.code ?? '',
      title: r.title ?? '',
      definition: r.definition ?? '',
      element: normaliseElement(o?.element ?? ''),
      opr: o?.opr || null,
    };
  });
  for (const [i, r] of tables.workRoles.rows.entries()) {
    if (!/^\d{3}$/.test(r.code ?? ''))
      report(tables.workRoles, i, 'code', `"${r.code}" is not a three-digit DCWF code`);
    if (!outline.has(r.code ?? ''))
      report(tables.workRoles, i, 'code', `work role ${r.code} has no row in work-role-outline.csv`);
  }
  const roleCodes = new Set(workRoles.map((r) => r.code));

  const known = (t: Table, i: number, certification: string) => {
    const m = mapping.get(matrixKey(certification));
    if (!m) report(t, i, 'certification', `"${certification}" is not mapped in framework.yaml certifications`);
    return m;
  };
  const knownRole = (t: Table, i: number, code: string) => {
    if (!roleCodes.has(code)) report(t, i, 'work_role_code', `work role "${code}" is not in work-roles.csv`);
  };

  const changes: Dod8140Change[] = [];
  for (const [i, r] of tables.changes.rows.entries()) {
    const certification = r.certification ?? '';
    const m = known(tables.changes, i, certification);
    knownRole(tables.changes, i, r.work_role_code ?? '');
    const change = readChange(r);
    if (!change) {
      report(
        tables.changes,
        i,
        'modified',
        'is neither an added level, a change such as "Adv-->Int", a deletion nor unchanged',
      );
      continue;
    }
    changes.push({
      roleCode: r.work_role_code ?? '',
      certification,
      credentialId: m && 'credential' in m ? m.credential : null,
      ...change,
    });
  }
  const changeOf = (roleCode: string, certification: string) =>
    changes.find((c) => c.roleCode === roleCode && matrixKey(c.certification) === matrixKey(certification)) ?? null;

  const listings: Dod8140Listing[] = [];
  const seen = new Set<string>();
  for (const [i, r] of tables.repository.rows.entries()) {
    const certification = r.certification ?? '';
    const roleCode = r.work_role_code ?? '';
    const m = known(tables.repository, i, certification);
    knownRole(tables.repository, i, roleCode);
    const level = readLevel(r.proficiency ?? '');
    if (!level)
      report(tables.repository, i, 'proficiency', `"${r.proficiency}" is not Basic, Intermediate or Advanced`);
    const key = `${roleCode}/${matrixKey(certification)}`;
    if (seen.has(key))
      report(tables.repository, i, 'certification', `${certification} is listed twice for work role ${roleCode}`);
    seen.add(key);
    if (!m || !level) continue;
    listings.push({
      roleCode,
      certification,
      credentialId: 'credential' in m ? m.credential : null,
      option: 'option' in m ? m.option : null,
      level,
      change: changeOf(roleCode, certification),
    });
  }
  for (const [i, r] of tables.index.rows.entries()) known(tables.index, i, r.abbreviation ?? '');

  return {
    version: v.version,
    effective: v.effective,
    previous: v.previous ?? null,
    previousEffective: v.previous_effective ?? null,
    source: v.source,
    workRoles,
    listings,
    changes,
  };
}

/** A change-log row: "Advanced" under added; "Adv-->Int" or "Delete (Adv)" under modified; "X (Int)" unchanged. */
function readChange(r: Record<string, string>): Pick<Dod8140Change, 'kind' | 'before' | 'after'> | null {
  const previousColumn = Object.keys(r).find((k) => /^v[\d_]+_proficiency$/.test(k));
  const before = previousColumn ? readLevel(r[previousColumn] ?? '') : null;
  const added = r.added?.trim() ?? '';
  const modified = r.modified?.trim() ?? '';
  if (added) {
    const after = readLevel(added);
    return after ? { kind: 'added', before: null, after } : null;
  }
  if (modified) {
    const moved = /^(\w+)\s*-->\s*(\w+)$/.exec(modified);
    if (moved) {
      const from = readLevel(moved[1] ?? '');
      const to = readLevel(moved[2] ?? '');
      return from && to ? { kind: 'modified', before: from, after: to } : null;
    }
    const deleted = /^delete\s*\((\w+)\)$/i.exec(modified);
    if (deleted) {
      const from = readLevel(deleted[1] ?? '');
      return from ? { kind: 'deleted', before: from, after: null } : null;
    }
    return null;
  }
  // Marked "X (Int)" under no_change, or not marked at all: the previous level stands.
  return before ? { kind: 'unchanged', before, after: before } : null;
}
