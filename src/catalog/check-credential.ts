/** Checks of one credential file against the rest of the catalog: what it names exists, weights add up. */
import { checkSources } from './check-sources.js';
import { checkTiers } from './check-tiers.js';
import { type CrossCheckContext, type Report, verifiedLimit } from './cross-check-context.js';
import { type Catalog, type Credential, eventDateValues, isClaims, isFactState } from './schema.js';

function weightProblems(items: unknown): string | null {
  if (!Array.isArray(items)) return null;
  const weights = items.map((d: { weight: number | null }) => d.weight);
  if (weights.some((w) => w === null)) return null;
  const sum = weights.reduce<number>((a, w) => a + (w ?? 0), 0);
  return Math.abs(sum - 100) > 0.5 ? `domain weights add up to ${Math.round(sum * 10) / 10}, not 100` : null;
}

export function checkCredential(c: Credential, catalog: Catalog, ctx: CrossCheckContext, report: Report): void {
  const today = verifiedLimit(catalog, ctx);
  const has = (list: { id: string }[], id: string) =>
    list.some((x) => x.id === id) || (list === catalog.credentials && ctx.unreadable?.has(id) === true);
  if (!has(catalog.issuers, c.issuer) && !ctx.unreadableFiles?.has('issuers.yaml'))
    report('issuer', `issuer "${c.issuer}" is not in issuers.yaml`);
  if (c.verified > today) report('verified', `${c.verified} is in the future`);
  for (const [i, r] of c.trust.recognition.entries()) {
    if (/\b(8140|8570)\b/.test(r.framework))
      report(
        `trust.recognition.${i}.framework`,
        'DoD 8140 recognition comes from the matrix in frameworks/dod-8140, not from credential files',
      );
  }
  checkSources(c.sources, c, today, report, true);

  const items = c.domains.items;
  if (isClaims(items)) {
    for (const [i, claim] of items.claims.entries()) {
      const p = weightProblems(claim.value);
      if (p) report(`domains.items.claims.${i}.value`, p);
    }
  } else if (!isFactState(items)) {
    const p = weightProblems(items);
    if (p) report('domains.items', p);
  }

  const required = c.prerequisites.required;
  const requiredAlts = (path: string, value: unknown) => {
    if (value === 'none' || typeof value !== 'object' || value === null || !('any_of' in value)) return;
    for (const [i, alt] of (value as { any_of: { credential?: string; qualification?: string }[] }).any_of.entries()) {
      if (alt.credential !== undefined && !has(catalog.credentials, alt.credential))
        report(`${path}.any_of.${i}.credential`, `credential "${alt.credential}" does not exist`);
      if (
        alt.qualification !== undefined &&
        !has(catalog.qualifications, alt.qualification) &&
        !ctx.unreadableFiles?.has('qualifications.yaml')
      )
        report(
          `${path}.any_of.${i}.qualification`,
          `qualification "${alt.qualification}" is not in qualifications.yaml`,
        );
    }
  };
  if (isClaims(required))
    for (const [i, claim] of required.claims.entries())
      requiredAlts(`prerequisites.required.claims.${i}.value`, claim.value);
  else requiredAlts('prerequisites.required', required);
  checkEvents(c, catalog, report, has);
  for (const [i, id] of c.recertification.renewed_by.entries())
    if (!has(catalog.credentials, id)) report(`recertification.renewed_by.${i}`, `credential "${id}" does not exist`);
  checkTiers(ctx.rawCredentials?.get(c.id) ?? c, c.sources, report);
  for (const [i, r] of c.related.entries()) {
    if (r.credential === c.id) report(`related.${i}.credential`, 'a credential cannot relate to itself');
    else if (!has(catalog.credentials, r.credential))
      report(`related.${i}.credential`, `credential "${r.credential}" does not exist`);
  }
  if (!ctx.unreadableFiles?.has('topics.yaml'))
    for (const [i, cov] of c.coverage.entries())
      if (!has(catalog.topics, cov.topic)) report(`coverage.${i}.topic`, `topic "${cov.topic}" is not in topics.yaml`);
}

/** Event ids start with the credential's id (or a former id folded into it); codes exist on their credential. */
function checkEvents(
  c: Credential,
  catalog: Catalog,
  report: Report,
  has: (list: { id: string }[], id: string) => boolean,
): void {
  const codes = new Set(c.exam.codes.map((x) => x.code));
  const prefixes = new Set([c.id, ...c.former_ids]);
  for (const [i, e] of c.events.entries()) {
    const prefix = e.id.slice(0, e.id.indexOf('/'));
    if (!prefixes.has(prefix))
      report(`events.${i}.id`, `"${e.id}" must start with "${c.id}/" (the id of the credential it belongs to)`);
    if (e.code !== undefined && !codes.has(e.code))
      report(`events.${i}.code`, `exam code "${e.code}" is not in this credential's exam.codes`);
    for (const [j, id] of e.replaced_by.entries())
      if (!has(catalog.credentials, id)) report(`events.${i}.replaced_by.${j}`, `credential "${id}" does not exist`);
    if (e.replaced_by_code !== undefined) {
      const owners = e.replaced_by.length > 0 ? e.replaced_by : [c.id];
      const known = owners.some((id) =>
        (catalog.credentials.find((x) => x.id === id)?.exam.codes ?? []).some((x) => x.code === e.replaced_by_code),
      );
      const unreadable = owners.some((id) => !catalog.credentials.some((x) => x.id === id));
      if (!known && !unreadable)
        report(
          `events.${i}.replaced_by_code`,
          `exam code "${e.replaced_by_code}" is not in exam.codes of ${owners.join(' or ')}`,
        );
    }
    const days = eventDateValues(e.date);
    for (const [j, d] of e.dates_by_language.entries())
      if (days.length === 1 && d.date === days[0])
        report(`events.${i}.dates_by_language.${j}.date`, 'is the same as the primary date: leave it out');
  }
}
