/**
 * The "Remind this channel" modal, from Slack's side: opened by the button (after the same permission
 * and membership checks as the command), and its submission turned into a subscription, or into
 * errors shown beside the inputs (response_action errors), or into a notice that replaces the form.
 */

import type { WebClient } from '@slack/web-api';
import { ReminderInputError } from '../reminders/reminder-input-error.js';
import type { WorkspaceRef } from '../reminders/reminder-types.js';
import type { SlackMessage } from '../render/slack/block-types.js';
import { plainSafe } from '../render/slack/render-doc-blocks.js';
import { renderRemindModal } from '../render/slack/render-remind-modal.js';
import { renderRemindStoreDown } from '../render/slack/render-remind-notice.js';
import type { RemindPrefill } from '../render/slack/render-remind-parts.js';
import { storeFailureOf } from '../store/store-error.js';
import { errorBlockFor, type ModalErrors, readModalChannel, readRemindModal } from './read-remind-modal.js';
import { absenceFor, refusalFor } from './remind-guards.js';
import { currentCredentialIds, remindChoices } from './remind-names.js';
import { type InteractionBody, interactionActor, type RemindRequest } from './remind-request.js';
import type { SlackDeps } from './slack-deps.js';
import { subscribeChannel } from './subscribe-channel.js';

/** Opens the modal; or returns what to tell the person instead (refused, app not in the channel). */
export async function openRemindModal(
  deps: SlackDeps,
  client: WebClient,
  req: RemindRequest,
  open: { triggerId: string; prefill: RemindPrefill },
): Promise<SlackMessage | null> {
  const blocked = refusalFor(deps, req) ?? (await absenceFor(client, req.channel, 'subscribe'));
  if (blocked) return blocked;
  const prefill = { ...open.prefill, credentials: currentCredentialIds(deps.index, open.prefill.credentials) };
  const view = renderRemindModal({ channel: req.channel, ...remindChoices(deps.index), prefill });
  await client.views.open({ trigger_id: open.triggerId, view });
  return null;
}

export type SubmitOutcome =
  | { kind: 'errors'; errors: ModalErrors }
  | { kind: 'notice'; text: string }
  | { kind: 'subscribed'; channel: string; message: SlackMessage };

const STALE_FORM =
  'This form is out of date. Open it again with the *Remind this channel* button in `/cert remind help`.';

/** Error texts are shown as typed: no `<` or `>` from the person's words leaves the app. */
function safeErrors(errors: ModalErrors): ModalErrors {
  return Object.fromEntries(Object.entries(errors).map(([block, text]) => [block, plainSafe(text)]));
}

export async function submitRemindModal(
  deps: SlackDeps,
  client: WebClient,
  submission: { ws: WorkspaceRef; body: InteractionBody; state: unknown; privateMetadata: string | undefined },
): Promise<SubmitOutcome> {
  const channel = readModalChannel(submission.privateMetadata);
  if (channel === null) return { kind: 'notice', text: STALE_FORM };
  const req: RemindRequest = { ws: submission.ws, actor: interactionActor(submission.body), channel };
  const refusal = refusalFor(deps, req);
  if (refusal) return { kind: 'notice', text: refusal.text };
  const choices = readRemindModal(submission.state);
  if (!choices.ok) return { kind: 'errors', errors: safeErrors(choices.errors) };
  try {
    return { kind: 'subscribed', channel, message: await subscribeChannel(deps, client, req, choices) };
  } catch (err) {
    const failure = storeFailureOf(err);
    if (failure) {
      deps.log.warn({ err, failure }, 'reminders store failed a reminders form');
      return { kind: 'notice', text: renderRemindStoreDown('subscribe', failure === 'uncertain').text };
    }
    if (!(err instanceof ReminderInputError)) throw err;
    return { kind: 'errors', errors: safeErrors({ [errorBlockFor(err)]: err.message }) };
  }
}
