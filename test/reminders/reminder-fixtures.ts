/**
 * A small catalog for reminder tests, built through the real credential schema. Against
 * 2026-11-24 09:00 UTC: MLS-C01's last exam and retirement fall on 2026-12-24 (30 days), SCS-C02
 * retires 2026-12-01 (7 days), AAISM's price changes 2027-01-15 (52 days: its 90-day lead passed).
 */
import { type Catalog, type Credential, credentialSchema, issuerSchema } from '../../src/catalog/schema.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import type { Store } from '../../src/store/store.js';

function credential(over: {
  id: string;
  acronym: string;
  name: string;
  issuer: string;
  events?: unknown[];
}): Credential {
  return credentialSchema.parse({
    ...over,
    track: 'practitioner',
    level: 'intermediate',
    audience: ['engineers'],
    validates: 'Things.',
    verified: '2026-11-01',
    sources: [
      {
        id: 'issuer-page',
        title: `${over.acronym} exam page`,
        publisher: 'Issuer',
        url: `https://issuer.example/${over.id}`,
        kind: 'issuer',
        verified: '2026-11-01',
      },
    ],
    summary_sources: ['issuer-page'],
    ai_focus: 'none',
    // A minimal v2 entry: every fact omitted is unknown.
    events: (over.events ?? []).map((e) => {
      const ev = e as { kind: string; date: string; id?: string };
      // Events without an id get today's catalog ids, {credential}/{kind}-{date}.
      return { id: `${over.id}/${ev.kind}-${ev.date}`, ...ev };
    }),
  });
}

export type ReminderCatalog = Pick<Catalog, 'credentials' | 'issuers'>;

export function reminderCatalog(overrides: { mlsDate?: string; extra?: Credential[] } = {}): ReminderCatalog {
  const mlsDate = overrides.mlsDate ?? '2026-12-24';
  return {
    issuers: [
      issuerSchema.parse({
        id: 'aws',
        name: 'Amazon Web Services',
        url: 'https://aws.amazon.com/certification/',
        kind: 'cloud-vendor',
      }),
      issuerSchema.parse({ id: 'isaca', name: 'ISACA', url: 'https://www.isaca.org/', kind: 'certification-body' }),
    ],
    credentials: [
      credential({
        id: 'mls-c01',
        acronym: 'MLS-C01',
        name: 'AWS Certified Machine Learning – Specialty',
        issuer: 'aws',
        events: [
          // The ids were given when the date was 2026-12-24; a corrected date keeps them (the same event, moved).
          {
            id: 'mls-c01/last-exam-2026-12-24',
            kind: 'last-exam',
            date: mlsDate,
            sources: ['issuer-page'],
            replaced_by: ['mla-c01', 'aif-c01'],
          },
          {
            id: 'mls-c01/retired-2026-12-24',
            kind: 'retired',
            date: mlsDate,
            sources: ['issuer-page'],
            replaced_by: ['mla-c01'],
          },
        ],
      }),
      credential({
        id: 'scs-c02',
        acronym: 'SCS-C02',
        name: 'AWS Certified Security – Specialty (C02)',
        issuer: 'aws',
        events: [{ kind: 'retired', date: '2026-12-01', sources: ['issuer-page'], replaced_by: ['scs-c03'] }],
      }),
      credential({
        id: 'aaism',
        acronym: 'AAISM',
        name: 'Advanced in AI Security Management',
        issuer: 'isaca',
        events: [
          {
            kind: 'price-change',
            date: '2027-01-15',
            sources: ['issuer-page'],
            note: 'Member price <!channel> goes up & non-member stays.',
          },
        ],
      }),
      credential({
        id: 'mla-c01',
        acronym: 'MLA-C01',
        name: 'AWS Certified Machine Learning Engineer – Associate',
        issuer: 'aws',
      }),
      credential({ id: 'aif-c01', acronym: 'AIF-C01', name: 'AWS Certified AI Practitioner', issuer: 'aws' }),
      credential({ id: 'scs-c03', acronym: 'SCS-C03', name: 'AWS Certified Security – Specialty', issuer: 'aws' }),
      ...(overrides.extra ?? []),
    ],
  };
}

/** The due moment the fixture is built around. */
export const PASS_NOW = new Date('2026-11-24T09:00:00.000Z');
/** Subscriptions made well before: the catch-up rule for new subscriptions does not apply. */
export const LONG_AGO = new Date('2026-01-01T00:00:00.000Z');

/** Subscribes each (team, channel) to every dated change, LONG_AGO: whatever is due now is owed to it. */
export async function subscribeToEveryChange(
  store: Store,
  places: readonly (readonly [team: string, channel: string])[],
): Promise<void> {
  for (const [team, channel] of places) {
    await subscribe(store, { team, enterprise: '', channel, scope: { kind: 'all' }, actor: 'U1', now: LONG_AGO });
  }
}
