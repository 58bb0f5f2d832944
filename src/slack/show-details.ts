/**
 * More details and Show all, from Slack's side. The button carries the query (a credential id, or the
 * question), never the content: the answer is built again from the catalog, its details opened in a
 * modal; where the modal cannot open (views.open refused, e.g. an expired trigger), they are sent
 * privately through the response_url instead.
 */
import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { answerQuestion } from '../answer/answer-question.js';
import { buildAnswer } from '../answer/build-answer.js';
import type { Answer } from '../answer/types.js';
import { renderDetailsMessage, renderDetailsView } from '../render/slack/render-details.js';
import { lookupQuery } from './card-questions.js';
import { platformErrorOf } from './slack-access-error.js';
import type { SlackDeps } from './slack-deps.js';

/** Said when the answer, built again, has nothing beyond what is already shown. */
export const NOTHING_MORE =
  'There is nothing more to show: the answer above is all of it now. Ask again to refresh it.';

export function credentialAnswer(deps: SlackDeps, id: string): Answer {
  const { query, question } = lookupQuery(deps.index, id);
  return buildAnswer(query, { question, interpretations: [], index: deps.index, now: deps.now() });
}

export function questionAnswer(deps: SlackDeps, question: string): Answer {
  return answerQuestion(question, { index: deps.index, now: deps.now() });
}

export interface DetailsTarget {
  client: WebClient;
  triggerId: string;
  respond: RespondFn;
}

/** Opens the answer's details in a modal, or sends them privately where the modal cannot open. */
export async function showDetails(deps: SlackDeps, target: DetailsTarget, answer: Answer): Promise<void> {
  const view = renderDetailsView(answer, deps.index);
  if (!view) {
    await target.respond({ response_type: 'ephemeral', replace_original: false, text: NOTHING_MORE });
    return;
  }
  try {
    await target.client.views.open({ trigger_id: target.triggerId, view });
    return;
  } catch (err) {
    deps.log.warn({ err, slackError: platformErrorOf(err), intent: answer.intent }, 'details modal did not open');
  }
  const message = renderDetailsMessage(answer, deps.index) ?? { text: NOTHING_MORE };
  await target.respond({ response_type: 'ephemeral', replace_original: false, ...message });
}
