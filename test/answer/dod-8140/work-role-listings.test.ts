/**
 * What the DoD 8140 matrix V2.1 says, asked from either side, against the shipped data. Expected sets
 * are the matrix's own rows (DoD 8140 Foundational Qualification Matrix V2.1, effective 2025-09-19).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findWorkRoles } from '../../../src/answer/dod-8140/find-work-roles.js';
import { nextVersion, versionInForce } from '../../../src/answer/dod-8140/version-in-force.js';
import {
  listingsOfCredential,
  listingsOfHoldings,
  listingsOfRole,
  rankByRolesAdded,
  rolesCovered,
  rolesWithOptions,
} from '../../../src/answer/dod-8140/work-role-listings.js';
import type { CatalogProblem } from '../../../src/catalog/catalog-error.js';
import type { Dod8140Framework, Dod8140Version } from '../../../src/catalog/dod-8140/framework-schema.js';
import { loadDod8140 } from '../../../src/catalog/dod-8140/load-dod-8140.js';

const CATALOG = fileURLToPath(new URL('../../../catalog', import.meta.url));
let framework: Dod8140Framework;
let v21: Dod8140Version;

beforeAll(async () => {
  const problems: CatalogProblem[] = [];
  const loaded = await loadDod8140(CATALOG, problems);
  if (!loaded || problems.length > 0) throw new Error(`matrix did not load: ${JSON.stringify(problems)}`);
  framework = loaded;
  v21 = loaded.versions[0] as Dod8140Version;
});

const pairs = (id: string) => listingsOfCredential(v21, id).map((l) => `${l.role.code} ${l.level}`);

describe('the (work role, level) listings of a credential', () => {
  it('Security+: 20 work roles, all Intermediate', () => {
    expect(pairs('security-plus')).toEqual(
      [
        '411',
        '421',
        '431',
        '441',
        '451',
        '461',
        '511',
        '521',
        '531',
        '541',
        '612',
        '622',
        '641',
        '661',
        '671',
        '722',
        '751',
        '752',
        '802',
        '805',
      ].map((c) => `${c} Intermediate`),
    );
  });

  it('CISSP: 11 work roles, all Advanced', () => {
    expect(pairs('cissp')).toEqual(
      ['421', '422', '611', '612', '722', '751', '752', '801', '802', '804', '805'].map((c) => `${c} Advanced`),
    );
  });

  it('CySA+: 10 work roles, Intermediate only for 521', () => {
    expect(pairs('cysa-plus')).toEqual([
      '111 Advanced',
      '211 Advanced',
      '212 Advanced',
      '221 Advanced',
      '461 Advanced',
      '511 Advanced',
      '521 Intermediate',
      '531 Advanced',
      '541 Advanced',
      '612 Advanced',
    ]);
  });

  it('GSEC: 25 work roles, all Intermediate', () => {
    expect(pairs('gsec')).toHaveLength(25);
    expect(new Set(pairs('gsec').map((p) => p.split(' ')[1]))).toEqual(new Set(['Intermediate']));
    expect(pairs('gsec')).toContain('723 Intermediate');
  });

  it('an AI-security credential is listed for nothing', () => {
    expect(pairs('aaism')).toEqual([]);
  });
});

describe('the certifications listed for a work role', () => {
  it('511 Cyber Defense Analyst at Intermediate', () => {
    expect(
      listingsOfRole(v21, '511', 'Intermediate')
        .map((l) => l.certification)
        .sort(),
    ).toEqual(['CEH(P)', 'Cloud+', 'FITSP-O', 'GCED', 'GDSA', 'GMON', 'GRID', 'GSEC', 'PenTest+', 'Security+']);
  });

  it('541 Vulnerability Assessment Analyst at Advanced', () => {
    expect(
      listingsOfRole(v21, '541', 'Advanced')
        .map((l) => l.certification)
        .sort(),
    ).toEqual(['CFR', 'CISA', 'CISM', 'CySA+', 'GPEN', 'GSNA']);
  });

  it('652 Security Architect at Basic', () => {
    expect(
      listingsOfRole(v21, '652', 'Basic')
        .map((l) => l.certification)
        .sort(),
    ).toEqual(['GCLD', 'GISF']);
  });

  it('551 Red Team Specialist and 623 AI/ML Specialist have no certification options', () => {
    expect(listingsOfRole(v21, '551')).toEqual([]);
    expect(listingsOfRole(v21, '623')).toEqual([]);
    expect(rolesWithOptions(v21).size).toBe(45);
  });
});

describe('what a holding qualifies for', () => {
  it('CySA+ and CISSP together: every (role, level) with the credential that gives it', () => {
    const listed = listingsOfHoldings(v21, ['cysa-plus', 'cissp']);
    expect(listed).toHaveLength(21);
    expect(listed.filter((l) => l.role.code === '612').map((l) => `${l.by} ${l.level}`)).toEqual([
      'cissp Advanced',
      'cysa-plus Advanced',
    ]);
    expect(rolesCovered(v21, ['cysa-plus', 'cissp']).size).toBe(20);
  });

  it('the one credential that adds the most work roles to CySA+ is GSEC (19 roles)', () => {
    const ranked = rankByRolesAdded(v21, ['cysa-plus']);
    expect(ranked[0]?.credentialId).toBe('gsec');
    expect(ranked[0]?.added).toHaveLength(19);
    expect(ranked.map((r) => r.credentialId).slice(1, 3)).toEqual(['securityx', 'security-plus']);
    expect(ranked.some((r) => r.credentialId === 'cysa-plus')).toBe(false);
  });
});

describe('work roles as people write them', () => {
  const codes = (q: string, jobs = false) =>
    findWorkRoles(q, v21.workRoles, jobs ? framework.jobTitles : {}).matches.map((m) => m.role.code);

  it.each([
    ['which certs qualify for cyber defense analyst at intermediate', ['511']],
    ['8140 511 advanced', ['511']],
    ['what do I need for DCWF 541', ['541']],
    ['dcwf541 basic options', ['541']],
    ['cyber defence analist intermediate', ['511']],
    ['Cyber Defense Forensics Analyst', ['212']],
    ['forensics analyst', ['211']],
    ['incident responder certs', ['531']],
    ['security architect and data scientist', ['423', '652']],
    ['certs under $500 for 8140', []],
    ['is 511.5 a role', []],
  ])('%s', (q, expected) => {
    expect(codes(q).sort()).toEqual(expected);
  });

  it('a job title is read as a work role only when the caller asks for it', () => {
    expect(codes('I am a SOC analyst')).toEqual([]);
    expect(codes('I am a SOC analyst', true)).toEqual(['511']);
    expect(findWorkRoles('pentester 8140', v21.workRoles, framework.jobTitles).matches[0]).toMatchObject({
      how: 'job-title',
      role: { code: '541', title: 'Vulnerability Assessment Analyst' },
    });
  });

  it('an ambiguous role name asks', () => {
    const r = findWorkRoles('test and evaluation specialist', v21.workRoles);
    expect(r.matches).toEqual([]);
    expect(r.ambiguous[0]?.roles.map((x) => x.code).sort()).toEqual(['672', '673']);
  });
});

describe('the version in force', () => {
  it('V2.1 from its effective date, none before the first version', () => {
    expect(versionInForce(framework, '2025-09-18')).toBeNull();
    expect(versionInForce(framework, '2025-09-19')?.version).toBe('2.1');
    expect(versionInForce(framework, '2026-12-01')?.version).toBe('2.1');
    expect(nextVersion(framework, '2026-12-01')).toBeNull();
  });

  it('a later version is used from its effective date on', () => {
    const v22 = { ...v21, version: '2.2', effective: '2027-03-01' };
    const both = { ...framework, versions: [v21, v22] };
    expect(versionInForce(both, '2027-02-28')?.version).toBe('2.1');
    expect(nextVersion(both, '2027-02-28')?.version).toBe('2.2');
    expect(versionInForce(both, '2027-03-01')?.version).toBe('2.2');
  });
});
