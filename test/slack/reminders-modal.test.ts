/**
 * The "Remind this channel" button and its modal, and the "Stop these reminders" button, end to end:
 * the real app, the Slack stand-in, an in-memory store shared within this file (each test its channel).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/create-logger.js';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { runReminderPass } from '../../src/reminders/run-reminder-pass.js';
import { REMIND_MODAL } from '../../src/render/slack/render-remind-modal.js';
import { validateView } from '../support/block-kit-validator.js';
import { ASKER, CHANNEL, catalogIndex, type Harness, memoryStore, startHarness, TEAM } from './harness.js';
import { CLOCK, channelSubs, remind, said, submitModal, WS } from './reminders-support.js';
import { blockKitProblems, everythingSent } from './seen-messages.js';

const UNESCAPED = /<!(channel|here|everyone|subteam)|<@U123/;
const button = (value: unknown) => ({
  type: 'button',
  value: JSON.stringify(value),
  text: { type: 'plain_text', text: 'x' },
});
/** The block_actions payload fields that place a click in `channel`. */
const inChannel = (channel: string) => ({
  channel: { id: channel, name: 'team' },
  container: { type: 'message', message_ts: '1764000000.000100', channel_id: channel, is_ephemeral: false },
});
const outsider = { user: { id: 'U0GUEST', username: 'guest', name: 'guest', team_id: 'T0PARTNER' } };

interface ViewAck {
  response_action?: string;
  errors?: Record<string, string>;
  view?: unknown;
}
async function viewAck(res: Response): Promise<ViewAck> {
  expect(res.status).toBe(200);
  const text = await res.text();
  return text === '' ? {} : (JSON.parse(text) as ViewAck);
}

