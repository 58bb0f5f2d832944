/**
 * Checks that span files, on an already schema-valid catalog: references resolve, names do not
 * collide silently, weights add up, nothing is verified in the future. Pure: file names come in.
 */
import { basename } from 'node:path';
import type { CatalogProblem } from './catalog-error.js';
import { compactText } from './normalize-text.js';
import { type Catalog, type Credential, eventDateValues, isClaims, isFactState, type Source } from './schema.js';

export interface CrossCheckContext {
  now: Date;
  credentialFile: (id: string) => string;
  file: (name: string) => string;
  /** Ids of credential files that failed their own checks: references to them are not reported again. */
  unreadable?: ReadonlySet<string>;
  /** Shared files (issuers.yaml …) that failed their own checks: references into them are not reported. */
  unreadableFiles?: ReadonlySet<string>;
  /** Credentials as written, before issuer rules were applied (for checks about what a file itself says). */
  rawCredentials?: ReadonlyMap<string, Credential>;
}

type Report = (path: string, message: string) => void;

/** Every `sources: [ids]` list anywhere in a value, with its dotted path. */
function* sourceRefs(value: unknown, path: string[] = []): Generator<{ path: string; ids: string[] }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* sourceRefs(v, [...path, String(i)]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      yield { path: [...path, key].join('.'), ids: v as string[] };
    } else {
      yield* sourceRefs(v, [...path, key]);
    }
  }
}

function checkSources(sources: Source[], refsIn: unknown, today: string, report: Report, skipTop = false): void {
  const ids = new Set<string>();
  for (const [i, s] of sources.entries()) {
    if (ids.has(s.id)) report(`sources.${i}.id`, `source id "${s.id}" is listed twice`);
    ids.add(s.id);
    if (s.verified > today) report(`sources.${i}.verified`, `${s.verified} is in the future`);
  }
  for (const ref of sourceRefs(refsIn)) {
    if (skipTop && ref.path === 'sources') continue;
    for (const id of ref.ids) if (!ids.has(id)) report(ref.path, `names source "${id}", which this file does not list`);
  }
}

function weightProblems(items: unknown): string | null {
  if (!Array.isArray(items)) return null;
  const weights = items.map((d: { weight: number | null }) => d.weight);
  if (weights.some((w) => w === null)) return null;
  const sum = weights.reduce<number>((a, w) => a + (w ?? 0), 0);
  return Math.abs(sum - 100) > 0.5 ? `domain weights add up to ${Math.round(sum * 10) / 10}, not 100` : null;
}

/**
 * The latest day a source may say it was read: today, or the catalog's version date when that is later
 * (answers pinned to an earlier day, `--now`, still load a catalog read since).
 */
function verifiedLimit(catalog: Catalog, ctx: CrossCheckContext): string {
  const today = ctx.now.toISOString().slice(0, 10);
  const version = /^\d{4}-\d{2}-\d{2}$/.test(catalog.meta.version) ? catalog.meta.version : '';
  return [today, version].sort().at(-1) ?? today;
}

function checkCredential(c: Credential, catalog: Catalog, ctx: CrossCheckContext, report: Report): void {
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

/** Every fact field as written, with its dotted path: value, state or claims. */
function* factsOf(c: Credential): Generator<{ path: string; fact: unknown; groupSources: string[] }> {
  const groups: Record<string, Record<string, unknown>> = {
    exam: c.exam,
    cost: c.cost,
    domains: c.domains,
    prerequisites: c.prerequisites,
    recertification: c.recertification,
    trust: c.trust,
  };
  for (const [name, group] of Object.entries(groups))
    for (const [key, fact] of Object.entries(group))
      if (!['sources', 'codes', 'note', 'outline', 'recognition', 'renewed_by'].includes(key))
        yield { path: `${name}.${key}`, fact, groupSources: group.sources as string[] };
  yield { path: 'assessment', fact: c.assessment, groupSources: c.exam.sources };
}

/**
 * No answer-visible value is settled by a tier that may not settle it: a single blog cannot say an
 * issuer does not publish something (not-published needs a source above the blog tier).
 */
function checkTiers(c: Credential, sources: readonly Source[], report: Report): void {
  const kindOf = (id: string) => sources.find((s) => s.id === id)?.kind;
  for (const { path, fact, groupSources } of factsOf(c)) {
    if (fact !== undefined && !isFactState(fact) && !isClaims(fact as never) && groupSources.length === 0)
      report(path, "has a value but its group lists no sources: add the group's sources or write it as claims");
    if (!isFactState(fact) || fact.state !== 'not-published') continue;
    const kinds = fact.sources.map(kindOf).filter((k) => k !== undefined);
    if (kinds.length > 0 && kinds.every((k) => k === 'blog'))
      report(
        `${path}.sources`,
        'a blog cannot settle that the issuer does not publish this: cite an issuer, official or third-party source, or write { state: unknown }',
      );
  }
}

/** Every event id in the catalog is unique (ids are never reused: reminders key on them). */
function checkEventIds(catalog: Catalog, ctx: CrossCheckContext, problems: CatalogProblem[]): void {
  const owner = new Map<string, string>();
  for (const c of catalog.credentials)
    for (const [i, e] of c.events.entries()) {
      const prior = owner.get(e.id);
      if (prior !== undefined)
        problems.push({
          file: ctx.credentialFile(c.id),
          path: `events.${i}.id`,
          message: `event id "${e.id}" is also used by ${prior}`,
        });
      else owner.set(e.id, `${c.id} (events.${i})`);
    }
}

/** Issuer sources are well listed, rules cite them, and no credential source shadows one differently. */
function checkIssuerRules(catalog: Catalog, ctx: CrossCheckContext, problems: CatalogProblem[], today: string): void {
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

function checkNameCollisions(catalog: Catalog, ctx: CrossCheckContext, problems: CatalogProblem[]): void {
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

function checkUnique(list: { id: string }[], file: string, field: string, problems: CatalogProblem[]): void {
  const seen = new Set<string>();
  for (const [i, x] of list.entries()) {
    if (seen.has(x.id)) problems.push({ file, path: `${field}.${i}.id`, message: `id "${x.id}" is used twice` });
    seen.add(x.id);
  }
}

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
  return problems;
}
