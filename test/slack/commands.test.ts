import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { remindersOnly } from '../../src/slack/listeners/command-guards.js';
import { LISTENERS } from '../../src/slack/listeners/index.js';
import { type Harness, startHarness } from './harness.js';
import { checkBlockKitAfterEach } from './seen-messages.js';

type Reply = { response_type?: string; text?: string; blocks?: { type: string; elements?: unknown[] }[] };

function actionIds(reply: Reply): string[] {
  return JSON.stringify(reply.blocks ?? []).match(/"action_id":"[a-z_]+"/g) ?? [];
}

describe('/cert', () => {
  let h: Harness;
  checkBlockKitAfterEach(() => h);

  it('answers a question privately in the acknowledgment: answer blocks, fallback text, a Share button', async () => {
    h = await startHarness();
    const started = Date.now();
    const res = await h.command('what is aaism');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(200);
    const reply = (await res.json()) as Reply;
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/AAISM/);
    expect(reply.blocks?.length).toBeGreaterThan(1);
    expect(JSON.stringify(reply.blocks)).toMatch(/AAISM/);
    expect(actionIds(reply)).toContain('"action_id":"share_answer"');
    expect(JSON.stringify(reply.blocks)).toContain(JSON.stringify(JSON.stringify({ q: 'what is aaism' })).slice(1, -1));
    // Nothing went through the Web API: the acknowledgment is the answer.
    expect(h.standIn.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('shows help for /cert alone and /cert help, with examples', async () => {
    h = await startHarness();
    for (const text of ['', 'help', '  HELP ']) {
      const reply = (await (await h.command(text)).json()) as Reply;
      expect(reply.response_type).toBe('ephemeral');
      expect(JSON.stringify(reply.blocks)).toMatch(/aaism vs aaia/i);
    }
  });

  it('answers nonsense with something useful rather than an error', async () => {
    h = await startHarness();
    const reply = (await (await h.command('zzqx florb ???')).json()) as Reply;
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text?.length).toBeGreaterThan(0);
  });

  it('leaves `/cert remind …` to the reminders listener: exactly one listener acknowledges', async () => {
    const seen: string[] = [];
    const registerReminders = (app: App) => {
      app.command('/cert', remindersOnly, async ({ command, ack }) => {
        seen.push(command.text);
        await ack({ response_type: 'ephemeral', text: 'reminders listener' });
      });
      return { commands: ['/cert'] };
    };
    h = await startHarness({ listeners: [...LISTENERS, registerReminders] });
    const remind = (await (await h.command('remind aaism')).json()) as Reply;
    expect(remind.text).toBe('reminders listener');
    const question = (await (await h.command('reminders for aaism?')).json()) as Reply;
    expect(question.text).not.toBe('reminders listener');
    expect(seen).toEqual(['remind aaism']);
    await h.slack.idle();
    expect(h.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});
