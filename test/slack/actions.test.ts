import { describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/slack/notices.js';
import { CHANNEL, type Harness, startHarness } from './harness.js';
import { checkBlockKitAfterEach } from './seen-messages.js';

const button = (value: unknown) => ({
  type: 'button',
  value: typeof value === 'string' ? value : JSON.stringify(value),
  text: { type: 'plain_text', text: 'x' },
});

describe('buttons and menus', () => {
  let h: Harness;
  checkBlockKitAfterEach(() => h);

  it('Share posts the answer in the channel through the response_url, attributed, without a Share button', async () => {
    h = await startHarness();
    expect((await h.action('share_answer', button({ q: 'aaism vs aaia' }))).status).toBe(200);
    const [shared] = await h.standIn.waitFor('/respond/action');
    expect(shared?.body.response_type).toBe('in_channel');
    expect(shared?.body.replace_original).toBe(false);
    const blocks = JSON.stringify(shared?.body.blocks);
    expect(blocks).toContain('<@U0SHARER>');
    expect(blocks).toMatch(/AAISM/);
    // Who shared it comes first, before the answer's title.
    const list = shared?.body.blocks as { type: string }[] | undefined;
    expect(list?.[0]).toEqual({
      type: 'context',
      block_id: 'shared_by',
      elements: [{ type: 'mrkdwn', text: 'Shared by <@U0SHARER>' }],
    });
    expect(list?.[1]?.type).toBe('header');
    expect(blocks).not.toContain('share_answer');
    expect(h.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('card buttons answer privately: compare (menu), prerequisites, sources', async () => {
    h = await startHarness();
    await h.action('card_compare', {
      type: 'static_select',
      selected_option: { text: { type: 'plain_text', text: 'AAIA' }, value: JSON.stringify({ a: 'aaism', b: 'aaia' }) },
    });
    await h.action('card_prereqs', button({ id: 'aaism' }));
    await h.action('card_sources', button({ id: 'aaism' }));
    const replies = await h.standIn.waitFor('/respond/action', 3);
    for (const r of replies) {
      expect(r.body.response_type).toBe('ephemeral');
      expect(r.body.replace_original).toBe(false);
      expect(JSON.stringify(r.body)).toMatch(/AAISM/);
    }
    const texts = replies.map((r) => JSON.stringify(r.body.blocks));
    expect(texts.some((t) => /AAIA/.test(t))).toBe(true);
    expect(texts.some((t) => /https?:\/\//.test(t))).toBe(true);
  });

  it('a fact answer carries a Full card button that shows the whole card privately', async () => {
    h = await startHarness();
    await h.action('share_answer', button({ q: 'how much is aaism' }));
    const [fact] = await h.standIn.waitFor('/respond/action');
    const full = JSON.stringify(fact?.body.blocks);
    expect(full).toContain('card_full');
    expect(full).not.toContain('Passing score');
    await h.action('card_full', button({ id: 'aaism' }));
    const [, card] = await h.standIn.waitFor('/respond/action', 2);
    expect(card?.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(card?.body.blocks);
    expect(blocks).toContain('Advanced in AI Security Management');
    expect(blocks).toContain('Passing score');
  });

  it('card buttons name credentials exactly, even where two share an acronym (CAISP)', async () => {
    h = await startHarness();
    await h.action('card_compare', {
      type: 'static_select',
      selected_option: {
        text: { type: 'plain_text', text: 'x' },
        value: JSON.stringify({ a: 'caisp', b: 'pecb-caisp' }),
      },
    });
    await h.action('card_prereqs', button({ id: 'caisp' }));
    const [compare, prereqs] = await h.standIn.waitFor('/respond/action', 2);
    const compared = JSON.stringify(compare?.body.blocks);
    expect(compared).toMatch(/Practical DevSecOps/);
    expect(compared).toMatch(/PECB/);
    expect(compared).not.toMatch(/could mean/);
    expect(JSON.stringify(prereqs?.body.blocks)).not.toMatch(/could mean/);
    // Sharing it re-asks the question in words that name both issuers.
    expect(JSON.stringify(compare?.body.blocks)).toContain('CAISP (Practical DevSecOps) vs CAISP (PECB)');
  });

  it('a malformed or outdated value gets a helpful note, not a crash', async () => {
    h = await startHarness();
    await h.action('share_answer', button('not json'));
    await h.action('card_sources', button({ id: 'no-such-credential' }));
    await h.action('card_compare', button({ a: 'AAISM!!', b: 1 }));
    const replies = await h.standIn.waitFor('/respond/action', 3);
    expect(replies.map((r) => r.body.text).sort()).toEqual(
      [NOTICES.staleButton, NOTICES.staleButton, NOTICES.unknownCredential].sort(),
    );
  });

  it('an expired response_url is logged with context and the sharer told privately; the app keeps going', async () => {
    h = await startHarness();
    h.standIn.on('/respond/action', () => ({ status: 404, body: 'expired_url' }));
    await h.action('share_answer', button({ q: 'what is aaism' }));
    const [note] = await h.standIn.waitFor('chat.postEphemeral');
    expect(note?.body).toMatchObject({ channel: CHANNEL, user: 'U0SHARER', text: NOTICES.shareExpired });
    const logged = h.logs.find((l) => l.msg === 'a Slack listener failed');
    expect(logged).toMatchObject({ code: 'slack_bolt_respond_error', actionId: 'share_answer', user: 'U0SHARER' });
    expect((await h.command('what is aaism')).status).toBe(200);
  });

  it('acknowledges at once and ignores interactive payloads without a user, without actions, or with unknown action ids', async () => {
    h = await startHarness();
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['card_sources', button({ id: 'aaism' }), { user: undefined }],
      ['card_sources', button({ id: 'aaism' }), { actions: [] }],
      ['card_sources', button({ id: 'aaism' }), { actions: undefined }],
      ['no_such_action', button({ id: 'aaism' }), {}],
    ];
    for (const [actionId, action, extra] of cases) {
      const startedAt = Date.now();
      const res = await h.action(actionId, action, extra);
      expect(res.status, JSON.stringify(extra)).toBe(200);
      expect(Date.now() - startedAt).toBeLessThan(1000);
    }
    await h.slack.idle();
    expect(h.standIn.callsTo('/respond/action')).toEqual([]);
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
