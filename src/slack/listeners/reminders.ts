/**
 * Channel reminders: `/cert remind …` (answered privately in the acknowledgment), the "Remind this
 * channel" button and its modal, and the "Stop these reminders" button. The work is in the helpers
 * beside (run-remind-command, remind-modal, stop-reminders-button); these only wire Slack to them.
 */
import type {
  AckFn,
  App,
  BlockAction,
  BlockSuggestion,
  ButtonAction,
  RespondArguments,
  RespondFn,
  ViewSubmitAction,
} from '@slack/bolt';
import { TIMED_OUT, withinDeadline } from '../../http/within-deadline.js';
import { ACTION_IDS } from '../../render/slack/action-ids.js';
import { BLOCK_KIT_LIMITS } from '../../render/slack/block-kit-limits.js';
import type { SlackMessage } from '../../render/slack/block-types.js';
import {
  REMIND_MODAL,
  renderCredentialOptions,
  renderRemindNoticeView,
} from '../../render/slack/render-remind-modal.js';
import {
  renderRemindFailed,
  renderRemindNotChannel,
  renderRemindWorking,
} from '../../render/slack/render-remind-notice.js';
import { readRemindButtonValue } from '../read-remind-modal.js';
import { openRemindModal, submitRemindModal } from '../remind-modal.js';
import { credentialSuggestions } from '../remind-names.js';
import { actionChannel, commandActor, installedWorkspace, interactionActor } from '../remind-request.js';
import { runRemindCommand } from '../run-remind-command.js';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';
import { stopFromButton } from '../stop-reminders-button.js';
import { CERT_COMMAND, remindersOnly } from './command-guards.js';

/** Slack waits 3 s for the acknowledgment; past this, it says "working on it" and the outcome follows. */
export const REMIND_ACK_DEADLINE_MS = 2000;

/**
 * Acknowledge with the reply when it is ready within the deadline; otherwise acknowledge at once and
 * send the reply through response_url when it is. Either way the person hears the real outcome, never
 * "failed" for a change that is then committed. A failure gets an apology (the error goes on to app.error).
 */
async function ackWith(
  ack: AckFn<string | RespondArguments>,
  respond: RespondFn,
  work: () => Promise<SlackMessage>,
  deadlineMs = REMIND_ACK_DEADLINE_MS,
) {
  const outcome = work().then(
    (reply) => ({ reply, err: undefined }),
    (err: unknown) => ({ reply: renderRemindFailed(), err }),
  );
  const early = await withinDeadline(outcome, deadlineMs);
  if (early !== TIMED_OUT) {
    await ack({ response_type: 'ephemeral', ...early.reply });
    if (early.err !== undefined) throw early.err;
    return;
  }
  await ack({ response_type: 'ephemeral', ...renderRemindWorking() });
  const late = await outcome;
  await respond({ response_type: 'ephemeral', replace_original: true, ...late.reply });
  if (late.err !== undefined) throw late.err;
}

export function registerReminders(app: App, deps: SlackDeps): Partial<RegisteredNames> {
  const installed = installedWorkspace();

  app.command(CERT_COMMAND, remindersOnly, async ({ command, ack, client, respond }) => {
    await ackWith(ack, respond, async () => {
      const req = { ws: await installed(client), actor: commandActor(command), channel: command.channel_id };
      return runRemindCommand(deps, client, req, command.text);
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.remindChannel, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channel = actionChannel(body);
    const req = { ws: await installed(client), actor: interactionActor(body), channel: channel ?? '' };
    const open = { triggerId: body.trigger_id, prefill: readRemindButtonValue(action.value) };
    const instead = channel ? await openRemindModal(deps, client, req, open) : renderRemindNotChannel();
    if (instead) await respond({ response_type: 'ephemeral', replace_original: false, ...instead });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.stopReminders, async ({ ack, body, action, client, respond }) => {
    await ack();
    const req = { ws: await installed(client), actor: interactionActor(body), channel: actionChannel(body) ?? '' };
    const reply = await stopFromButton(deps, req, action.value);
    await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
  });

  // The credential picker's type-ahead (an external select): the catalog is past a static select's 100.
  const picker = REMIND_MODAL.inputs.credentials;
  app.options<'block_suggestion'>({ action_id: picker.action, block_id: picker.block }, async ({ ack, body }) => {
    const typed = (body as BlockSuggestion).value ?? '';
    const choices = credentialSuggestions(deps.index, typed, BLOCK_KIT_LIMITS.selectOptions);
    await ack(renderCredentialOptions(choices));
  });

  app.view<ViewSubmitAction>(REMIND_MODAL.callbackId, async ({ ack, body, view, client }) => {
    const submission = { ws: await installed(client), body, state: view.state, privateMetadata: view.private_metadata };
    const outcome = await submitRemindModal(deps, client, submission);
    if (outcome.kind === 'errors') return ack({ response_action: 'errors', errors: outcome.errors });
    if (outcome.kind === 'notice')
      return ack({ response_action: 'update', view: renderRemindNoticeView(outcome.text) });
    await ack();
    await client.chat.postEphemeral({ channel: outcome.channel, user: body.user.id, ...outcome.message });
  });

  return {
    commands: [CERT_COMMAND],
    actions: [ACTION_IDS.remindChannel, ACTION_IDS.stopReminders],
    views: [REMIND_MODAL.callbackId],
    options: [picker.action],
  };
}
