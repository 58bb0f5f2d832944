/** Names do not collide silently: two credentials claim one name only when they list each other. */
import type { CatalogProblem } from './catalog-error.js';
import type { CrossCheckContext } from './cross-check-context.js';
import { compactText } from './normalize-text.js';
import type { Catalog, Credential } from './schema.js';

/** The names a credential claims: acronym, name, aliases, exam codes. */
function claimedNames(c: Credential): { key: string; path: string; name: string }[] {
  const out = [
    { key: compactText(c.acronym), path: 'acronym', name: c.acronym },
    { key: compactText(c.name), path: 'name', name: c.name },
    ...c.aliases.map((a, i) => ({ key: compactText(a), path: `aliases.${i}`, name: a })),
    ...c.exam.codes.map((x, i) => ({ key: compactText(x.code), path: `exam.codes.${i}.code`, name: x.code })),
  ];
  return out.filter((n) => n.key !== '');
}

export function checkNameCollisions(catalog: Catalog, ctx: CrossCheckContext, problems: CatalogProblem[]): void {
  const owner = new Map<string, { id: string; path: string; name: string }>();
  const acknowledged = (a: Credential, b: string) =>
    a.related.some((r) => r.credential === b && r.relation === 'same-acronym');
  for (const c of catalog.credentials) {
    const own = new Set<string>();
    for (const n of claimedNames(c)) {
      if (own.has(n.key)) continue; // a credential may repeat itself (acronym = exam code)
      own.add(n.key);
      const prior = owner.get(n.key);
      if (!prior) {
        owner.set(n.key, { id: c.id, ...n });
        continue;
      }
      const other = catalog.credentials.find((x) => x.id === prior.id);
      if (other && acknowledged(c, other.id) && acknowledged(other, c.id)) continue;
      problems.push({
        file: ctx.credentialFile(c.id),
        path: n.path,
        message: `"${n.name}" is also claimed by ${prior.id} (${prior.path}); list each other with relation same-acronym if that is intended`,
      });
    }
  }
  for (const [i, q] of catalog.qualifications.entries()) {
    if (catalog.credentials.some((c) => c.id === q.id))
      problems.push({
        file: ctx.file('qualifications.yaml'),
        path: `qualifications.${i}.id`,
        message: `"${q.id}" is also a credential id`,
      });
  }
}
