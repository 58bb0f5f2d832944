/**
 * Buttons and menus on answers. Each re-answers from the state in its value (never from memory):
 * sharing posts in the channel through the response_url, the card buttons answer privately.
 */
import type { App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { viewCredential } from '../../answer/credential-view.js';
import { CARD_FULL_IDS } from '../../render/slack/action-ids.js';
import { renderSlackSources } from '../../render/slack/render-sources.js';
import {
  ACTION_IDS,
  compareValueSchema,
  credentialValueSchema,
  parseActionValue,
  shareValueSchema,
} from '../action-values.js';
import { answerMessage, type OutgoingMessage, queryMessage } from '../answer-message.js';
import { type CardQuery, compareQuery, lookupQuery, prerequisitesQuery } from '../card-questions.js';
import { NOTICES } from '../notices.js';
import { credentialAnswer, questionAnswer, showDetails } from '../show-details.js';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction>;

/** Ack, compute the reply from the action, send it privately (replacing nothing). */
function privately(app: App, actionId: string, reply: (args: ActionArgs) => OutgoingMessage) {
  app.action<BlockAction>(actionId, async (args) => {
    await args.ack();
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...reply(args) });
  });
}

const notice = (value: unknown) => (value ? NOTICES.unknownCredential : NOTICES.staleButton);

export function registerActions(app: App, deps: SlackDeps): Partial<RegisteredNames> {
  const known = (...ids: string[]) => ids.every((id) => deps.index.credential(id) !== undefined);
  const card = (c: CardQuery) => queryMessage(deps, c.query, c.question, { tables: true });

  app.action<BlockAction>(ACTION_IDS.shareAnswer, async ({ ack, action, body, respond }) => {
    await ack();
    const v = parseActionValue(action, shareValueSchema);
    const message = v
      ? answerMessage(deps, v.q, { sharedBy: body.user.id, shareable: false, tables: true })
      : { text: NOTICES.staleButton };
    await respond({ response_type: v ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
  });

  privately(app, ACTION_IDS.cardCompare, ({ action }) => {
    const v = parseActionValue(action, compareValueSchema);
    if (!v) return { text: NOTICES.staleButton };
    return known(v.a, v.b) ? card(compareQuery(deps.index, v.a, v.b)) : { text: NOTICES.unknownCredential };
  });

  privately(app, ACTION_IDS.cardPrereqs, ({ action }) => {
    const v = parseActionValue(action, credentialValueSchema);
    if (!v) return { text: NOTICES.staleButton };
    return known(v.id) ? card(prerequisitesQuery(deps.index, v.id)) : { text: NOTICES.unknownCredential };
  });

  for (const actionId of CARD_FULL_IDS) {
    privately(app, actionId, ({ action }) => {
      const v = parseActionValue(action, credentialValueSchema);
      if (!v) return { text: NOTICES.staleButton };
      return known(v.id) ? card(lookupQuery(deps.index, v.id)) : { text: NOTICES.unknownCredential };
    });
  }

  privately(app, ACTION_IDS.cardSources, ({ action }) => {
    const v = parseActionValue(action, credentialValueSchema);
    const credential = v ? deps.index.credential(v.id) : undefined;
    if (!v) return { text: NOTICES.staleButton };
    if (!credential) return { text: NOTICES.unknownCredential };
    return renderSlackSources(viewCredential(credential, deps.index, deps.now()));
  });

  app.action<BlockAction>(ACTION_IDS.cardDetails, async ({ ack, action, body, client, respond }) => {
    await ack();
    const v = parseActionValue(action, credentialValueSchema);
    if (!v || !known(v.id)) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: notice(v) });
      return;
    }
    await showDetails(deps, { client, triggerId: body.trigger_id, respond }, credentialAnswer(deps, v.id));
  });

  app.action<BlockAction>(ACTION_IDS.showAll, async ({ ack, action, body, client, respond }) => {
    await ack();
    const v = parseActionValue(action, shareValueSchema);
    if (!v) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: NOTICES.staleButton });
      return;
    }
    await showDetails(deps, { client, triggerId: body.trigger_id, respond }, questionAnswer(deps, v.q));
  });

  return {
    actions: [
      ACTION_IDS.shareAnswer,
      ACTION_IDS.cardCompare,
      ACTION_IDS.cardPrereqs,
      ...CARD_FULL_IDS,
      ACTION_IDS.cardSources,
      ACTION_IDS.cardDetails,
      ACTION_IDS.showAll,
    ],
  };
}
