/**
 * For the reminders' end-to-end tests: a clock at which the catalog still has dated changes ahead, the
 * view_submission payload Slack sends when the reminders modal is submitted, and store look-ups.
 */
import { expect } from 'vitest';
import type { Subscription } from '../../src/reminders/reminder-types.js';
import { REMIND_MODAL } from '../../src/render/slack/render-remind-modal.js';
import type { Store } from '../../src/store/store.js';
import { ASKER, type Harness, TEAM } from './harness.js';

/** MLS-C01's last exam day (2026-03-31) is 21 days ahead; AIP-C01 and AAIR launch in April. */
export const CLOCK = new Date('2026-03-10T12:00:00Z');
export const WS = { team: TEAM, enterprise: '' };

export interface Reply {
  response_type?: string;
  text: string;
  blocks?: unknown[];
}

export async function replyOf(res: Response): Promise<Reply> {
  expect(res.status).toBe(200);
  return (await res.json()) as Reply;
}

/** Everything a reply says, blocks included, as one string. */
export function said(reply: unknown): string {
  return JSON.stringify(reply);
}

export function remind(h: Harness, text: string, channel: string, extra: Record<string, string> = {}) {
  return h.command(text === '' ? 'remind' : `remind ${text}`, { channel_id: channel, ...extra }).then(replyOf);
}

export function channelSubs(store: Store, channel: string): Promise<Subscription[]> {
  return store.subscriptions.list(WS, { channel });
}

export interface ModalValues {
  credentials?: string[];
  issuer?: string;
  leads?: string;
  hour?: string;
}

/** view.state.values as Slack sends them for the reminders modal. */
export function modalState(v: ModalValues) {
  const { inputs } = REMIND_MODAL;
  const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  return {
    values: {
      [inputs.credentials.block]: {
        [inputs.credentials.action]: {
          type: 'multi_external_select',
          selected_options: (v.credentials ?? []).map(option),
        },
      },
      [inputs.issuer.block]: {
        [inputs.issuer.action]: { type: 'static_select', selected_option: v.issuer ? option(v.issuer) : null },
      },
      [inputs.leads.block]: { [inputs.leads.action]: { type: 'plain_text_input', value: v.leads ?? '90, 30, 7, 1' } },
      [inputs.hour.block]: {
        [inputs.hour.action]: { type: 'static_select', selected_option: option(v.hour ?? '9') },
      },
    },
  };
}

/** Submit the reminders modal as `user` (of `userTeam`) with these values. */
export function submitModal(
  h: Harness,
  values: ModalValues,
  opts: { privateMetadata?: string; user?: string; userTeam?: string } = {},
): Promise<Response> {
  const user = opts.user ?? ASKER;
  const payload = {
    type: 'view_submission',
    team: { id: TEAM, domain: 'test' },
    user: { id: user, username: 'asker', name: 'asker', team_id: opts.userTeam ?? TEAM },
    api_app_id: 'A0APP',
    token: 'verification-token',
    trigger_id: '111.222.ghi',
    view: {
      id: 'V0MODAL',
      team_id: TEAM,
      type: 'modal',
      callback_id: REMIND_MODAL.callbackId,
      private_metadata: opts.privateMetadata ?? JSON.stringify({ channel: 'C0MODAL' }),
      blocks: [],
      state: modalState(values),
      hash: '1764000000.abc',
      title: { type: 'plain_text', text: 'Remind this channel' },
      app_id: 'A0APP',
      bot_id: 'BBOT',
    },
    is_enterprise_install: false,
    enterprise: null,
  };
  return h.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), {
    contentType: 'application/x-www-form-urlencoded',
  });
}
