/**
 * When an entry is due for review, on the real catalog's AAISM with made-up dates: 180 days after it
 * was verified, or 60 days when a dated change falls within the next 120 days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { viewCredential } from '../../src/answer/credential-view.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { reviewState } from '../../src/catalog/review-due.js';
import type { Credential, CredentialEvent } from '../../src/catalog/schema.js';
import { loadTestIndex, noon } from '../answer/load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

function aaism(verified: string, events: Partial<CredentialEvent>[] = []): Credential {
  const c = index.credential('aaism');
  if (!c) throw new Error('aaism missing');
  const sources = [c.sources[0]?.id ?? 'x'];
  return {
    ...c,
    verified,
    events: events.map((e, i) => ({
      id: `aaism/test-${i}`,
      kind: 'outline-change',
      date: '2027-01-01',
      dates_by_language: [],
      sources,
      replaced_by: [],
      ...e,
    })) as CredentialEvent[],
  };
}

describe('review due', () => {
  it('with no change near: due from day 181', () => {
    const c = aaism('2026-06-01');
    expect(reviewState(c, '2026-11-28')).toMatchObject({ due: false, verifiedDaysAgo: 180, threshold: 180 });
    expect(reviewState(c, '2026-11-29')).toMatchObject({ due: true, verifiedDaysAgo: 181, overdueDays: 1 });
  });

  it('with a dated change within 120 days: due from day 61', () => {
    const c = aaism('2026-10-01', [{ kind: 'last-exam', date: '2027-03-30' }]);
    expect(reviewState(c, '2026-11-30')).toMatchObject({ due: false, verifiedDaysAgo: 60, threshold: 60 });
    expect(reviewState(c, '2026-12-01')).toMatchObject({
      due: true,
      verifiedDaysAgo: 61,
      threshold: 60,
      nearChange: { kind: 'last-exam', day: '2027-03-30', inDays: 119 },
    });
  });

  it('a change 121 days away, or already past, is not near', () => {
    const c = aaism('2026-08-01', [{ date: '2027-04-01' }, { date: '2026-11-01' }]);
    expect(reviewState(c, '2026-12-01')).toMatchObject({ due: false, threshold: 180, nearChange: null });
  });

  it('a month-precision change counts from the first of the month', () => {
    const c = aaism('2026-09-01', [{ kind: 'launched', date: '2027-03' }]);
    expect(reviewState(c, '2026-12-01')).toMatchObject({ due: true, nearChange: { day: '2027-03-01', inDays: 90 } });
  });

  it('the card of a due entry says it may be out of date', () => {
    const c = aaism('2026-10-01', [{ kind: 'last-exam', date: '2027-01-15' }]);
    expect(viewCredential(c, index, noon('2026-11-30')).stale).toBe(false);
    expect(viewCredential(c, index, noon('2026-12-01')).stale).toBe(true);
  });
});
