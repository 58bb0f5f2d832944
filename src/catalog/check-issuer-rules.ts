/** Checks of issuers.yaml sources and rules, and of credential sources that share an issuer source's id. */
import type { CatalogProblem } from './catalog-error.js';
import { checkSources } from './check-sources.js';
import type { CrossCheckContext, Report } from './cross-check-context.js';
import type { Catalog } from './schema.js';

/** Issuer sources are well listed, rules cite them, and no credential source shadows one differently. */
export function checkIssuerRules(
  catalog: Catalog,
  ctx: CrossCheckContext,
  problems: CatalogProblem[],
  today: string,
): void {
  const file = ctx.file('issuers.yaml');
  for (const [i, issuer] of catalog.issuers.entries()) {
    const report: Report = (path, message) => problems.push({ file, path: `issuers.${i}.${path}`, message });
    checkSources(issuer.sources, { rules: issuer.rules }, today, report);
    if (issuer.rules && issuer.sources.length === 0)
      report('rules', "rules need the issuer's own `sources` list to cite");
    for (const c of catalog.credentials) {
      if (c.issuer !== issuer.id) continue;
      const raw = ctx.rawCredentials?.get(c.id) ?? c;
      for (const [j, s] of raw.sources.entries()) {
        const theirs = issuer.sources.find((x) => x.id === s.id);
        if (theirs && theirs.url !== s.url)
          problems.push({
            file: ctx.credentialFile(c.id),
            path: `sources.${j}.id`,
            message: `source id "${s.id}" is also an issuer source of ${issuer.id} with another url; rename one`,
          });
      }
    }
  }
}
