/**
 * Question → Slack message, the one path every surface takes: the engine answers, the renderer renders.
 * The engine promises never to throw; if it ever does, the user still gets a reply and the log the reason.
 */
import { answerQuestion } from '../answer/answer-question.js';
import { buildAnswer } from '../answer/build-answer.js';
import { type FollowUpSubject, subjectOf } from '../answer/follow-up-subject.js';
import type { Answer, Query } from '../answer/types.js';
import type { Block } from '../render/slack/block-types.js';
import { renderSlackAnswer } from '../render/slack/render-slack-answer.js';
import type { SlackDeps } from './slack-deps.js';

export interface OutgoingMessage {
  text: string;
  blocks?: Block[];
}

export interface AnswerMessageOptions {
  /** The Slack user who shared the answer into the channel. */
  sharedBy?: string;
  /** Offer the "Share in channel" button (default true). */
  shareable?: boolean;
  /** Slack's table block is allowed on messages only, not in views. */
  tables: boolean;
}

export const ANSWER_FAILED_TEXT =
  'Sorry, something went wrong while I was answering that. Please try again, or type `/cert help` for examples.';

function render(deps: SlackDeps, answer: () => Answer, opts: AnswerMessageOptions, question: string): OutgoingMessage {
  try {
    return renderSlackAnswer(answer(), { ...opts, lookup: deps.index });
  } catch (err) {
    deps.log.error({ err, questionLength: question.length }, 'answering a question failed');
    return { text: ANSWER_FAILED_TEXT };
  }
}

/** The answer to a question as typed. */
export function answerMessage(deps: SlackDeps, question: string, opts: AnswerMessageOptions): OutgoingMessage {
  return render(deps, () => answerQuestion(question, { index: deps.index, now: deps.now() }), opts, question);
}

/**
 * The answer to a question in a conversation (a DM or a thread): a follow-up that names no credential
 * is about `previous`. Also returns what the answer was about, for the next follow-up (null: unchanged).
 */
export function conversationMessage(
  deps: SlackDeps,
  question: string,
  previous: FollowUpSubject | undefined,
  opts: AnswerMessageOptions,
): { message: OutgoingMessage; subject: FollowUpSubject | null } {
  let subject: FollowUpSubject | null = null;
  const answer = () => {
    const a = answerQuestion(question, { index: deps.index, now: deps.now(), previous });
    subject = subjectOf(a);
    return a;
  };
  const message = render(deps, answer, opts, question);
  return { message, subject };
}

/**
 * The answer to a query known exactly (a card button names credential ids), with `question` as the words
 * it stands for: what the answer's Share button re-asks.
 */
export function queryMessage(
  deps: SlackDeps,
  query: Query,
  question: string,
  opts: AnswerMessageOptions,
): OutgoingMessage {
  const ctx = { question, interpretations: [], index: deps.index, now: deps.now() };
  return render(deps, () => buildAnswer(query, ctx), opts, question);
}
