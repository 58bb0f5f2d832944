import { describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/slack/notices.js';
import { ASKER, BOT_USER, CHANNEL, type Harness, startHarness, TEAM } from './harness.js';
import { checkBlockKitAfterEach } from './seen-messages.js';

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: ASKER,
  text,
  ts: '1764000100.000100',
  channel: CHANNEL,
  event_ts: '1764000100.000100',
  ...extra,
});

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel: 'D0DM',
  channel_type: 'im',
  user: ASKER,
  text,
  ts: '1764000200.000100',
  event_ts: '1764000200.000100',
  ...extra,
});

describe('events', () => {
  let h: Harness;
  checkBlockKitAfterEach(() => h);

  it('answers a mention in a thread under the question, without the bot mention in the question', async () => {
    h = await startHarness();
    expect((await h.event(mention(`<@${BOT_USER}> what is aaism`))).status).toBe(200);
    const [post] = await h.standIn.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe(CHANNEL);
    expect(post?.body.thread_ts).toBe('1764000100.000100');
    expect(post?.body.text).toMatch(/AAISM/);
    expect(JSON.stringify(post?.body.blocks)).not.toContain(`<@${BOT_USER}>`);
  });

  it('answers in the existing thread when mentioned inside one', async () => {
    h = await startHarness();
    await h.event(mention(`<@${BOT_USER}> aaism vs aaia`, { thread_ts: '1764000000.000001' }));
    const [post] = await h.standIn.waitFor('chat.postMessage');
    expect(post?.body.thread_ts).toBe('1764000000.000001');
  });

  it('answers a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
    h = await startHarness();
    const event = mention(`<@${BOT_USER}> what is aaism`);
    await h.event(event, { eventId: 'Ev0RETRY' });
    await h.standIn.waitFor('chat.postMessage');
    expect((await h.event(event, { eventId: 'Ev0RETRY', retryNum: 1 })).status).toBe(200);
    expect((await h.event(event, { eventId: 'Ev0RETRY', retryNum: 2 })).status).toBe(200);
    await h.slack.idle();
    expect(h.standIn.callsTo('chat.postMessage')).toHaveLength(1);
    // A different event with the same text is a new question.
    await h.event(event, { eventId: 'Ev0OTHER' });
    await h.standIn.waitFor('chat.postMessage', 2);
  });

  it('answers a DM in the DM', async () => {
    h = await startHarness();
    await h.event(dm('is MLS-C01 still available'));
    const [post] = await h.standIn.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe('D0DM');
    expect(post?.body.thread_ts).toBeUndefined();
    expect(post?.body.text).toMatch(/MLS-C01/);
  });

  it('ignores its own messages, other bots, and edits, deletions and other subtypes', async () => {
    h = await startHarness();
    await h.event(dm('what is aaism', { user: BOT_USER, bot_id: 'BBOT' }));
    await h.event(dm('what is aaism', { bot_id: 'B0OTHER', user: 'U0OTHERBOT' }));
    await h.event(dm('what is aaism', { subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined }));
    await h.event(dm('what is aaism', { subtype: 'message_changed', user: undefined }));
    await h.event(dm('', { subtype: 'message_deleted', user: undefined }));
    await h.event(mention(`<@${BOT_USER}> what is aaism`, { bot_id: 'B0OTHER' }));
    await h.event(dm('what is aaism', { channel_type: 'channel', channel: CHANNEL }));
    await h.slack.idle();
    expect(h.standIn.callsTo('chat.postMessage')).toEqual([]);
    // The control: the same DM from a person is answered.
    await h.event(dm('what is aaism'));
    await h.standIn.waitFor('chat.postMessage');
  });

  it('when Slack refuses the answer, logs it with context and posts a plain apology in the thread', async () => {
    h = await startHarness();
    let first = true;
    h.standIn.on('chat.postMessage', (c) => {
      const refuse = first;
      first = false;
      return refuse
        ? { body: { ok: false, error: 'msg_blocks_too_long' } }
        : { body: { ok: true, channel: c.body.channel, ts: '9.9' } };
    });
    await h.event(mention(`<@${BOT_USER}> what is aaism`), { eventId: 'Ev0REFUSED' });
    const [, apology] = await h.standIn.waitFor('chat.postMessage', 2);
    expect(apology?.body).toMatchObject({
      channel: CHANNEL,
      thread_ts: '1764000100.000100',
      text: NOTICES.replyFailed,
    });
    expect(apology?.body.blocks).toBeUndefined();
    const logged = h.logs.find((l) => l.msg === 'a Slack listener failed');
    expect(logged).toMatchObject({
      slackError: 'msg_blocks_too_long',
      eventType: 'app_mention',
      eventId: 'Ev0REFUSED',
    });
    // The app goes on answering.
    await h.event(dm('what is aaism'));
    await h.standIn.waitFor('chat.postMessage', 3);
  });

  it('publishes the Home tab on app_home_opened (home tab only) as a valid view', async () => {
    h = await startHarness();
    await h.event({ type: 'app_home_opened', user: ASKER, channel: 'D0DM', tab: 'messages', event_ts: '1.2' });
    await h.slack.idle();
    expect(h.standIn.callsTo('views.publish')).toEqual([]);
    await h.event({ type: 'app_home_opened', user: ASKER, channel: 'D0DM', tab: 'home', event_ts: '1.3' });
    const [publish] = await h.standIn.waitFor('views.publish');
    expect(publish?.body.user_id).toBe(ASKER);
    const view = publish?.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeGreaterThan(3);
    expect(JSON.stringify(view.blocks)).not.toContain('"type":"table"');
  });

  it('records uninstalls and revoked bot tokens and tells the reminders module', async () => {
    const gone: string[] = [];
    h = await startHarness({
      deps: { onUninstall: async (w, reason) => void gone.push(`${w.team}/${w.enterprise}/${reason}`) },
    });
    await h.event({ type: 'app_uninstalled', event_ts: '1.4' });
    await h.event({ type: 'tokens_revoked', tokens: { oauth: ['U0USER'] }, event_ts: '1.5' });
    await h.event({ type: 'tokens_revoked', tokens: { bot: [BOT_USER] }, event_ts: '1.6' });
    await h.slack.idle();
    expect(gone).toEqual([`${TEAM}//app_uninstalled`, `${TEAM}//tokens_revoked`]);
    expect(h.logs.filter((l) => l.msg === 'the app lost access to a workspace')).toHaveLength(2);
  });

  it('names an org-wide install by its organization, as its subscriptions are keyed', async () => {
    const gone: string[] = [];
    h = await startHarness({
      deps: { onUninstall: async (w, reason) => void gone.push(`${w.team}/${w.enterprise}/${reason}`) },
    });
    await h.event(
      { type: 'app_uninstalled', event_ts: '1.7' },
      {
        envelope: {
          enterprise_id: 'E0ORG',
          authorizations: [
            { enterprise_id: 'E0ORG', team_id: null, user_id: BOT_USER, is_bot: true, is_enterprise_install: true },
          ],
        },
      },
    );
    await h.slack.idle();
    expect(gone).toEqual(['/E0ORG/app_uninstalled']);
  });
});
