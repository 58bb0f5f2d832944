/**
 * Reads catalog/frameworks/dod-8140/: framework.yaml and each version's CSV files. Problems are
 * collected as FILE: FIELD.PATH: problem (a CSV row's path is `row N.column`) like every catalog file.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CatalogProblem } from '../catalog-error.js';
import { readCatalogText, readValidated } from '../load-catalog.js';
import { buildDod8140Version, type VersionTables } from './build-dod-8140-version.js';
import { type Dod8140Framework, frameworkFileSchema } from './framework-schema.js';

export const DOD_8140_DIR = join('frameworks', 'dod-8140');

/** The CSV files of one version, by what they hold, with the columns each must have. */
export const VERSION_FILES = {
  repository: {
    name: 'certification-repository.csv',
    columns: ['work_role_code', 'work_role_title', 'element', 'certification', 'proficiency', 'vendor'],
  },
  index: { name: 'certification-index.csv', columns: ['abbreviation', 'name', 'vendor'] },
  workRoles: { name: 'work-roles.csv', columns: ['code', 'title', 'definition'] },
  outline: { name: 'work-role-outline.csv', columns: ['code', 'title', 'element', 'opr'] },
  changes: { name: 'certification-changes.csv', columns: ['work_role_code', 'certification', 'added', 'modified'] },
} as const;

/** Loads the framework when the catalog has one; null when the folder is absent. */
export async function loadDod8140(catalogDir: string, problems: CatalogProblem[]): Promise<Dod8140Framework | null> {
  const dir = join(catalogDir, DOD_8140_DIR);
  const file = join(dir, 'framework.yaml');
  try {
    await access(file);
  } catch {
    return null;
  }
  const parsed = await readValidated(file, frameworkFileSchema, problems);
  if (!parsed.ok) return null;
  const meta = parsed.value;
  const versions = [];
  for (const [i, v] of meta.versions.entries()) {
    const tables = await readVersionTables(join(dir, v.folder), problems);
    if (!tables) continue;
    versions.push(buildDod8140Version(meta, i, tables, problems));
  }
  const allRead = versions.length === meta.versions.length;
  for (const [title, code] of allRead ? Object.entries(meta.job_titles) : []) {
    if (!versions.some((v) => v.workRoles.some((r) => r.code === code)))
      problems.push({
        file,
        path: `job_titles.${title}`,
        message: `work role "${code}" is in no version's work-roles.csv`,
      });
  }
  versions.sort((a, b) => a.effective.localeCompare(b.effective));
  return {
    id: meta.id,
    name: meta.name,
    shortName: meta.short_name,
    publisher: meta.publisher,
    url: meta.url,
    about: meta.about,
    listedMeans: meta.listed_means,
    jobTitles: meta.job_titles,
    versions,
    certifications: meta.certifications,
  };
}

async function readVersionTables(dir: string, problems: CatalogProblem[]): Promise<VersionTables | null> {
  const tables: Partial<Record<keyof typeof VERSION_FILES, { file: string; rows: Record<string, string>[] }>> = {};
  let ok = true;
  for (const [key, spec] of Object.entries(VERSION_FILES) as [
    keyof typeof VERSION_FILES,
    (typeof VERSION_FILES)[keyof typeof VERSION_FILES],
  ][]) {
    const file = join(dir, spec.name);
    const rows = await readCsv(file, spec.columns, problems);
    if (rows === null) ok = false;
    else tables[key] = { file, rows };
  }
  return ok ? (tables as VersionTables) : null;
}

async function readCsv(
  file: string,
  columns: readonly string[],
  problems: CatalogProblem[],
): Promise<Record<string, string>[] | null> {
  const text = await readCatalogText(file, problems);
  if (text === null) return null;
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (err) {
    problems.push({ file, path: '(csv)', message: (err as Error).message.split('\n')[0] ?? 'cannot be parsed' });
    return null;
  }
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]
      ?.split(',') ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    problems.push({
      file,
      path: '(header)',
      message: `needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    });
    return null;
  }
  return rows;
}
