/**
 * Issue 7 §1–2 on a fixture catalog at pinned dates: an exam version's last day retires the code, not
 * the certification; answers and reminders say the version change; month-precision dates read as the
 * month and reminders count from its 1st; dates sources disagree on are all shown and reminders count
 * from the earliest; per-language dates are shown, reminders count from the primary (English) date.
 */
import { describe, expect, it } from 'vitest';
import { viewCredential } from '../../src/answer/credential-view.js';
import { buildCatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { type Catalog, credentialSchema, issuerSchema } from '../../src/catalog/schema.js';
import { buildReminderMessage } from '../../src/reminders/build-reminder-message.js';
import { collectCatalogEvents } from '../../src/reminders/collect-catalog-events.js';
import { dueReminders } from '../../src/reminders/due-reminders.js';
import { createNamer } from '../../src/render/doc/create-namer.js';
import { eventLines } from '../../src/render/doc/credential-extras.js';
import { codesText, statusText } from '../../src/render/doc/credential-facts.js';
import { renderReminderText } from '../../src/render/text/render-reminder-text.js';

const source = {
  id: 'comptia',
  title: 'CompTIA — Security+ page',
  publisher: 'CompTIA',
  url: 'https://comptia.example/secplus',
  kind: 'issuer',
  verified: '2026-11-01',
};

const secplus = credentialSchema.parse({
  id: 'security-plus',
  name: 'CompTIA Security+',
  acronym: 'Security+',
  issuer: 'comptia',
  track: 'core',
  level: 'intermediate',
  ai_focus: 'none',
  audience: ['security analysts'],
  validates: 'Core security skills.',
  verified: '2026-11-01',
  sources: [source, { ...source, id: 'blog-a', publisher: 'Blog A', kind: 'blog', url: 'https://a.example/' }],
  summary_sources: ['comptia'],
  exam: { sources: ['comptia'], codes: [{ code: 'SY0-801' }, { code: 'SY0-701' }] },
  events: [
    {
      id: 'security-plus/sy0-701-last-exam',
      kind: 'last-exam',
      code: 'SY0-701',
      date: '2027-06-11',
      dates_by_language: [{ languages: ['Japanese', 'Portuguese', 'Spanish', 'Thai'], date: '2027-08-13' }],
      sources: ['comptia'],
      replaced_by: ['security-plus'],
      replaced_by_code: 'SY0-801',
    },
    { id: 'security-plus/sy0-801-launch', kind: 'launched', code: 'SY0-801', date: '2026-12', sources: ['comptia'] },
    {
      id: 'security-plus/price-2027',
      kind: 'price-change',
      date: {
        claims: [
          { value: '2027-02', sources: ['comptia'] },
          { value: '2027-03', sources: ['blog-a'] },
        ],
      },
      sources: ['comptia'],
    },
  ],
});

const catalog: Catalog = {
  meta: { version: '2026-11-01', schema: 2 },
  credentials: [secplus],
  issuers: [
    issuerSchema.parse({ id: 'comptia', name: 'CompTIA', url: 'https://comptia.example/', kind: 'certification-body' }),
  ],
  qualifications: [],
  topics: [],
  topicSources: [],
  roles: [],
  roleSources: [],
};
const index = buildCatalogIndex(catalog);
const view = (day: string) => viewCredential(secplus, index, new Date(`${day}T12:00:00Z`));
const namer = (day: string) => createNamer([view(day)], index);

describe('an exam version ends, the certification stays', () => {
  it.each([
    ['2026-11-20', 'SY0-801 (announced) · SY0-701'],
    ['2027-06-10', 'SY0-801 · SY0-701'],
    ['2027-06-11', 'SY0-801 · SY0-701'],
    ['2027-06-12', 'SY0-801 · SY0-701 (previous)'],
  ] as const)('on %s: certification active, codes %s', (day, codes) => {
    const v = view(day);
    expect(v.status.state).toBe('active');
    expect(codesText(v)).toBe(codes);
  });

  it('says the version change in the status before and on the last day, not after', () => {
    const line =
      'Security+ exam SY0-701: last day in English 2027-06-11; Japanese, Portuguese, Spanish, Thai 2027-08-13; SY0-801 replaces it';
    expect(statusText(view('2027-06-10'), namer('2027-06-10'))).toContain(line);
    expect(statusText(view('2027-06-11'), namer('2027-06-11'))).toContain(line);
    expect(statusText(view('2027-06-12'), namer('2027-06-12'))).not.toContain('SY0-701');
  });

  it('shows a month as the month and disputed dates with every value, in the dated events', () => {
    const lines = eventLines(view('2026-11-20'), namer('2026-11-20'));
    expect(lines).toContain('December 2026 — exam SY0-801: launched (in 11 days)');
    expect(lines.some((l) => l.startsWith('February 2027 or March 2027 (sources disagree) — price change'))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('2027-06-11; Japanese, Portuguese, Spanish, Thai 2027-08-13 — exam SY0-701')),
    ).toBe(true);
  });
});

describe('reminders for versions, months and disputed dates', () => {
  const events = collectCatalogEvents(catalog).map((e) => ({ ...e, firstSeenAt: new Date(0) }));
  const sub = {
    id: 's1',
    leads: [7],
    hour: 9,
    tz: 'UTC',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    scope: { kind: 'all' as const },
  };
  const dueOn = (iso: string) => dueReminders({ subscription: sub, events, now: new Date(iso), history: [] });

  it('count from the 1st of a month, the earliest disputed date, and the English date', () => {
    expect(events.map((e) => [e.eventId, e.date])).toEqual([
      ['security-plus/sy0-701-last-exam', '2027-06-11'],
      ['security-plus/sy0-801-launch', '2026-12-01'],
      ['security-plus/price-2027', '2027-02-01'],
    ]);
    expect(dueOn('2026-11-24T09:00:00Z').map((r) => r.eventId)).toEqual(['security-plus/sy0-801-launch']);
    expect(dueOn('2027-01-25T09:00:00Z').map((r) => r.eventId)).toEqual(['security-plus/price-2027']);
    expect(dueOn('2027-06-04T09:00:00Z').map((r) => r.eventId)).toEqual(['security-plus/sy0-701-last-exam']);
  });

  it('say it is the month, that sources disagree, the other languages, and that the certification stays', () => {
    const text = (iso: string) =>
      renderReminderText(
        buildReminderMessage({ catalog, reminders: dueOn(iso), subscriptions: [], now: new Date(iso) }),
      );
    expect(text('2026-11-24T09:00:00Z')).toContain('December 2026');
    expect(text('2026-11-24T09:00:00Z')).toContain('The source gives only the month (December 2026)');
    expect(text('2027-01-25T09:00:00Z')).toContain('Sources disagree on the date (2027-02 or 2027-03)');
    const version = text('2027-06-04T09:00:00Z');
    expect(version).toContain('exam SY0-701: Last day to sit the exam');
    expect(version).toContain('Japanese, Portuguese, Spanish, Thai: 2027-08-13');
    expect(version).toContain('Security+ itself stays active; SY0-801 replaces SY0-701.');
  });
});
