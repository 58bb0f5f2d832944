/**
 * Mention sequences typed into a question must never reach Slack unescaped, on any surface. Checked
 * with a pattern of this test's own over everything the app sent (not with the app's escape function).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_USER, type Harness, startHarness } from './harness.js';
import { blockKitProblems, everythingSent } from './seen-messages.js';

const HOSTILE = [
  '<!channel> what is aaism <@U123> <!here>',
  '<!everyone> aaism vs <@U123|bob> vs <!here|here>',
  'is <!subteam^S123> eligible for aaism with <#C999|secret> & cism?',
  '<@U123>',
  '<!channel>',
  // Matches nothing, so the answer echoes the question back ("I could not match …").
  '<!channel> florbix <@U123> <!here> <#C999>',
];
const UNESCAPED = /<!(channel|here|everyone|subteam)|<@U123|<#C999/;

describe('user text is escaped everywhere it is echoed', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('never sends <!channel>, <!here>, <@U…> or <#C…> typed by a user, in /cert, mentions, DMs or shares', async () => {
    h = await startHarness();
    for (const [i, q] of HOSTILE.entries()) {
      await h.command(q);
      await h.event({
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT_USER}> ${q}`,
        ts: `1.${i}`,
        channel: 'C0CHAN',
      });
      await h.event({ type: 'message', channel_type: 'im', channel: 'D0DM', user: 'U0ASKER', text: q, ts: `2.${i}` });
      await h.action('share_answer', { type: 'button', value: JSON.stringify({ q }) });
    }
    await h.standIn.waitFor('chat.postMessage', HOSTILE.length * 2);
    await h.standIn.waitFor('/respond/action', HOSTILE.length);
    await h.slack.idle();
    const sent = everythingSent(h);
    // The controls: a real mention (the share attribution) survives into what the scan reads, and the
    // echoed question arrived escaped.
    expect(sent).toContain('<@U0SHARER>');
    expect(sent).toContain('&lt;!channel&gt; florbix &lt;@U123&gt;');
    const leaks = [...sent.matchAll(new RegExp(UNESCAPED, 'g'))].map((m) => sent.slice(m.index - 120, m.index + 40));
    expect(leaks).toEqual([]);
    expect(blockKitProblems(h)).toEqual([]);
  });
});
