/**
 * Checks that span files, on an already schema-valid catalog: references resolve, names do not
 * collide silently, weights add up, nothing is verified in the future. Pure: file names come in.
 */
import { basename } from 'node:path';
import type { CatalogProblem } from './catalog-error.js';
import { checkCredential } from './check-credential.js';
import { checkIssuerRules } from './check-issuer-rules.js';
import { checkNameCollisions } from './check-name-collisions.js';
import { checkRoles } from './check-roles.js';
import { checkSources } from './check-sources.js';
import { checkEventIds, checkUnique } from './check-unique-ids.js';
import { type CrossCheckContext, type Report, verifiedLimit } from './cross-check-context.js';
import type { Catalog } from './schema.js';

export type { CrossCheckContext } from './cross-check-context.js';

export function crossCheckCatalog(catalog: Catalog, ctx: CrossCheckContext): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const today = verifiedLimit(catalog, ctx);
  checkUnique(catalog.issuers, ctx.file('issuers.yaml'), 'issuers', problems);
  checkUnique(catalog.qualifications, ctx.file('qualifications.yaml'), 'qualifications', problems);
  checkUnique(catalog.topics, ctx.file('topics.yaml'), 'topics', problems);
  checkUnique(catalog.roles, ctx.file('roles.yaml'), 'roles', problems);

  const seenIds = new Set<string>();
  for (const c of catalog.credentials) {
    const file = ctx.credentialFile(c.id);
    const report: Report = (path, message) => problems.push({ file, path, message });
    if (basename(file).replace(/\.ya?ml$/, '') !== c.id) report('id', `"${c.id}" does not match the file name`);
    if (seenIds.has(c.id)) report('id', `credential id "${c.id}" is used by another file`);
    seenIds.add(c.id);
    checkCredential(c, catalog, ctx, report);
  }
  checkNameCollisions(catalog, ctx, problems);
  checkEventIds(catalog, ctx, problems);
  checkIssuerRules(catalog, ctx, problems, today);
  for (const c of catalog.credentials)
    for (const [i, old] of c.former_ids.entries())
      if (catalog.credentials.some((x) => x.id === old))
        problems.push({
          file: ctx.credentialFile(c.id),
          path: `former_ids.${i}`,
          message: `"${old}" is still a credential id`,
        });

  const topicsFile = ctx.file('topics.yaml');
  checkSources(catalog.topicSources, { topics: catalog.topics }, today, (path, message) =>
    problems.push({ file: topicsFile, path, message }),
  );
  checkRoles(catalog, ctx, problems, today);
  return problems;
}