describe('the reminders modal and buttons', () => {
  let h: Harness;
  afterEach(async () => {
    expect(blockKitProblems(h)).toEqual([]);
    expect(everythingSent(h)).not.toMatch(UNESCAPED);
    await h?.close();
  });
  const start = async (deps = {}) => {
    h = await startHarness({ deps: { now: () => CLOCK, ...deps } });
    return h;
  };

  it('Remind this channel opens a valid modal with the same choices, preselecting what the button names', async () => {
    await start();
    await h.action('remind_channel', button({ ids: ['aaism', 'no-such-thing'] }));
    const [open] = await h.standIn.waitFor('views.open');
    expect(open?.body.trigger_id).toBe('111.222.def');
    const view = open?.body.view as Record<string, unknown>;
    expect(validateView(view)).toEqual([]);
    expect(view.callback_id).toBe(REMIND_MODAL.callbackId);
    expect(JSON.parse(String(view.private_metadata))).toEqual({ channel: CHANNEL });
    const text = JSON.stringify(view);
    for (const id of Object.values(REMIND_MODAL.inputs)) expect(text).toContain(id.block);
    expect(text).toContain('"initial_options":[{"text":{"type":"plain_text","text":"AAISM');
    expect(text).toContain('Amazon Web Services');
    expect(text).toContain('"initial_value":"90, 30, 7, 1"');
    expect(text).toContain('"initial_option":{"text":{"type":"plain_text","text":"09:00","emoji":true},"value":"9"}');

    await h.action('remind_channel', button({ issuer: 'aws' }));
    const [, second] = await h.standIn.waitFor('views.open', 2);
    expect(JSON.stringify(second?.body.view)).toMatch(/"initial_option":\{[^}]*"text":"Amazon Web Services"/);
  });

  it('/cert help shows the remind syntax, and a deadlines answer offers the button for its credentials', async () => {
    await start();
    const help = said(await (await h.command('help')).json());
    expect(help).toContain('/cert remind aaism 30,7 days at 8am');
    expect(help).toContain('remind_channel');
    const deadlines = (await (await h.command('when is the last day to sit mls-c01?')).json()) as { blocks: unknown[] };
    const elements = (deadlines.blocks as { elements?: { action_id?: string; value?: string }[] }[]).flatMap(
      (b) => b.elements ?? [],
    );
    const offer = elements.find((e) => e.action_id === 'remind_channel');
    expect(JSON.parse(offer?.value ?? '')).toEqual({ ids: ['mls-c01'] });
    await h.action('remind_channel', { type: 'button', value: offer?.value, text: { type: 'plain_text', text: 'x' } });
    const [open] = await h.standIn.waitFor('views.open');
    expect(JSON.stringify(open?.body.view)).toMatch(
      /"initial_options":\[\{"text":\{"type":"plain_text","text":"MLS-C01/,
    );
  });

  it('the button tells the person instead when the app is not in the channel, or they may not change it', async () => {
    await start();
    h.standIn.on('conversations.info', () => ({ body: { ok: false, error: 'channel_not_found' } }));
    await h.action('remind_channel', button({}));
    await h.action('remind_channel', button({}), outsider);
    const replies = await h.standIn.waitFor('/respond/action', 2);
    const texts = replies.map((r) => String(r.body.text));
    expect(texts.some((t) => t.includes('/invite @certdesk'))).toBe(true);
    expect(texts.some((t) => t.includes('other organizations'))).toBe(true);
    for (const r of replies) expect(r.body.response_type).toBe('ephemeral');
    expect(h.standIn.callsTo('views.open')).toEqual([]);
  });

  it('a submitted modal subscribes the channel in private_metadata, in the Slack time zone, and confirms privately', async () => {
    await start();
    h.standIn.on('users.info', (c) => ({ body: { ok: true, user: { id: c.body.user, tz: 'Asia/Tokyo' } } }));
    const ack = await viewAck(await submitModal(h, { credentials: ['mls-c01', 'aif-c01'], leads: '30, 7', hour: '8' }));
    expect(ack).toEqual({});
    const [sub, ...more] = await channelSubs(await memoryStore(), 'C0MODAL');
    expect(more).toEqual([]);
    expect(sub).toMatchObject({
      ...WS,
      scope: { kind: 'credentials', ids: ['aif-c01', 'mls-c01'] },
      leads: [30, 7],
      hour: 8,
      tz: 'Asia/Tokyo',
      createdBy: ASKER,
    });
    const [confirm] = await h.standIn.waitFor('chat.postEphemeral');
    expect(confirm?.body).toMatchObject({ channel: 'C0MODAL', user: ASKER });
    expect(said(confirm?.body)).toContain('30 and 7 days before, at 08:00 Asia/Tokyo');

    await viewAck(await submitModal(h, { issuer: 'aws', hour: '0' }, { privateMetadata: '{"channel":"C0MODAL2"}' }));
    expect((await channelSubs(await memoryStore(), 'C0MODAL2'))[0]).toMatchObject({
      scope: { kind: 'issuer', id: 'aws' },
      leads: [90, 30, 7, 1],
      hour: 0,
    });
  });

  it('an invalid submission gets errors beside the inputs, and nothing is stored', async () => {
    await start();
    const both = await viewAck(await submitModal(h, { credentials: ['aaism'], issuer: 'aws' }, meta('C0INVALID')));
    expect(both.response_action).toBe('errors');
    expect(Object.keys(both.errors ?? {})).toEqual([REMIND_MODAL.inputs.issuer.block]);
    const leads = await viewAck(await submitModal(h, { leads: 'soon <!here>' }, meta('C0INVALID')));
    expect(leads.response_action).toBe('errors');
    expect(leads.errors?.[REMIND_MODAL.inputs.leads.block]).toMatch(/is not a lead/);
    const tooMany = await viewAck(await submitModal(h, { leads: '1,2,3,4,5,6,7,8,9,10,11' }, meta('C0INVALID')));
    expect(tooMany.errors?.[REMIND_MODAL.inputs.leads.block]).toMatch(/At most 10/);
    const unknown = await viewAck(await submitModal(h, { credentials: ['not-in-catalog'] }, meta('C0INVALID')));
    expect(unknown.errors?.[REMIND_MODAL.inputs.credentials.block]).toMatch(/Not in the catalog/);
    expect(await channelSubs(await memoryStore(), 'C0INVALID')).toEqual([]);
    expect(h.standIn.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('a submission from outside the organization, or with a form not ours, is replaced by a notice', async () => {
    await start();
    const refused = await viewAck(
      await submitModal(h, {}, { ...meta('C0NOTICE'), user: 'U0GUEST', userTeam: 'T0PARTNER' }),
    );
    expect(refused.response_action).toBe('update');
    expect(validateView(refused.view)).toEqual([]);
    expect(said(refused.view)).toContain('other organizations');
    const stale = await viewAck(await submitModal(h, {}, { privateMetadata: 'not json' }));
    expect(said(stale.view)).toContain('out of date');
    expect(await channelSubs(await memoryStore(), 'C0NOTICE')).toEqual([]);
  });

  it('Stop these reminders unsubscribes, confirms privately, and only in its own channel', async () => {
    await start();
    await remind(h, 'aws', 'C0STOP');
    await remind(h, 'aaism', 'C0OTHER');
    const [sub] = await channelSubs(await memoryStore(), 'C0STOP');
    const [other] = await channelSubs(await memoryStore(), 'C0OTHER');
    await h.action('stop_reminders', button({ sub: sub?.id }), inChannel('C0STOP'));
    await h.action('stop_reminders', button({ sub: sub?.id }), inChannel('C0STOP'));
    await h.action('stop_reminders', button({ sub: other?.id }), inChannel('C0STOP'));
    await h.action('stop_reminders', button('garbage'), inChannel('C0STOP'));
    const replies = await h.standIn.waitFor('/respond/action', 4);
    const texts = replies.map((r) => String(r.body.text));
    expect(texts[0]).toContain('Stopped these reminders');
    expect(texts[1]).toContain('already stopped');
    expect(texts[2]).toContain('already stopped');
    expect(texts[3]).toContain('can no longer read');
    for (const r of replies) expect(r.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(await channelSubs(await memoryStore(), 'C0STOP')).toEqual([]);
    expect(await channelSubs(await memoryStore(), 'C0OTHER')).toHaveLength(1);
    // Recorded: who stopped it (the clock is fixed, so look for the change rather than at the newest).
    const changes = await (await memoryStore()).subscriptions.changes(WS, { channel: 'C0STOP', limit: 5 });
    expect(changes.filter((c) => c.action === 'unsubscribed')).toEqual([
      expect.objectContaining({ actor: 'U0SHARER', subscriptionId: sub?.id }),
    ]);
  });

  it('the Stop button on a reminder the pass posted stops that subscription', async () => {
    await start();
    await remind(h, 'aws 30,7 days', 'C0PASS');
    const store = await memoryStore();
    const [sub] = await channelSubs(store, 'C0PASS');
    const index = await catalogIndex();
    // The next day at 09:00 UTC the catch-up reminders are due: run one pass against the stand-in.
    await runReminderPass({
      store,
      catalog: index.catalog,
      now: new Date('2026-03-11T09:00:00Z'),
      poster: createSlackPoster({ token: 'xoxb-test-token', slackApiUrl: h.standIn.apiUrl }),
      holder: 'test',
      logger: createLogger({ level: 'silent' }),
    });
    const posted = h.standIn.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0PASS');
    expect(posted).toHaveLength(1);
    const blocks = (posted[0]?.body.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
    const stop = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'stop_reminders');
    const value = stop?.value ?? '';
    expect(JSON.parse(value)).toEqual({ sub: sub?.id });
    await h.action(
      'stop_reminders',
      { type: 'button', value, text: { type: 'plain_text', text: 'Stop' } },
      inChannel('C0PASS'),
    );
    const [reply] = await h.standIn.waitFor('/respond/action');
    expect(String(reply?.body.text)).toContain('Stopped');
    expect(await channelSubs(store, 'C0PASS')).toEqual([]);
  });

  it('Stop is refused to people from another organization', async () => {
    await start();
    await remind(h, 'aws', 'C0GUARD');
    const [sub] = await channelSubs(await memoryStore(), 'C0GUARD');
    await h.action('stop_reminders', button({ sub: sub?.id }), { ...inChannel('C0GUARD'), ...outsider });
    const [reply] = await h.standIn.waitFor('/respond/action');
    expect(String(reply?.body.text)).toContain('other organizations');
    expect(await channelSubs(await memoryStore(), 'C0GUARD')).toHaveLength(1);
  });

  it('with CERTDESK_ADMINS, Stop works for those users only', async () => {
    await start({ admins: [ASKER] });
    await remind(h, 'aws', 'C0ADMIN');
    const [sub] = await channelSubs(await memoryStore(), 'C0ADMIN');
    await h.action('stop_reminders', button({ sub: sub?.id }), inChannel('C0ADMIN')); // U0SHARER, not an admin
    const [refused] = await h.standIn.waitFor('/respond/action');
    expect(String(refused?.body.text)).toContain('Only the certdesk administrators');
    expect(await channelSubs(await memoryStore(), 'C0ADMIN')).toHaveLength(1);
    await h.action('stop_reminders', button({ sub: sub?.id }), { ...inChannel('C0ADMIN'), user: adminUser });
    const [, stopped] = await h.standIn.waitFor('/respond/action', 2);
    expect(String(stopped?.body.text)).toContain('Stopped');
    expect(await channelSubs(await memoryStore(), 'C0ADMIN')).toEqual([]);
  });
});

const adminUser = { id: ASKER, username: 'asker', name: 'asker', team_id: TEAM };

function meta(channel: string) {
  return { privateMetadata: JSON.stringify({ channel }) };
}
