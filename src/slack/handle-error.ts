/**
 * The one place listener failures arrive (Bolt's app.error): logged with what request it was, and the
 * person told something useful when a reply can still reach them. It never throws.
 */
import type { CodedError } from '@slack/bolt';
import { ErrorCode } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { ACTION_IDS } from './action-values.js';
import { describeRequest, type RequestFacts } from './describe-request.js';
import { NOTICES } from './notices.js';
import { platformErrorOf } from './slack-access-error.js';

/** Slack refused the message itself: a plain-text apology in its place can still get through. */
const CONTENT_ERRORS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_blocks_too_long', 'msg_too_long']);

/** The Slack error code ("channel_not_found") of a Web API failure, looking inside Bolt's wrappers. */
export function slackErrorOf(error: CodedError): string | undefined {
  for (const e of [error, error.original, ...(error.originals ?? [])]) {
    const code = platformErrorOf(e);
    if (code) return code;
  }
  return undefined;
}

function isRespondError(error: CodedError): boolean {
  return [error, ...(error.originals ?? [])].some((e) => (e as { code?: unknown }).code === ErrorCode.RespondError);
}

async function tellUser(
  client: WebClient,
  error: CodedError,
  facts: RequestFacts,
  botToken: string | undefined,
): Promise<void> {
  // OAuth mode: the app's client has no token of its own; the request's workspace token answers.
  const token = botToken ? { token: botToken } : {};
  if (facts.kind === 'action' && isRespondError(error) && facts.channel && facts.user) {
    const text = facts.actionId === ACTION_IDS.shareAnswer ? NOTICES.shareExpired : NOTICES.buttonExpired;
    await client.chat.postEphemeral({ ...token, channel: facts.channel, user: facts.user, text });
    return;
  }
  const slackError = slackErrorOf(error);
  if (facts.kind === 'event' && facts.channel && slackError && CONTENT_ERRORS.has(slackError)) {
    const thread = facts.eventType === 'app_mention' && facts.threadTs ? { thread_ts: facts.threadTs } : {};
    await client.chat.postMessage({ ...token, channel: facts.channel, ...thread, text: NOTICES.replyFailed });
  }
}

export function createErrorHandler(log: Logger, client: WebClient) {
  return async ({
    error,
    body,
    context,
  }: {
    error: CodedError;
    body: unknown;
    context?: { botToken?: string | undefined };
  }): Promise<void> => {
    const facts = describeRequest(body);
    log.error({ err: error, code: error.code, slackError: slackErrorOf(error), ...facts }, 'a Slack listener failed');
    try {
      await tellUser(client, error, facts, context?.botToken);
    } catch (err) {
      log.warn({ err, ...facts }, 'could not tell the user about the failure either');
    }
  };
}
