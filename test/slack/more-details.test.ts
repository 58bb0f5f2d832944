/**
 * Issue 10 §1 and issue 11's rendering from Slack's side: a card's More details and a long list's Show all,
 * clicked on the answer the app sent, open a modal (views.open with the click's trigger_id); where the
 * modal cannot open, the same details come privately through the response_url. Every message and view
 * seen goes through the Block Kit validator.
 */
import { describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/slack/notices.js';
import { type Harness, startHarness } from './harness.js';
import { checkBlockKitAfterEach } from './seen-messages.js';

type Element = { type: string; action_id?: string; value?: string };
type Reply = { text?: string; blocks?: { type: string; elements?: Element[] }[] };

/** The button with this action id in a reply, as Slack would send it back when clicked. */
function buttonIn(reply: Reply, actionId: string): Element {
  const found = (reply.blocks ?? []).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(reply).slice(0, 300)}`);
  return found;
}

async function ask(h: Harness, question: string): Promise<Reply> {
  return (await (await h.command(question)).json()) as Reply;
}

const viewText = (call: { body: Record<string, unknown> } | undefined) => JSON.stringify(call?.body.view ?? {});

describe('More details and Show all', () => {
  let h: Harness;
  checkBlockKitAfterEach(() => h);

  it('More details on a card opens a modal with everything the card leaves out', async () => {
    h = await startHarness();
    const card = await ask(h, 'aaism');
    expect(card.blocks?.length).toBeLessThanOrEqual(8);
    expect(JSON.stringify(card.blocks)).not.toContain('Trust signals');
    await h.action('card_details', buttonIn(card, 'card_details'));
    const [open] = await h.standIn.waitFor('views.open');
    expect(open?.body.trigger_id).toBe('111.222.def');
    const view = viewText(open);
    expect(view).toContain('"type":"modal"');
    for (const part of [
      'Domains',
      'Trust signals',
      'Topic coverage',
      'Dated events',
      'Caveats',
      'Sources, strongest first',
    ])
      expect(view).toContain(part);
    expect(view).not.toContain('"type":"table"');
    expect(h.standIn.callsTo('/respond/action')).toEqual([]);
  });

  it('where the modal cannot open (an expired trigger), the details come privately through the response_url', async () => {
    h = await startHarness();
    h.standIn.on('views.open', () => ({ body: { ok: false, error: 'expired_trigger_id' } }));
    const card = await ask(h, 'scs-c03');
    await h.action('card_details', buttonIn(card, 'card_details'));
    const [reply] = await h.standIn.waitFor('/respond/action');
    expect(h.standIn.callsTo('views.open')).toHaveLength(1);
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(reply?.body.replace_original).toBe(false);
    const blocks = JSON.stringify(reply?.body.blocks);
    expect(blocks).toContain('Domains');
    expect(blocks).toMatch(/— 16%/);
    expect(h.logs.find((l) => l.msg === 'details modal did not open')).toMatchObject({
      slackError: 'expired_trigger_id',
    });
  });

  it('Show all on a long find list opens every line', async () => {
    h = await startHarness();
    const list = await ask(h, 'certs with no prerequisites');
    const shown = JSON.stringify(list.blocks).match(/• \*/g) ?? [];
    expect(shown.length).toBe(10);
    const count = Number(/(\d+) credentials, the first 10 shown/.exec(JSON.stringify(list.blocks))?.[1]);
    expect(count).toBeGreaterThan(10);
    const button = buttonIn(list, 'show_all');
    expect(JSON.parse(button.value ?? '')).toEqual({ q: 'certs with no prerequisites' });
    await h.action('show_all', button);
    const [open] = await h.standIn.waitFor('views.open');
    expect(viewText(open).match(/• \*/g)?.length).toBe(count);
  });

  it('Show all on a DoD 8140 role list names every role; through the response_url when no modal opens', async () => {
    h = await startHarness();
    h.standIn.on('views.open', () => ({ status: 500, body: 'down' }));
    const answer = await ask(h, 'does Security+ count for DoD 8140');
    expect(JSON.stringify(answer.blocks)).toContain('and 5 more');
    await h.action('show_all', buttonIn(answer, 'show_all'));
    const [reply] = await h.standIn.waitFor('/respond/action');
    const blocks = JSON.stringify(reply?.body.blocks);
    for (const role of [
      '411 Technical Support Specialist',
      '671 System Testing and Evaluation Specialist',
      '805 IT Program Auditor',
    ])
      expect(blocks).toContain(role);
  });

  it('a malformed or outdated value gets a helpful note', async () => {
    h = await startHarness();
    const button = (value: string) => ({ type: 'button', value, text: { type: 'plain_text', text: 'x' } });
    await h.action('card_details', button(JSON.stringify({ id: 'no-such-credential' })));
    await h.action('card_details', button('not json'));
    await h.action('show_all', button(JSON.stringify({ nope: 1 })));
    const replies = await h.standIn.waitFor('/respond/action', 3);
    expect(replies.map((r) => r.body.text).sort()).toEqual(
      [NOTICES.unknownCredential, NOTICES.staleButton, NOTICES.staleButton].sort(),
    );
    expect(h.standIn.callsTo('views.open')).toEqual([]);
  });
});
