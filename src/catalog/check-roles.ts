/** Checks of roles.yaml: its sources, and that every credential, issuer and role it names exists. */
import type { CatalogProblem } from './catalog-error.js';
import { checkSources } from './check-sources.js';
import type { CrossCheckContext, Report } from './cross-check-context.js';
import type { Catalog } from './schema.js';

/** Roles recommend credentials that exist (or failed their own checks), on issuers and roles that exist. */
export function checkRoles(catalog: Catalog, ctx: CrossCheckContext, problems: CatalogProblem[], today: string): void {
  const knownCredential = (id: string) =>
    catalog.credentials.some((c) => c.id === id) || ctx.unreadable?.has(id) === true;
  const rolesFile = ctx.file('roles.yaml');
  const reportRole: Report = (path, message) => problems.push({ file: rolesFile, path, message });
  checkSources(catalog.roleSources, { roles: catalog.roles }, today, reportRole);
  for (const [i, role] of catalog.roles.entries()) {
    for (const [j, r] of role.recommendations.entries())
      if (!knownCredential(r.credential))
        reportRole(`roles.${i}.recommendations.${j}.credential`, `credential "${r.credential}" does not exist`);
    for (const [j, p] of role.paths.entries())
      for (const [k, id] of p.steps.entries())
        if (!knownCredential(id)) reportRole(`roles.${i}.paths.${j}.steps.${k}`, `credential "${id}" does not exist`);
    if (role.platform !== undefined && !catalog.issuers.some((x) => x.id === role.platform))
      reportRole(`roles.${i}.platform`, `issuer "${role.platform}" does not exist`);
    if (role.variant_of !== undefined && !catalog.roles.some((x) => x.id === role.variant_of))
      reportRole(`roles.${i}.variant_of`, `role "${role.variant_of}" does not exist`);
  }
}
