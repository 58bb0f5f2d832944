/**
 * `/cert remind …` end to end: the real app over HTTP, the Slack stand-in, an in-memory store. Each test
 * uses its own channel (the store is shared within this file). Every reply goes through the Block Kit
 * validator and the mention scan.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ASKER, type Harness, memoryStore, startHarness } from './harness.js';
import { CLOCK, channelSubs, remind, said, WS } from './reminders-support.js';
import { blockKitProblems, everythingSent } from './seen-messages.js';

const UNESCAPED = /<!(channel|here|everyone|subteam)|<@U123|<#C999/;
const notMember = (c: { body: Record<string, unknown> }) => ({
  body: { ok: true, channel: { id: c.body.channel, is_member: false } },
});

describe('/cert remind', () => {
  let h: Harness;
  afterEach(async () => {
    expect(blockKitProblems(h)).toEqual([]);
    expect(everythingSent(h)).not.toMatch(UNESCAPED);
    await h?.close();
  });
  const start = async (deps: Parameters<typeof startHarness>[0] = {}) => {
    h = await startHarness({ ...deps, deps: { now: () => CLOCK, ...deps.deps } });
    return h;
  };

  it('subscribes the channel to every dated change, 90/30/7/1 days at 09:00 in the Slack time zone of the asker', async () => {
    await start();
    h.standIn.on('users.info', (c) => ({ body: { ok: true, user: { id: c.body.user, tz: 'America/New_York' } } }));
    const reply = await remind(h, '', 'C0ALL');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/Reminders set/);
    expect(said(reply)).toContain('every dated change');
    expect(said(reply)).toContain('90, 30, 7 and 1 days before, at 09:00 America/New_York (your Slack time zone)');
    // The first reminders it will send, today at 09:00 in New York: MLS-C01's last exam day among them.
    expect(said(reply)).toContain(
      '*Tue 10 Mar 2026, 09:00* — MLS-C01: last day to sit the exam in 21 days (Tue 31 Mar 2026)',
    );
    expect(h.standIn.callsTo('users.info').map((c) => c.body.user)).toEqual([ASKER]);
    expect(h.standIn.callsTo('conversations.info').map((c) => c.body.channel)).toEqual(['C0ALL']);
    const [sub, ...more] = await channelSubs(await memoryStore(), 'C0ALL');
    expect(more).toEqual([]);
    expect(sub).toMatchObject({
      ...WS,
      scope: { kind: 'all' },
      leads: [90, 30, 7, 1],
      hour: 9,
      tz: 'America/New_York',
      status: 'active',
      createdBy: ASKER,
    });
    // Nothing is said in the channel itself.
    expect(h.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it("acknowledges within Slack's 3 seconds when Slack is slow to answer the lookups, falling back to UTC", async () => {
    await start();
    const slow =
      (body: (c: { body: Record<string, unknown> }) => unknown) => (c: { body: Record<string, unknown> }) => ({
        delayMs: 4000,
        body: body(c),
      });
    h.standIn.on(
      'users.info',
      slow((c) => ({ ok: true, user: { id: c.body.user, tz: 'Asia/Tokyo' } })),
    );
    h.standIn.on(
      'conversations.info',
      slow((c) => ({ ok: true, channel: { id: c.body.channel, is_member: true } })),
    );
    // Slack would answer only after 4 s: a reply in UTC shows the acknowledgment did not wait for it.
    const reply = await remind(h, '', 'C0SLOW');
    expect(reply.text).toMatch(/Reminders set/);
    const [sub] = await channelSubs(await memoryStore(), 'C0SLOW');
    expect(sub).toMatchObject({ tz: 'UTC', status: 'active' });
  });

  it('narrows to credentials or an issuer, with lead days, hour and time zone as options', async () => {
    await start();
    expect(said(await remind(h, 'aaism scs-c03', 'C0SCOPE'))).toContain('AAISM and SCS-C03');
    expect(said(await remind(h, 'aws', 'C0SCOPE'))).toContain('everything from Amazon Web Services');
    const typed = await remind(h, 'mls-c01 30,7 days at 8am in Europe/Berlin', 'C0SCOPE');
    expect(said(typed)).toContain('30 and 7 days before, at 08:00 Europe/Berlin');
    expect(said(typed)).not.toContain('your Slack time zone');
    const subs = await channelSubs(await memoryStore(), 'C0SCOPE');
    expect(subs.map((s) => [s.scope, s.leads, s.hour, s.tz])).toEqual(
      expect.arrayContaining([
        [{ kind: 'credentials', ids: ['aaism', 'scs-c03'] }, [90, 30, 7, 1], 9, 'UTC'],
        [{ kind: 'issuer', id: 'aws' }, [90, 30, 7, 1], 9, 'UTC'],
        [{ kind: 'credentials', ids: ['mls-c01'] }, [30, 7], 8, 'Europe/Berlin'],
      ]),
    );
    expect(subs).toHaveLength(3);
  });

  it('updates the subscription when the same scope is given again', async () => {
    await start();
    await remind(h, 'aws 30 days', 'C0UPDATE');
    const again = await remind(h, 'AWS 2 weeks and 1 day before at 10', 'C0UPDATE');
    expect(again.text).toMatch(/Reminders updated/);
    const subs = await channelSubs(await memoryStore(), 'C0UPDATE');
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ scope: { kind: 'issuer', id: 'aws' }, leads: [14, 1], hour: 10 });
  });

  it('lists the subscriptions with the next reminders, a Stop button each, and the last changes', async () => {
    await start();
    expect(said(await remind(h, 'list', 'C0LIST'))).toContain('This channel has no reminders');
    await remind(h, 'aws 30,7 days', 'C0LIST');
    await remind(h, 'aaism', 'C0LIST');
    await remind(h, 'off aaism', 'C0LIST');
    const list = await remind(h, 'list', 'C0LIST');
    const text = said(list);
    const [aws] = await channelSubs(await memoryStore(), 'C0LIST');
    expect(text).toContain('everything from Amazon Web Services');
    expect(text).toMatch(/MLS-C01: last day to sit the exam in \d+ days \(Tue 31 Mar 2026\)/);
    expect(text).toContain(JSON.stringify(JSON.stringify({ sub: aws?.id })).slice(1, -1));
    expect(text).toContain('stop_reminders');
    expect(text).toContain('Recent changes');
    expect(text).toMatch(/<@U0ASKER> stopped: aaism/);
    expect(text).toMatch(/<@U0ASKER> subscribed: everything from aws/);
    expect(text).toContain('remind_channel');
  });

  it('stops one scope or all of them', async () => {
    await start();
    await remind(h, 'aws', 'C0OFF');
    await remind(h, 'aaism', 'C0OFF');
    expect(said(await remind(h, 'off aws', 'C0OFF'))).toContain('Stopped these reminders');
    expect((await channelSubs(await memoryStore(), 'C0OFF')).map((s) => s.scope)).toEqual([
      { kind: 'credentials', ids: ['aaism'] },
    ]);
    expect(said(await remind(h, 'off aws', 'C0OFF'))).toContain('Nothing to stop');
    await remind(h, 'off', 'C0OFF');
    expect(await channelSubs(await memoryStore(), 'C0OFF')).toEqual([]);
  });

  it('refuses numbers it would misread and words that name nothing, and changes nothing', async () => {
    await start();
    await remind(h, 'aaism 30 days', 'C0READ');
    const before = await channelSubs(await memoryStore(), 'C0READ');
    for (const [text, reason] of [
      ['aaism 10,000 days', /thousands separator/],
      ['aaism 7.5 days', /not a whole number/],
      ['aaism -7 days', /negative/],
      ['aaism 400 days', /too far ahead/],
      ['!!!', /I don't understand/],
      ['aaism 🎓', /I don't understand/],
      ['off ???', /I don't understand/],
      ['off 🎓', /I don't understand/],
      ['off frobnicate', /I don't know/],
    ] as const) {
      expect(said(await remind(h, text, 'C0READ')), text).toMatch(reason);
    }
    expect(await channelSubs(await memoryStore(), 'C0READ')).toEqual(before);
    const many = Array.from({ length: 500 }, (_, i) => `nosuch${i}`).join(' ');
    const reply = said(await remind(h, many, 'C0READ'));
    expect(reply).toContain('nosuch0');
    expect(reply).toContain('(and 499 more words after it)');
    expect(reply.length).toBeLessThan(1500);
  });

  it('shows a paused subscription and resumes it once the app is back in the channel', async () => {
    await start();
    await remind(h, 'aws', 'C0PAUSE');
    const store = await memoryStore();
    const ids = (await channelSubs(store, 'C0PAUSE')).map((s) => s.id);
    await store.subscriptions.pause(WS, ids, 'channel_not_found', 'certdesk', CLOCK);
    const list = said(await remind(h, 'list', 'C0PAUSE'));
    expect(list).toContain('Paused');
    expect(list).toContain('channel_not_found');
    expect(list).toContain('/cert remind resume');

    h.standIn.on('conversations.info', notMember);
    const refused = said(await remind(h, 'resume', 'C0PAUSE'));
    expect(refused).toContain('/invite @certdesk');
    expect(refused).toContain('/cert remind resume');
    expect((await channelSubs(store, 'C0PAUSE'))[0]?.status).toBe('paused');

    h.standIn.on('conversations.info', (c) => ({
      body: { ok: true, channel: { id: c.body.channel, is_member: true } },
    }));
    expect(said(await remind(h, 'resume', 'C0PAUSE'))).toContain('Reminders resumed');
    expect((await channelSubs(store, 'C0PAUSE'))[0]?.status).toBe('active');
  });

  it('says how to invite the app when it is not in the channel, and stores nothing', async () => {
    await start();
    h.standIn.on('conversations.info', notMember);
    expect(said(await remind(h, 'aws', 'C0OUT'))).toContain('Invite me with `/invite @certdesk`');
    h.standIn.on('conversations.info', () => ({ body: { ok: false, error: 'channel_not_found' } }));
    expect(said(await remind(h, '', 'C0PRIVATE'))).toContain('/invite @certdesk');
    expect(await channelSubs(await memoryStore(), 'C0OUT')).toEqual([]);
    expect(await channelSubs(await memoryStore(), 'C0PRIVATE')).toEqual([]);
    // In a DM there is no channel to remind.
    expect(said(await remind(h, 'aws', 'D0DM'))).toContain('Reminders are posted in channels');
    expect(h.standIn.callsTo('conversations.info').map((c) => c.body.channel)).toEqual(['C0OUT', 'C0PRIVATE']);
  });

  it('refuses people from another organization in a Slack Connect channel, but shows them the list', async () => {
    await start();
    await remind(h, 'aws', 'C0SHARED');
    const outsider = { team_id: 'T0PARTNER', team_domain: 'partner', user_id: 'U0GUEST' };
    for (const text of ['', 'off', 'resume', 'aaism 7 days']) {
      expect(said(await remind(h, text, 'C0SHARED', outsider)), text).toContain('other organizations');
    }
    expect(said(await remind(h, 'list', 'C0SHARED', outsider))).toContain('everything from Amazon Web Services');
    expect((await channelSubs(await memoryStore(), 'C0SHARED')).map((s) => s.scope)).toEqual([
      { kind: 'issuer', id: 'aws' },
    ]);
  });

  it('with CERTDESK_ADMINS, only those users change reminders', async () => {
    await start({ deps: { admins: ['U0ADMIN'] } });
    expect(said(await remind(h, 'aws', 'C0ADMINS'))).toContain('Only the certdesk administrators');
    expect(await channelSubs(await memoryStore(), 'C0ADMINS')).toEqual([]);
    expect(said(await remind(h, 'aws', 'C0ADMINS', { user_id: 'U0ADMIN' }))).toContain('Reminders set');
    expect(said(await remind(h, 'off', 'C0ADMINS'))).toContain('Only the certdesk administrators');
    expect(await channelSubs(await memoryStore(), 'C0ADMINS')).toHaveLength(1);
  });

  it('shows the syntax and the Remind this channel button on help, and explains what it cannot read', async () => {
    await start();
    const help = said(await remind(h, 'help', 'C0HELP'));
    expect(help).toContain('/cert remind aaism 30,7 days at 8am');
    expect(help).toContain('remind_channel');
    const bad = await remind(h, 'frobozz', 'C0HELP');
    expect(bad.text).toContain('I don\'t know "frobozz"');
    expect(said(bad)).toContain('/cert remind help');
  });

  it('echoes nothing typed unescaped', async () => {
    await start();
    for (const text of [
      '<!channel> <@U123>',
      'aws at <!here>',
      'aws in <!everyone>',
      'off <#C999|x>',
      '<!subteam^S1>',
    ]) {
      const reply = await remind(h, text, 'C0HOSTILE');
      expect(reply.text.length).toBeGreaterThan(0);
    }
    expect(said(h.replies)).toContain('&lt;!here&gt;');
  });

  it('answers with an apology when the store fails, and the failure reaches the error handler', async () => {
    const store = await memoryStore();
    const broken = { ...store.subscriptions, upsert: () => Promise.reject(new Error('database is down')) };
    await start({ deps: { store: { ...store, subscriptions: broken } } });
    const reply = await remind(h, 'aws', 'C0BROKEN');
    expect(reply.text).toContain('something went wrong');
    await h.slack.idle();
    expect(h.logs.some((l) => l.msg === 'a Slack listener failed')).toBe(true);
  });
});
