/**
 * Issue 8, content-a: the CompTIA, Cisco, CertNexus (CFR, CSC), Mile2, FITSI and Rocheston entries.
 * Exact facts are asserted from the best sources found (named per test), as each entry's sources list them.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Credential } from '../../src/catalog/schema.js';
import { DEFAULT_CATALOG_DIR } from '../../src/config.js';

const now = new Date('2026-12-01T12:00:00Z');
const catalog = await loadCatalog(DEFAULT_CATALOG_DIR, { now });

function cred(id: string): Credential {
  const c = catalog.credentials.find((x) => x.id === id);
  if (!c) throw new Error(`no credential ${id}`);
  return c;
}

function event(id: string) {
  const [credentialId] = id.split('/');
  const e = cred(credentialId ?? '').events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}

const IDS = [
  'security-plus',
  'cysa-plus',
  'pentest-plus',
  'securityx',
  'secot-plus',
  'network-plus',
  'a-plus',
  'cloud-plus',
  'ccna',
  'cisco-cyberops-associate',
  'ccnp-enterprise',
  'ccnp-security',
  'cfr',
  'csc',
  'cisso',
  'cpte',
  'fitsp-a',
  'fitsp-d',
  'fitsp-m',
  'fitsp-o',
  'rcce-level-1',
];

describe('content-a credentials', () => {
  it('exist, each with a source for its summary', () => {
    for (const id of IDS) {
      const c = cred(id);
      expect(c.summary_sources.length, id).toBeGreaterThan(0);
      expect(c.verified, id).toBe('2026-12-01');
    }
  });

  it('cite an issuer page wherever one was among the stored copies', () => {
    const withIssuerPage = [
      'cysa-plus',
      'secot-plus',
      'cisso',
      'fitsp-a',
      'fitsp-d',
      'fitsp-m',
      'fitsp-o',
      'rcce-level-1',
    ];
    for (const id of withIssuerPage) {
      expect(
        cred(id).sources.some((s) => s.kind === 'issuer'),
        id,
      ).toBe(true);
    }
  });

  // Security+: third-party relays of CompTIA's V7/V8 pages (cterpening/certification-study-library, checked 2026-09-27).
  it('Security+: SY0-801 and SY0-701, with SY0-701 retiring 2027-06-11 in English and 2027-08-13 elsewhere', () => {
    const c = cred('security-plus');
    expect(c.exam.codes.map((x) => x.code)).toEqual(['SY0-801', 'SY0-701', 'SY0-601']);
    expect(c.exam.questions).toBe(90);
    expect(c.exam.minutes).toBe(90);
    expect(c.exam.passing).toEqual({ score: 750, min: 100, max: 900 });
    const retire = event('security-plus/sy0-701-retired');
    expect(retire).toMatchObject({ kind: 'retired', code: 'SY0-701', date: '2027-06-11', replaced_by_code: 'SY0-801' });
    expect(retire.dates_by_language).toEqual([
      { languages: ['Japanese', 'Portuguese', 'Spanish', 'Thai'], date: '2027-08-13' },
    ]);
    expect(event('security-plus/sy0-801-launched')).toMatchObject({
      kind: 'launched',
      code: 'SY0-801',
      date: '2026-11-17',
    });
  });

  // CySA+: CompTIA's CS0-004 page (issuer) for the V4 facts; CS0-003's retirement rests on third parties.
  it('CySA+: CS0-004 launched 2026-06-23, CS0-003 retires 2026-12-22', () => {
    const c = cred('cysa-plus');
    expect(c.exam.codes.map((x) => x.code)).toEqual(['CS0-004', 'CS0-003', 'CS0-002']);
    expect(c.exam.questions).toBe(85);
    expect(c.exam.minutes).toBe(165);
    expect(c.exam.passing).toEqual({ score: 750, min: 100, max: 900 });
    const launched = event('cysa-plus/cs0-004-launched');
    expect(launched).toMatchObject({ kind: 'launched', code: 'CS0-004', date: '2026-06-23' });
    const issuerPage = c.sources.find((s) => s.id === 'comptia-cysa-v4');
    expect(issuerPage?.kind).toBe('issuer');
    expect(launched.sources).toContain('comptia-cysa-v4');
    expect(event('cysa-plus/cs0-003-retired')).toMatchObject({
      kind: 'retired',
      code: 'CS0-003',
      date: '2026-12-22',
      replaced_by_code: 'CS0-004',
    });
  });

  it('SecOT+: the launch month is kept as claims (CompTIA Japanese page: November 2026)', () => {
    const date = event('secot-plus/launched').date;
    expect(date).toEqual({
      claims: [
        expect.objectContaining({ value: '2026-11', sources: ['comptia-secot-ja'] }),
        expect.objectContaining({ value: '2026-12' }),
      ],
    });
  });

  it('CCNA: the v2.0 exam topics take effect 2027-02-03', () => {
    expect(event('ccna/v2-outline-change')).toMatchObject({
      kind: 'outline-change',
      code: '200-301',
      date: '2027-02-03',
    });
  });

  it('gives CCNP Enterprise and CCNP Security distinct names; the matrix title they share is acknowledged on both', () => {
    // The DoD 8140 matrix index calls both "Cisco Certified Network Professional": each lists it, and the two list
    // each other as same-acronym, so the bare title asks which one is meant (issue 8).
    const bare = 'cisco certified network professional';
    for (const [id, other] of [
      ['ccnp-enterprise', 'ccnp-security'],
      ['ccnp-security', 'ccnp-enterprise'],
    ] as const) {
      const c = cred(id);
      expect(
        c.aliases.map((n) => n.toLowerCase()),
        id,
      ).toContain(bare);
      expect(c.related, id).toContainEqual(expect.objectContaining({ credential: other, relation: 'same-acronym' }));
    }
    expect(cred('ccnp-enterprise').name).not.toBe(cred('ccnp-security').name);
  });

  it('keeps short acronyms from hijacking: no bare word aliases, and CISSO is neither CISO nor CISSP', () => {
    const cisso = cred('cisso');
    const names = [cisso.acronym, ...cisso.aliases].map((n) => n.toLowerCase());
    expect(names).not.toContain('ciso');
    expect(names).not.toContain('cissp');
    for (const id of ['cfr', 'csc', 'a-plus']) {
      for (const alias of cred(id).aliases) expect(alias.split(/\s+/).length, `${id}: ${alias}`).toBeGreaterThan(1);
    }
  });

  it('CompTIA issuer rules: three-year validity, renewal by exam, Pearson VUE', () => {
    const comptia = catalog.issuers.find((i) => i.id === 'comptia');
    expect(comptia?.rules).toBeDefined();
    expect(JSON.stringify(comptia?.rules?.validity_years)).toContain('3');
    expect(JSON.stringify(comptia?.rules?.provider)).toContain('Pearson VUE');
  });
});
