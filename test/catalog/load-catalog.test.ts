import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogError, formatProblem } from '../../src/catalog/catalog-error.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DEFAULT_CATALOG_DIR } from '../../src/config.js';

const fixtures = join(import.meta.dirname, '../fixtures/catalogs');
const now = new Date('2026-11-24T12:00:00Z');
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/** The valid fixture with one broken case's files laid over it, in a temp folder. */
async function brokenCatalog(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `certdesk-${name}-`));
  temps.push(dir);
  await cp(join(fixtures, 'valid'), dir, { recursive: true });
  await cp(join(fixtures, 'broken', name), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadCatalog(dir, { now });
  } catch (err) {
    if (err instanceof CatalogError) return err.problems.map((p) => formatProblem(p).replace(`${dir}/`, ''));
    throw err;
  }
  return [];
}

describe('loadCatalog', () => {
  it('loads the shipped catalog with no problems', async () => {
    const catalog = await loadCatalog(DEFAULT_CATALOG_DIR, { now });
    const ids = catalog.credentials.map((c) => c.id);
    for (const id of ['aaism', 'aaia', 'cism', 'cisa', 'cissp', 'scs-c03', 'mls-c01', 'caisp', 'pecb-caisp']) {
      expect(ids).toContain(id);
    }
  });

  it('loads the valid fixture', async () => {
    const catalog = await loadCatalog(join(fixtures, 'valid'), { now });
    expect(catalog.credentials.map((c) => c.id)).toEqual(['alpha', 'beta']);
    expect(catalog.meta.version).toBe('2026-01-01');
  });

  it('reports a missing folder as a problem, not a crash', async () => {
    expect(await problemsOf(join(fixtures, 'does-not-exist'))).toContain('catalog.yaml: (file): is missing');
  });

  describe('broken fixtures each fail with the right message', async () => {
    const cases = (await readdir(join(fixtures, 'broken'))).sort();
    it('has the broken cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
    it.each(cases)('%s', async (name) => {
      const expected = (await readFile(join(fixtures, 'broken', name, 'expected.txt'), 'utf8')).trim().split('\n');
      const problems = await problemsOf(await brokenCatalog(name));
      expect(problems.length).toBeGreaterThan(0);
      for (const line of expected) expect(problems.some((p) => p.startsWith(line))).toBe(true);
    });
  });
});
