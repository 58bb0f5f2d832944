/**
 * Choices a person would otherwise retype, end to end through the Bolt app against the Slack stand-in:
 * /cert shows them as buttons or a menu, and clicking one answers the pick privately.
 */
import { describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/slack/notices.js';
import { type Harness, startHarness } from './harness.js';
import { checkBlockKitAfterEach } from './seen-messages.js';

interface Element {
  type: string;
  action_id: string;
  value?: string;
  text?: { text: string };
  options?: { value: string; text: { text: string } }[];
}
interface Block {
  type: string;
  block_id?: string;
  elements?: Element[];
  accessory?: Element;
}
interface Reply {
  response_type?: string;
  text?: string;
  blocks?: Block[];
}

async function ask(h: Harness, question: string): Promise<Reply> {
  const res = await h.command(question);
  expect(res.status).toBe(200);
  return (await res.json()) as Reply;
}

const choiceButtons = (reply: Reply) =>
  (reply.blocks ?? [])
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .filter((e) => e.action_id.startsWith('answer_choice'));

/** Click the element as Slack would send it, and return the private reply. */
async function click(h: Harness, element: Element, n: number, option?: { value: string; text: { text: string } }) {
  const action =
    option === undefined
      ? { type: 'button', value: element.value, text: { type: 'plain_text', text: element.text?.text ?? 'x' } }
      : {
          type: 'static_select',
          selected_option: { value: option.value, text: { type: 'plain_text', ...option.text } },
        };
  expect((await h.action(element.action_id, action)).status).toBe(200);
  const replies = await h.standIn.waitFor('/respond/action', n);
  const reply = replies[n - 1];
  expect(reply?.body.response_type).toBe('ephemeral');
  expect(reply?.body.replace_original).toBe(false);
  return reply?.body as Reply;
}

const textOf = (reply: Reply | undefined) => JSON.stringify(reply?.blocks ?? reply?.text);

describe('choices', () => {
  let h: Harness;
  checkBlockKitAfterEach(() => h);

  it('the role picker is a menu; picking a role answers with that role’s first credentials', async () => {
    h = await startHarness();
    const reply = await ask(h, 'what should I take first?');
    const menu = reply.blocks?.find((b) => b.accessory?.type === 'static_select')?.accessory;
    if (!menu?.options) throw new Error('no role menu');
    expect(menu.action_id).toBe('answer_choice_menu');
    const auditor = menu.options.find((o) => o.text.text === 'IT auditor');
    if (!auditor) throw new Error('no IT auditor in the menu');
    const answer = await click(h, menu, 1, auditor);
    expect(textOf(answer)).toContain('Where to start: IT auditor');
    // The answer's Share button asks the role's question in words.
    expect(textOf(answer)).toContain('what should auditors take first?');
  });

  it('the candidates of a shared acronym are buttons; each opens that credential’s card', async () => {
    h = await startHarness();
    const reply = await ask(h, 'caisp');
    const buttons = choiceButtons(reply);
    expect(buttons.map((b) => b.text?.text)).toEqual(['Practical DevSecOps CAISP', 'PECB CAISP']);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(2);
    const pecb = await click(h, buttons[1] as Element, 1);
    expect(textOf(pecb)).toContain('card_title');
    expect(textOf(pecb)).toContain('PECB · ');
    expect(textOf(pecb)).not.toContain('could mean');
    // Its Share button names the issuer, so sharing it asks about this CAISP and no other.
    expect(textOf(pecb)).toContain(JSON.stringify(JSON.stringify({ q: 'CAISP (PECB)' })).slice(1, -1));
  });

  it('"compare aaism" offers what to compare with; a click compares the two', async () => {
    h = await startHarness();
    const buttons = choiceButtons(await ask(h, 'compare aaism'));
    expect(buttons.length).toBeGreaterThan(0);
    const first = buttons[0] as Element;
    const compared = await click(h, first, 1);
    expect(textOf(compared)).toContain(`AAISM vs ${first.text?.text}`);
    expect(textOf(compared)).toContain('Bottom line');
  });

  it('"did you mean" suggestions are buttons that answer the suggestion', async () => {
    h = await startHarness();
    const buttons = choiceButtons(await ask(h, 'banana certification'));
    expect(buttons.length).toBeGreaterThan(0);
    const first = buttons[0] as Element;
    const answer = await click(h, first, 1);
    // The suggestion's own answer (a credential's card when it is a credential), not "did you mean" again.
    expect(textOf(answer)).toContain((first.text?.text ?? '?').split(':')[0]);
    if (JSON.parse(first.value ?? '{}').id) expect(textOf(answer)).toContain('card_title');
    expect(textOf(answer)).not.toContain('I did not catch that');
  });

  it('a tampered or outdated choice gets a note, not a crash', async () => {
    h = await startHarness();
    await h.action('answer_choice', {
      type: 'button',
      value: '{"role":"no-such-role"}',
      text: { type: 'plain_text', text: 'x' },
    });
    await h.action('answer_choice_2', {
      type: 'button',
      value: '{"id":"no-such-credential"}',
      text: { type: 'plain_text', text: 'x' },
    });
    await h.action('answer_choice_3', { type: 'button', value: 'not json', text: { type: 'plain_text', text: 'x' } });
    const replies = await h.standIn.waitFor('/respond/action', 3);
    expect(replies.map((r) => r.body.text).sort()).toEqual(
      [NOTICES.staleButton, NOTICES.staleButton, NOTICES.unknownCredential].sort(),
    );
  });
});
