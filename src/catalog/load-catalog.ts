/**
 * Reads a catalog folder: YAML files validated one by one with zod, then checked across files.
 * Every problem is collected (not just the first) and reported as FILE: FIELD.PATH: problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { applyIssuerRules } from './apply-issuer-rules.js';
import { CatalogError, type CatalogProblem } from './catalog-error.js';
import { crossCheckCatalog } from './cross-check-catalog.js';
import { checkDod8140Mapping } from './dod-8140/check-dod-8140-mapping.js';
import { DOD_8140_DIR, loadDod8140 } from './dod-8140/load-dod-8140.js';
import {
  type Catalog,
  type Credential,
  catalogMetaSchema,
  credentialSchema,
  issuersFileSchema,
  qualificationsFileSchema,
  rolesFileSchema,
  topicsFileSchema,
} from './schema.js';

export interface LoadOptions {
  /** "Today" for the verified-not-in-the-future check. */
  now?: Date;
}

type Parsed<T> = { ok: true; value: T } | { ok: false };

function dottedPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** A catalog file's text, or null with the problem recorded ("is missing", "cannot be read"). */
export async function readCatalogText(file: string, problems: CatalogProblem[]): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ file, path: '(file)', message: code === 'ENOENT' ? 'is missing' : `cannot be read (${code})` });
    return null;
  }
}

async function readYaml(file: string, problems: CatalogProblem[]): Promise<Parsed<unknown>> {
  const text = await readCatalogText(file, problems);
  if (text === null) return { ok: false };
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const at = lines.linePos(e.pos[0]);
      problems.push({
        file,
        path: '(yaml)',
        message: `${at ? `line ${at.line}, column ${at.col}: ` : ''}${e.message.split('\n')[0]}`,
      });
    }
    return { ok: false };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (err) {
    // Hostile YAML (an alias bomb) fails here rather than exhausting memory.
    problems.push({ file, path: '(yaml)', message: (err as Error).message.split('\n')[0] ?? 'cannot be read' });
    return { ok: false };
  }
}

export async function readValidated<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: CatalogProblem[],
): Promise<Parsed<z.infer<S>>> {
  const raw = await readYaml(file, problems);
  if (!raw.ok) return raw;
  const result = schema.safeParse(raw.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, path: dottedPath(issue.path), message: issue.message });
    }
    return { ok: false };
  }
  return { ok: true, value: result.data };
}

async function listCredentialFiles(dir: string, problems: CatalogProblem[]): Promise<string[]> {
  try {
    const names = await readdir(join(dir, 'credentials'));
    return names.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch {
    problems.push({ file: join(dir, 'credentials'), path: '(file)', message: 'folder is missing or unreadable' });
    return [];
  }
}

/** Load and check the catalog in `dir`; throws CatalogError listing every problem. */
export async function loadCatalog(dir: string, options: LoadOptions = {}): Promise<Catalog> {
  const problems: CatalogProblem[] = [];
  const file = (name: string) => join(dir, name);

  const [meta, issuers, qualifications, topics, roles] = await Promise.all([
    readValidated(file('catalog.yaml'), catalogMetaSchema, problems),
    readValidated(file('issuers.yaml'), issuersFileSchema, problems),
    readValidated(file('qualifications.yaml'), qualificationsFileSchema, problems),
    readValidated(file('topics.yaml'), topicsFileSchema, problems),
    readValidated(file('roles.yaml'), rolesFileSchema, problems),
  ]);

  const credentialFiles = await listCredentialFiles(dir, problems);
  const credentials: { file: string; credential: Credential }[] = [];
  const unreadable = new Set<string>();
  const parsed = await Promise.all(
    credentialFiles.map(async (name) => {
      const path = join(dir, 'credentials', name);
      return { path, result: await readValidated(path, credentialSchema, problems) };
    }),
  );
  for (const { path, result } of parsed) {
    if (result.ok) credentials.push({ file: path, credential: result.value });
    else unreadable.add(basename(path).replace(/\.ya?ml$/, ''));
  }

  const dod8140 = await loadDod8140(dir, problems);

  // Cross-file checks run on whatever parsed, so one run reports every problem; a file that failed
  // its own checks is left out, and references into it are not reported again.
  const unreadableFiles = new Set<string>();
  if (!issuers.ok) unreadableFiles.add('issuers.yaml');
  if (!qualifications.ok) unreadableFiles.add('qualifications.yaml');
  if (!topics.ok) unreadableFiles.add('topics.yaml');
  if (!roles.ok) unreadableFiles.add('roles.yaml');
  const issuerList = issuers.ok ? issuers.value.issuers : [];
  const catalog: Catalog = {
    meta: meta.ok ? meta.value : { version: '(unreadable)', schema: 2 },
    credentials: credentials.map((c) => applyIssuerRules(c.credential, issuerList)),
    issuers: issuerList,
    qualifications: qualifications.ok ? qualifications.value.qualifications : [],
    topics: topics.ok ? topics.value.topics : [],
    topicSources: topics.ok ? topics.value.sources : [],
    roles: roles.ok ? roles.value.roles : [],
    roleSources: roles.ok ? roles.value.sources : [],
    ...(dod8140 ? { dod8140 } : {}),
  };
  problems.push(
    ...crossCheckCatalog(catalog, {
      now: options.now ?? new Date(),
      unreadable,
      unreadableFiles,
      rawCredentials: new Map(credentials.map((c) => [c.credential.id, c.credential])),
      credentialFile: (id) => credentials.find((c) => c.credential.id === id)?.file ?? file(`credentials/${id}.yaml`),
      file,
    }),
  );
  if (dod8140) {
    problems.push(
      ...checkDod8140Mapping(dod8140, catalog, { file: file(join(DOD_8140_DIR, 'framework.yaml')), unreadable }),
    );
  }
  if (credentials.length === 0 && credentialFiles.length === 0) {
    problems.push({ file: file('credentials'), path: '(file)', message: 'holds no credential files' });
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return catalog;
}
