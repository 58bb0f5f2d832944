import { describe, expect, it } from 'vitest';
import {
  type DueSubscription,
  dueReminders,
  type HistoryItem,
  type ReminderEvent,
  upcomingReminders,
} from '../../src/reminders/due-reminders.js';

const EPOCH = new Date(0);
const at = (iso: string) => new Date(iso);

function sub(over: Partial<DueSubscription> = {}): DueSubscription {
  return {
    id: 'sub1',
    leads: [90, 30, 7, 1],
    hour: 9,
    tz: 'UTC',
    createdAt: at('2026-01-01T00:00:00Z'),
    scope: { kind: 'all' },
    ...over,
  };
}

/** An event; its id stays the same when only its date is given anew (a moved date is the same event). */
function event(date: string, over: Partial<ReminderEvent> = {}): ReminderEvent {
  const credentialId = over.credentialId ?? 'mls-c01';
  const kind = over.kind ?? 'retired';
  return {
    eventId: `${credentialId}/${kind}`,
    credentialId,
    issuerId: 'aws',
    kind,
    date,
    firstSeenAt: EPOCH,
    ...over,
  };
}

function sent(date: string, ...leads: number[]): HistoryItem[] {
  return leads.map((lead) => ({
    eventId: 'mls-c01/retired',
    credentialId: 'mls-c01',
    kind: 'retired',
    date,
    lead,
    state: 'sent',
  }));
}

function due(s: DueSubscription, events: ReminderEvent[], now: string, history: HistoryItem[] = []) {
  return dueReminders({ subscription: s, events, now: at(now), history }).map((d) => ({
    date: d.date,
    lead: d.lead,
    at: d.at.toISOString(),
  }));
}

describe('due time: event date minus lead, at the hour in the time zone', () => {
  it('is due exactly at the hour, not a minute before (UTC)', () => {
    const history = sent('2026-12-31', 90);
    expect(due(sub(), [event('2026-12-31')], '2026-12-01T08:59:59Z', history)).toEqual([]);
    expect(due(sub(), [event('2026-12-31')], '2026-12-01T09:00:00Z', history)).toEqual([
      { date: '2026-12-31', lead: 30, at: '2026-12-01T09:00:00.000Z' },
    ]);
  });

  it('keeps 09:00 local in New York when daylight saving starts (2026-03-08)', () => {
    const s = sub({ tz: 'America/New_York', leads: [30, 7] });
    const history: HistoryItem[] = [
      {
        eventId: 'mls-c01/retired',
        credentialId: 'mls-c01',
        kind: 'retired',
        date: '2026-03-15',
        lead: 30,
        state: 'sent',
      },
    ];
    // Lead 30 fell on 2026-02-13, still EST (UTC-5): 14:00Z.
    expect(due(s, [event('2026-03-15')], '2026-02-13T14:00:00Z')).toEqual([
      { date: '2026-03-15', lead: 30, at: '2026-02-13T14:00:00.000Z' },
    ]);
    // Lead 7 falls on 2026-03-08, the first day of EDT (UTC-4): 13:00Z.
    expect(due(s, [event('2026-03-15')], '2026-03-08T12:59:00Z', history)).toEqual([]);
    expect(due(s, [event('2026-03-15')], '2026-03-08T13:00:00Z', history)).toEqual([
      { date: '2026-03-15', lead: 7, at: '2026-03-08T13:00:00.000Z' },
    ]);
  });

  it('keeps 09:00 local in New York when daylight saving ends (2026-11-01)', () => {
    const s = sub({ tz: 'America/New_York', leads: [7] });
    // 2026-11-01 is EST again (UTC-5) from 02:00 local: 09:00 local is 14:00Z, not 13:00Z.
    expect(due(s, [event('2026-11-08')], '2026-11-01T13:30:00Z')).toEqual([]);
    expect(due(s, [event('2026-11-08')], '2026-11-01T14:00:00Z')).toEqual([
      { date: '2026-11-08', lead: 7, at: '2026-11-01T14:00:00.000Z' },
    ]);
  });

  it('follows Europe/Berlin across its spring and autumn changes', () => {
    const s = sub({ tz: 'Europe/Berlin', leads: [7] });
    // 2026-03-29: CEST (UTC+2) from 02:00 local; 09:00 local = 07:00Z.
    expect(due(s, [event('2026-04-05')], '2026-03-29T06:59:00Z')).toEqual([]);
    expect(due(s, [event('2026-04-05')], '2026-03-29T07:00:00Z')[0]?.at).toBe('2026-03-29T07:00:00.000Z');
    // 2026-10-25: CET (UTC+1) again; 09:00 local = 08:00Z.
    expect(due(s, [event('2026-11-01')], '2026-10-25T07:59:00Z')).toEqual([]);
    expect(due(s, [event('2026-11-01')], '2026-10-25T08:00:00Z')[0]?.at).toBe('2026-10-25T08:00:00.000Z');
  });

  it('uses the local date, not the UTC date, for the lead (Pacific/Auckland is a day ahead)', () => {
    const s = sub({ tz: 'Pacific/Auckland', leads: [1] });
    // 2026-12-30 09:00 in Auckland (NZDT, UTC+13) is 2026-12-29T20:00Z.
    expect(due(s, [event('2026-12-31')], '2026-12-29T19:59:00Z')).toEqual([]);
    expect(due(s, [event('2026-12-31')], '2026-12-29T20:00:00Z')[0]?.at).toBe('2026-12-29T20:00:00.000Z');
  });

  it('moves an hour skipped by the spring change forward with the clock', () => {
    const s = sub({ tz: 'America/New_York', hour: 2, leads: [0] });
    // 02:00 does not exist on 2026-03-08 in New York: the reminder goes at 03:00 EDT = 07:00Z.
    expect(due(s, [event('2026-03-08')], '2026-03-08T06:59:00Z')).toEqual([]);
    expect(due(s, [event('2026-03-08')], '2026-03-08T07:00:00Z')[0]?.at).toBe('2026-03-08T07:00:00.000Z');
  });
});

