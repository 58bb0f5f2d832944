/**
 * Buttons and menus on answers. Each re-answers from the state in its value (never from memory):
 * sharing posts in the channel through the response_url, the card buttons answer privately.
 */
import type { App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { viewCredential } from '../../answer/credential-view.js';
import { renderSlackSources } from '../../render/slack/render-sources.js';
import {
  ACTION_IDS,
  compareValueSchema,
  credentialValueSchema,
  parseActionValue,
  shareValueSchema,
} from '../action-values.js';
import { answerMessage, type OutgoingMessage } from '../answer-message.js';
import { compareQuestion, prerequisitesQuestion } from '../card-questions.js';
import { NOTICES } from '../notices.js';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction>;

/** Ack, compute the reply from the action, send it privately (replace nothing). */
function privately(app: App, actionId: string, reply: (args: ActionArgs) => OutgoingMessage) {
  app.action<BlockAction>(actionId, async (args) => {
    await args.ack();
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...reply(args) });
  });
}

export function registerActions(app: App, deps: SlackDeps): Partial<RegisteredNames> {
  app.action<BlockAction>(ACTION_IDS.shareAnswer, async ({ ack, action, body, respond }) => {
    await ack();
    const value = parseActionValue(action, shareValueSchema);
    if (!value)
      return void (await respond({ response_type: 'ephemeral', replace_original: false, text: NOTICES.staleButton }));
    const message = answerMessage(deps, value.q, { sharedBy: body.user.id, shareable: false, tables: true });
    await respond({ response_type: 'in_channel', replace_original: false, ...message });
  });

  privately(app, ACTION_IDS.cardCompare, ({ action }) => {
    const v = parseActionValue(action, compareValueSchema);
    return v ? answerMessage(deps, compareQuestion(v.a, v.b), { tables: true }) : { text: NOTICES.staleButton };
  });

  privately(app, ACTION_IDS.cardPrereqs, ({ action }) => {
    const v = parseActionValue(action, credentialValueSchema);
    return v ? answerMessage(deps, prerequisitesQuestion(v.id), { tables: true }) : { text: NOTICES.staleButton };
  });

  privately(app, ACTION_IDS.cardSources, ({ action }) => {
    const v = parseActionValue(action, credentialValueSchema);
    const credential = v ? deps.index.credential(v.id) : undefined;
    if (!v) return { text: NOTICES.staleButton };
    if (!credential) return { text: NOTICES.unknownCredential };
    return renderSlackSources(viewCredential(credential, deps.index, deps.now()));
  });

  return {
    actions: [ACTION_IDS.shareAnswer, ACTION_IDS.cardCompare, ACTION_IDS.cardPrereqs, ACTION_IDS.cardSources],
  };
}
