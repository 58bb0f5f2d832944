/**
 * Checks that span files, on an already schema-valid catalog: references resolve, names do not
 * collide silently, weights add up, nothing is verified in the future. Pure: file names come in.
 */
import { basename } from 'node:path';
import type { CatalogProblem } from './catalog-error.js';
import { compactText } from './normalize-text.js';
import type { Catalog, Credential, Source } from './schema.js';

export interface CrossCheckContext {
  now: Date;
  credentialFile: (id: string) => string;
  file: (name: string) => string;
  /** Ids of credential files that failed their own checks: references to them are not reported again. */
  unreadable?: ReadonlySet<string>;
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

function checkCredential(c: Credential, catalog: Catalog, ctx: CrossCheckContext, report: Report): void {
  const today = ctx.now.toISOString().slice(0, 10);
  const has = (list: { id: string }[], id: string) =>
    list.some((x) => x.id === id) || (list === catalog.credentials && ctx.unreadable?.has(id) === true);
  if (!has(catalog.issuers, c.issuer)) report('issuer', `issuer "${c.issuer}" is not in issuers.yaml`);
  if (c.verified > today) report('verified', `${c.verified} is in the future`);
  checkSources(c.sources, c, today, report, true);

  const items = c.domains.items;
  if (items !== null && 'claims' in items) {
    for (const [i, claim] of items.claims.entries()) {
      const p = weightProblems(claim.value);
      if (p) report(`domains.items.claims.${i}.value`, p);
    }
  } else {
    const p = weightProblems(items);
    if (p) report('domains.items', p);
  }

  const required = c.prerequisites.required;
  if (required !== null && required !== 'none') {
    for (const [i, alt] of required.any_of.entries()) {
      if ('credential' in alt && !has(catalog.credentials, alt.credential))
        report(`prerequisites.required.any_of.${i}.credential`, `credential "${alt.credential}" does not exist`);
      if ('qualification' in alt && !has(catalog.qualifications, alt.qualification))
        report(
          `prerequisites.required.any_of.${i}.qualification`,
          `qualification "${alt.qualification}" is not in qualifications.yaml`,
        );
    }
  }
  const seenEvents = new Set<string>();
  for (const [i, e] of c.events.entries()) {
    const key = `${e.kind}@${e.date}`;
    if (seenEvents.has(key)) report(`events.${i}`, `${e.kind} on ${e.date} is listed twice`);
    seenEvents.add(key);
    for (const [j, id] of e.replaced_by.entries())
      if (!has(catalog.credentials, id)) report(`events.${i}.replaced_by.${j}`, `credential "${id}" does not exist`);
  }
  for (const [i, r] of c.related.entries()) {
    if (r.credential === c.id) report(`related.${i}.credential`, 'a credential cannot relate to itself');
    else if (!has(catalog.credentials, r.credential))
      report(`related.${i}.credential`, `credential "${r.credential}" does not exist`);
  }
  for (const [i, cov] of c.coverage.entries())
    if (!has(catalog.topics, cov.topic)) report(`coverage.${i}.topic`, `topic "${cov.topic}" is not in topics.yaml`);
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
  const today = ctx.now.toISOString().slice(0, 10);
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
  }
  return problems;
}
