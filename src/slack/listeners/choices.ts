/**
 * Choices on answers (a role, one candidate of a shared acronym, a "did you mean"): the pick is answered
 * privately, afresh from the catalog, from the ids or the question the button or menu option carries.
 */
import type { App, BlockAction } from '@slack/bolt';
import { CHOICE_IDS } from '../../render/slack/action-ids.js';
import { ACTION_IDS, choiceValueSchema, parseActionValue } from '../action-values.js';
import { answerMessage, type OutgoingMessage, queryMessage } from '../answer-message.js';
import { type CardQuery, compareQuery, lookupQuery, recommendQuery } from '../card-questions.js';
import { NOTICES } from '../notices.js';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';

function answerChoice(deps: SlackDeps, action: object): OutgoingMessage {
  const v = parseActionValue(action, choiceValueSchema);
  if (!v) return { text: NOTICES.staleButton };
  const known = (...ids: string[]) => ids.every((id) => deps.index.credential(id) !== undefined);
  const card = (c: CardQuery | null) =>
    c ? queryMessage(deps, c.query, c.question, { tables: true }) : { text: NOTICES.staleButton };
  if ('q' in v) return answerMessage(deps, v.q, { tables: true });
  if ('role' in v) return card(recommendQuery(deps.index, v.role));
  if ('id' in v) return known(v.id) ? card(lookupQuery(deps.index, v.id)) : { text: NOTICES.unknownCredential };
  return known(v.a, v.b) ? card(compareQuery(deps.index, v.a, v.b)) : { text: NOTICES.unknownCredential };
}

export function registerChoices(app: App, deps: SlackDeps): Partial<RegisteredNames> {
  const ids = [...CHOICE_IDS, ACTION_IDS.answerChoiceMenu];
  for (const actionId of ids) {
    app.action<BlockAction>(actionId, async ({ ack, action, respond }) => {
      await ack();
      await respond({ response_type: 'ephemeral', replace_original: false, ...answerChoice(deps, action) });
    });
  }
  return { actions: ids };
}