describe('catch-up after downtime', () => {
  it('sends only the most recent missed lead of each event', () => {
    // 90 was sent; the process was down through the 30-day and 7-day leads; it is back 3 days before.
    const history = sent('2026-12-31', 90);
    expect(due(sub(), [event('2026-12-31')], '2026-12-28T10:00:00Z', history)).toEqual([
      { date: '2026-12-31', lead: 7, at: '2026-12-24T09:00:00.000Z' },
    ]);
    // Once that is sent, the next is the 1-day lead, on time.
    const after = [...history, ...sent('2026-12-31', 7)];
    expect(due(sub(), [event('2026-12-31')], '2026-12-29T10:00:00Z', after)).toEqual([]);
    expect(due(sub(), [event('2026-12-31')], '2026-12-30T09:00:00Z', after)).toEqual([
      { date: '2026-12-31', lead: 1, at: '2026-12-30T09:00:00.000Z' },
    ]);
  });

  it('sends nothing for an event already past, and still reminds on the day itself', () => {
    expect(due(sub(), [event('2026-12-31')], '2027-01-01T00:30:00Z', sent('2026-12-31', 90))).toEqual([]);
    expect(due(sub(), [event('2026-12-31')], '2026-12-31T15:00:00Z', sent('2026-12-31', 90, 30, 7))).toEqual([
      { date: '2026-12-31', lead: 1, at: '2026-12-30T09:00:00.000Z' },
    ]);
  });

  it('does not repeat a lead already sent', () => {
    expect(due(sub(), [event('2026-12-31')], '2026-12-02T09:00:00Z', sent('2026-12-31', 90, 30))).toEqual([]);
  });

  it('gives each event its own most recent lead', () => {
    const events = [event('2026-12-31'), event('2027-01-20', { credentialId: 'scs-c02', kind: 'last-exam' })];
    const got = dueReminders({ subscription: sub(), events, now: at('2026-12-26T12:00:00Z'), history: [] });
    expect(got.map((d) => `${d.credentialId}:${d.lead}`)).toEqual(['scs-c02:30', 'mls-c01:7']);
  });
});

describe('a new subscription', () => {
  const created = at('2026-11-24T15:00:00Z');

  it('waits for its next due hour, then hears each event inside its longest lead once, as its most recent passed lead', () => {
    const s = sub({ createdAt: created });
    const events = [event('2026-12-14')];
    expect(due(s, events, '2026-11-24T15:01:00Z')).toEqual([]);
    expect(due(s, events, '2026-11-25T08:59:00Z')).toEqual([]);
    expect(due(s, events, '2026-11-25T09:00:00Z')).toEqual([
      { date: '2026-12-14', lead: 30, at: '2026-11-25T09:00:00.000Z' },
    ]);
    // Then it follows the leads: nothing until the 7-day lead.
    const history = sent('2026-12-14', 30);
    expect(due(s, events, '2026-12-06T09:00:00Z', history)).toEqual([]);
    expect(due(s, events, '2026-12-07T09:00:00Z', history)).toEqual([
      { date: '2026-12-14', lead: 7, at: '2026-12-07T09:00:00.000Z' },
    ]);
  });

  it('hears nothing yet about an event beyond its longest lead', () => {
    const s = sub({ createdAt: created });
    expect(due(s, [event('2027-06-30')], '2026-11-25T09:00:00Z')).toEqual([]);
    expect(due(s, [event('2027-06-30')], '2027-04-01T09:00:00Z')).toEqual([
      { date: '2027-06-30', lead: 90, at: '2027-04-01T09:00:00.000Z' },
    ]);
  });

  it('uses its own hour and zone for the first reminder', () => {
    const s = sub({ createdAt: created, tz: 'Europe/Berlin', hour: 8 });
    // 2026-11-25 08:00 in Berlin (CET, UTC+1) = 07:00Z.
    expect(due(s, [event('2026-12-14')], '2026-11-25T06:59:00Z')).toEqual([]);
    expect(due(s, [event('2026-12-14')], '2026-11-25T07:00:00Z')[0]?.lead).toBe(30);
  });
});

