/**
 * Status is computed from dated events and today's UTC date, never stored. Each event is pinned
 * before, on and after its date, on the real catalog and on made-up credentials for the other kinds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeStatus } from '../../src/answer/compute-status.js';
import { viewCredential } from '../../src/answer/credential-view.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import type { Credential, CredentialEvent } from '../../src/catalog/schema.js';
import { loadTestIndex, noon, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

function real(id: string): Credential {
  const c = index.credential(id);
  if (!c) throw new Error(`${id} is not in the catalog`);
  return c;
}

function stateOf(id: string, day: string) {
  return viewCredential(real(id), index, noon(day)).status.state;
}

/** A copy of AAISM with other events, to pin event kinds the real catalog does not use yet. */
function withEvents(events: Partial<CredentialEvent>[]): Credential {
  return {
    ...real('aaism'),
    id: 'made-up',
    events: events.map((e, i) => ({
      id: `made-up/event-${i}`,
      kind: 'launched',
      date: '2026-01-01',
      sources: ['seed'],
      replaced_by: [],
      dates_by_language: [],
      ...e,
    })),
  };
}

describe('MLS-C01: last exam 2026-03-31', () => {
  it.each([
    ['2026-03-30', 'retiring'],
    ['2026-03-31', 'last-day'],
    ['2026-04-01', 'retired'],
    ['2026-11-24', 'retired'],
  ] as const)('on %s is %s', (day, state) => {
    expect(stateOf('mls-c01', day)).toBe(state);
  });

  it('names its last exam day, the day it counts as retired, and its replacements', () => {
    const status = viewCredential(real('mls-c01'), index, noon('2026-03-30')).status;
    expect(status.lastExam).toBe('2026-03-31');
    expect(status.retiredOn).toBe('2026-04-01');
    // content-e (issue 8): ctaio.dev (https://ctaio.dev/en/ai-certifications/aws-ai-certification/) names GenAI Developer – Professional (AIP-C01) among MLS-C01's replacements, next to the seed's MLA and AIF.
    expect(status.replacedBy).toEqual(['mla-c01', 'aif-c01', 'aip-c01']);
    expect(status.next).toMatchObject({ kind: 'last-exam', date: '2026-03-31', days: 1 });
  });

  it('counts the day in UTC, whatever the hour', () => {
    expect(viewCredential(real('mls-c01'), index, new Date('2026-03-31T23:59:59Z')).status.state).toBe('last-day');
    expect(viewCredential(real('mls-c01'), index, new Date('2026-04-01T00:00:00Z')).status.state).toBe('retired');
  });
});

describe('AWS Security – Specialty: exam SCS-C02 last offered 2025-12-01, SCS-C03 from 2025-12-02', () => {
  const versions = (day: string) =>
    viewCredential(real('scs-c03'), index, noon(day)).status.versions.map((v) => `${v.code} ${v.status}`);

  it.each([
    ['2025-11-30', ['SCS-C03 announced', 'SCS-C02 current', 'SCS-C01 previous']],
    ['2025-12-01', ['SCS-C03 announced', 'SCS-C02 current', 'SCS-C01 previous']],
    ['2025-12-02', ['SCS-C03 current', 'SCS-C02 previous', 'SCS-C01 previous']],
    ['2026-11-24', ['SCS-C03 current', 'SCS-C02 previous', 'SCS-C01 previous']],
  ] as const)('on %s the certification is active; its versions are %j', (day, expected) => {
    expect(stateOf('scs-c03', day)).toBe('active');
    expect(versions(day)).toEqual(expected);
  });

  it('scs-c02, folded into it, still names the same entry and replaces nothing', () => {
    expect(index.credential('scs-c02')?.id).toBe('scs-c03');
    expect(viewCredential(real('scs-c03'), index, TODAY).status.replacedBy).toEqual([]);
  });
});

describe('AIP-C01: beta ends 2026-03-31, standard exam from 2026-04-14', () => {
  it.each([
    ['2026-03-30', 'beta'],
    ['2026-03-31', 'beta'],
    ['2026-04-01', 'announced'],
    ['2026-04-13', 'announced'],
    ['2026-04-14', 'active'],
    ['2026-04-15', 'active'],
  ] as const)('on %s is %s', (day, state) => {
    expect(stateOf('aip-c01', day)).toBe(state);
  });
});

