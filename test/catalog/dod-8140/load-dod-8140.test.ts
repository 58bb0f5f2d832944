/**
 * The DoD 8140 matrix V2.1 as the catalog carries it (catalog/frameworks/dod-8140/): loaded from the
 * CSV import contract, checked row by row, and broken copies reported as FILE: FIELD.PATH: problem.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogProblem } from '../../../src/catalog/catalog-error.js';
import { checkDod8140Mapping } from '../../../src/catalog/dod-8140/check-dod-8140-mapping.js';
import { loadDod8140 } from '../../../src/catalog/dod-8140/load-dod-8140.js';

const CATALOG = fileURLToPath(new URL('../../../catalog', import.meta.url));

async function load(dir = CATALOG) {
  const problems: CatalogProblem[] = [];
  const framework = await loadDod8140(dir, problems);
  return { framework, problems };
}

describe('the shipped matrix, V2.1', () => {
  it('loads with no problem: 426 listings over 45 work roles, 74 roles, effective 2025-09-19', async () => {
    const { framework, problems } = await load();
    expect(problems).toEqual([]);
    const v = framework?.versions[0];
    expect(v?.version).toBe('2.1');
    expect(v?.effective).toBe('2025-09-19');
    expect(v?.listings).toHaveLength(426);
    expect(v?.workRoles).toHaveLength(74);
    expect(new Set(v?.listings.map((l) => l.roleCode)).size).toBe(45);
    expect(new Set(v?.listings.map((l) => l.certification)).size).toBe(60);
  });

  it('normalises element names between sheets', async () => {
    const { framework } = await load();
    const roles = framework?.versions[0]?.workRoles ?? [];
    expect(roles.find((r) => r.code === '111')?.element).toBe('Intelligence (Cyberspace)');
    expect(roles.find((r) => r.code === '623')?.element).toBe('Data/AI');
    expect(new Set(roles.map((r) => r.element))).toEqual(
      new Set([
        'Intelligence (Cyberspace)',
        'Cyberspace Effects',
        'Cyberspace Enablers',
        'IT (Cyberspace)',
        'Cybersecurity',
        'Software Engineering',
        'Data/AI',
      ]),
    );
  });

  it("keeps CEH and CEH(P) apart, and DAWIA as the matrix's own options", async () => {
    const { framework } = await load();
    const v = framework?.versions[0];
    const of = (cert: string) => v?.listings.filter((l) => l.certification === cert) ?? [];
    expect(of('CEH(P)').every((l) => l.credentialId === 'ceh-practical')).toBe(true);
    expect(of('CEH').every((l) => l.credentialId === 'ceh')).toBe(true);
    expect(of('CEH(P)').length).toBeGreaterThan(0);
    const dawia = v?.listings.filter((l) => l.certification.startsWith('DAWIA')) ?? [];
    expect(dawia.length).toBeGreaterThan(0);
    expect(dawia.every((l) => l.credentialId === null && l.option !== null)).toBe(true);
  });

  it('reads the V2.1 change log: added, moved between levels, deleted', async () => {
    const { framework } = await load();
    const changes = framework?.versions[0]?.changes ?? [];
    expect(changes.find((c) => c.roleCode === '511' && c.certification === 'CC')).toMatchObject({
      kind: 'added',
      after: 'Basic',
    });
    expect(changes.find((c) => c.roleCode === '511' && c.certification === 'GFACT')).toMatchObject({
      kind: 'modified',
      before: 'Intermediate',
      after: 'Basic',
    });
    expect(changes.find((c) => c.roleCode === '541' && c.certification === 'CISSO')).toMatchObject({
      kind: 'deleted',
      before: 'Advanced',
      after: null,
    });
  });
});

describe('a broken framework', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function brokenCopy(edit: (frameworkDir: string) => void): string {
    dir = mkdtempSync(join(tmpdir(), 'certdesk-dod-'));
    cpSync(join(CATALOG, 'frameworks'), join(dir, 'frameworks'), { recursive: true });
    edit(join(dir, 'frameworks', 'dod-8140'));
    return dir;
  }

  /** Adds a row in the file's own line endings (the workbook's CSVs end lines with CRLF). */
  function appendRow(file: string, row: string) {
    const text = readFileSync(file, 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    writeFileSync(file, `${text.trimEnd()}${eol}${row}${eol}`);
  }

  it('reports an unknown certification, an unknown work role and a bad level, each with file, row and column', async () => {
    const copy = brokenCopy((d) => {
      const repo = join(d, 'v2.1', 'certification-repository.csv');
      appendRow(repo, '511,Cyber Defense Analyst,Cybersecurity,OSCP,Advanced,OffSec,,');
      appendRow(repo, '999,Nobody,Cybersecurity,GSEC,Advanced,GIAC,,');
      appendRow(repo, '652,Security Architect,Cybersecurity,GSEC,Expert,GIAC,,');
    });
    const { problems } = await load(copy);
    const repo = join(copy, 'frameworks', 'dod-8140', 'v2.1', 'certification-repository.csv');
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: repo, path: 'row 428.certification', message: '"OSCP" is not mapped in framework.yaml certifications' },
        { file: repo, path: 'row 429.work_role_code', message: 'work role "999" is not in work-roles.csv' },
        { file: repo, path: 'row 430.proficiency', message: '"Expert" is not Basic, Intermediate or Advanced' },
      ]),
    );
  });

  it('reports a missing column and a missing file', async () => {
    const copy = brokenCopy((d) => {
      const index = join(d, 'v2.1', 'certification-index.csv');
      writeFileSync(index, readFileSync(index, 'utf8').replace('abbreviation,', 'acronym,'));
      rmSync(join(d, 'v2.1', 'work-roles.csv'));
    });
    const { problems } = await load(copy);
    const v = join(copy, 'frameworks', 'dod-8140', 'v2.1');
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: join(v, 'certification-index.csv'), path: '(header)', message: 'needs the column abbreviation' },
        { file: join(v, 'work-roles.csv'), path: '(file)', message: 'is missing' },
      ]),
    );
  });

  it('a mapping to a credential the catalog lacks, or two certifications on one entry, fails the check', async () => {
    const { framework } = await load();
    if (!framework) throw new Error('no framework');
    const ids = framework.certifications.flatMap((m) => ('credential' in m ? [m.credential] : []));
    const credentials = ids.filter((id) => id !== 'gsec').map((id) => ({ id }));
    const broken = {
      ...framework,
      certifications: [...framework.certifications, { matrix: 'GSEC2', also: [], credential: 'gcih' }],
    };
    const problems = checkDod8140Mapping(broken, { credentials } as never, { file: 'framework.yaml' });
    expect(problems.map((p) => p.message)).toEqual([
      'maps GSEC to "gsec", which is not a credential in the catalog',
      'maps GSEC2 to "gcih", which GCIH already maps to',
    ]);
  });

  it('the catalog without a frameworks folder has no matrix, and no problem', async () => {
    dir = mkdtempSync(join(tmpdir(), 'certdesk-dod-'));
    expect(await load(dir)).toEqual({ framework: null, problems: [] });
  });
});
