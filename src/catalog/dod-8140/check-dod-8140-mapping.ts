/**
 * The matrix against the catalog: every certification maps to exactly one catalog entry that exists,
 * and no entry stands for two of the matrix's certifications. Pure.
 */
import type { CatalogProblem } from '../catalog-error.js';
import type { Catalog } from '../schema.js';
import type { Dod8140Framework } from './framework-schema.js';

export function checkDod8140Mapping(
  framework: Dod8140Framework,
  catalog: Pick<Catalog, 'credentials'>,
  ctx: { file: string; unreadable?: ReadonlySet<string> },
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set(catalog.credentials.map((c) => c.id));
  const mappedTo = new Map<string, string>();
  const names = new Set<string>();
  for (const [i, m] of framework.certifications.entries()) {
    const path = `certifications.${i}`;
    for (const name of [m.matrix, ...m.also]) {
      const key = name.toLowerCase().replace(/\s+/g, '');
      if (names.has(key)) problems.push({ file: ctx.file, path, message: `"${name}" is mapped twice` });
      names.add(key);
    }
    if (!('credential' in m)) continue;
    if (!ids.has(m.credential) && !ctx.unreadable?.has(m.credential)) {
      problems.push({
        file: ctx.file,
        path: `${path}.credential`,
        message: `maps ${m.matrix} to "${m.credential}", which is not a credential in the catalog`,
      });
    }
    const other = mappedTo.get(m.credential);
    if (other !== undefined) {
      problems.push({
        file: ctx.file,
        path: `${path}.credential`,
        message: `maps ${m.matrix} to "${m.credential}", which ${other} already maps to`,
      });
    }
    mappedTo.set(m.credential, m.matrix);
  }
  return problems;
}