describe('new and moved events', () => {
  it('starts a newly added event at its next lead', () => {
    const e = event('2026-12-14', { firstSeenAt: at('2026-11-24T12:00:00Z') });
    // The 30-day lead (2026-11-14) passed before the catalog had the event: skipped.
    expect(due(sub(), [e], '2026-11-25T09:00:00Z')).toEqual([]);
    expect(due(sub(), [e], '2026-12-07T09:00:00Z')).toEqual([
      { date: '2026-12-14', lead: 7, at: '2026-12-07T09:00:00.000Z' },
    ]);
  });

  it('counts a lead due later the same day the event was added', () => {
    const e = event('2026-12-24', { firstSeenAt: at('2026-11-24T08:00:00Z') });
    expect(due(sub(), [e], '2026-11-24T09:00:00Z')).toEqual([
      { date: '2026-12-24', lead: 30, at: '2026-11-24T09:00:00.000Z' },
    ]);
  });

  it('follows a moved date: the channel that heard the old date hears the new one at the next due hour', () => {
    const heard = sent('2026-12-31', 90, 30);
    const moved = event('2026-12-20', { firstSeenAt: at('2026-12-05T00:00:00Z') });
    expect(due(sub(), [moved], '2026-12-04T09:00:00Z', heard)).toEqual([]);
    expect(due(sub(), [moved], '2026-12-05T09:00:00Z', heard)).toEqual([
      { date: '2026-12-20', lead: 30, at: '2026-12-05T09:00:00.000Z' },
    ]);
    // The old date's leads are not sent again; the new date's next lead follows.
    const after = [...heard, ...sent('2026-12-20', 30)];
    expect(due(sub(), [moved], '2026-12-13T09:00:00Z', after)).toEqual([
      { date: '2026-12-20', lead: 7, at: '2026-12-13T09:00:00.000Z' },
    ]);
  });

  it('treats a second event of the same kind (old date still listed) as new, not moved', () => {
    const heard = sent('2026-12-31', 90, 30);
    const events = [event('2026-12-31'), event('2026-12-20', { firstSeenAt: at('2026-12-05T00:00:00Z') })];
    expect(due(sub(), events, '2026-12-05T09:00:00Z', heard)).toEqual([]);
  });

  it('does not count an old date already past as a move', () => {
    const heard = sent('2026-06-30', 7, 1);
    const next = event('2026-12-20', { firstSeenAt: at('2026-12-05T00:00:00Z') });
    expect(due(sub(), [next], '2026-12-05T09:00:00Z', heard)).toEqual([]);
  });
});

describe('scope and listing', () => {
  const events = [
    event('2026-12-31'),
    event('2026-12-31', { credentialId: 'aaism', issuerId: 'isaca', kind: 'price-change' }),
  ];

  it('keeps to the subscription scope', () => {
    const now = at('2026-12-01T09:00:00Z');
    const only = (scope: DueSubscription['scope']) =>
      dueReminders({ subscription: sub({ scope }), events, now, history: [] }).map((d) => d.credentialId);
    expect(only({ kind: 'all' }).sort()).toEqual(['aaism', 'mls-c01']);
    expect(only({ kind: 'credentials', ids: ['aaism'] })).toEqual(['aaism']);
    expect(only({ kind: 'issuer', id: 'aws' })).toEqual(['mls-c01']);
  });

  it('lists what comes next, soonest first, without superseded leads', () => {
    const s = sub({ createdAt: at('2026-11-24T15:00:00Z') });
    const next = upcomingReminders({
      subscription: s,
      events: [event('2026-12-14')],
      now: at('2026-11-24T16:00:00Z'),
      history: [],
    });
    expect(next.map((d) => [d.lead, d.at.toISOString()])).toEqual([
      [30, '2026-11-25T09:00:00.000Z'],
      [7, '2026-12-07T09:00:00.000Z'],
      [1, '2026-12-13T09:00:00.000Z'],
    ]);
  });
});