describe('a future change', () => {
  it('CCSP stays active around its 2026-08-01 outline change, which is its next change until then', () => {
    for (const day of ['2026-07-31', '2026-08-01', '2026-08-02']) expect(stateOf('ccsp', day)).toBe('active');
    expect(viewCredential(real('ccsp'), index, noon('2026-07-15')).status.next).toMatchObject({
      kind: 'outline-change',
      days: 17,
    });
    expect(viewCredential(real('ccsp'), index, noon('2026-08-02')).status.next).toBeUndefined();
  });

  it('AAIR is announced before its 2026-04-15 launch and active from that day', () => {
    expect(stateOf('aair', '2026-04-14')).toBe('announced');
    expect(stateOf('aair', '2026-04-15')).toBe('active');
  });
});

describe('event kinds the catalog does not use yet', () => {
  it('a retired date: retiring before it, retired on and after it', () => {
    const c = withEvents([{ kind: 'retired', date: '2027-06-30' }]);
    expect(computeStatus(c, '2027-06-29').state).toBe('retiring');
    expect(computeStatus(c, '2027-06-30').state).toBe('retired');
    expect(computeStatus(c, '2027-07-01').state).toBe('retired');
    expect(computeStatus(c, '2027-06-29').retiredOn).toBe('2027-06-30');
  });

  it('the earlier of the day after the last exam and the retired date counts', () => {
    const c = withEvents([
      { kind: 'last-exam', date: '2027-03-31' },
      { kind: 'retired', date: '2027-12-31' },
    ]);
    expect(computeStatus(c, '2027-03-31').state).toBe('last-day');
    expect(computeStatus(c, '2027-04-01').state).toBe('retired');
    expect(computeStatus(c, '2027-04-01').retiredOn).toBe('2027-04-01');
  });

  it('a beta from beta-starts through its beta-ends day, then active', () => {
    const c = withEvents([
      { kind: 'beta-starts', date: '2027-01-10' },
      { kind: 'beta-ends', date: '2027-02-10' },
      { kind: 'launched', date: '2027-01-10' },
    ]);
    expect(computeStatus(c, '2027-01-09').state).toBe('announced');
    expect(computeStatus(c, '2027-01-10').state).toBe('beta');
    expect(computeStatus(c, '2027-02-10').state).toBe('beta');
    expect(computeStatus(c, '2027-02-11').state).toBe('active');
  });

  it('a beta that has started with no end date stays beta until launch', () => {
    const c = withEvents([
      { kind: 'beta-starts', date: '2027-01-10' },
      { kind: 'launched', date: '2027-03-01' },
    ]);
    expect(computeStatus(c, '2027-02-01').state).toBe('beta');
    expect(computeStatus(c, '2027-03-01').state).toBe('active');
  });

  it('launched with a future beta-ends is in beta', () => {
    const c = withEvents([
      { kind: 'launched', date: '2027-01-10' },
      { kind: 'beta-ends', date: '2027-02-10' },
    ]);
    expect(computeStatus(c, '2027-01-20').state).toBe('beta');
  });

  it('only announced, with no launch date yet, is announced', () => {
    expect(computeStatus(withEvents([{ kind: 'announced', date: '2026-10-01' }]), '2026-11-24').state).toBe(
      'announced',
    );
  });

  it('no events at all is active', () => {
    expect(computeStatus(withEvents([]), '2026-11-24').state).toBe('active');
  });
});

describe('staleness', () => {
  it('is stale only when verified more than 180 days before today', () => {
    const c = { ...real('aaism'), verified: '2026-05-28' };
    expect(viewCredential(c, index, noon('2026-11-24'))).toMatchObject({ stale: false, verifiedDaysAgo: 180 });
    expect(viewCredential(c, index, noon('2026-11-25'))).toMatchObject({ stale: true, verifiedDaysAgo: 181 });
  });
});
