/**
 * Posts reminders with @slack/web-api, on our own retry policy: the client never retries (its
 * default would sit up to 30 minutes on a 429 and hold every other call behind it); a rate limit
 * comes back as an outcome so the pass defers that one channel and carries on with the others.
 */
import {
  type Logger,
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
} from '@slack/web-api';
import { CHANNEL_GONE_ERRORS, type PostOutcome, type ReminderPoster } from './reminder-poster.js';
import type { WorkspaceRef } from './reminder-types.js';

export interface SlackPosterOptions {
  /** The one bot token (single-workspace mode) … */
  token?: string | undefined;
  /** … or each workspace's own, looked up (and refreshed) before every post (OAuth mode). */
  tokenFor?: ((workspace: WorkspaceRef) => Promise<string>) | undefined;
  /** Default https://slack.com/api/; GovSlack or a test stand-in otherwise. */
  slackApiUrl?: string | undefined;
  /** Per request; keep well under the claim lease (default 15 s). */
  timeoutMs?: number;
  /** The client's own lines (Slack's warnings, failed requests) go here, so they are scrubbed like the rest. */
  logger?: Logger | undefined;
}

/** When Slack gives no Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 30_000;

export function createSlackPoster(opts: SlackPosterOptions): ReminderPoster {
  const client = new WebClient(opts.tokenFor ? undefined : opts.token, {
    ...(opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.timeoutMs ?? 15_000,
    logLevel: LogLevel.ERROR,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  return {
    async post(channel, message, metadata, workspace): Promise<PostOutcome> {
      let token: string | undefined;
      if (opts.tokenFor) {
        if (!workspace) return { ok: false, kind: 'rejected', error: 'no workspace given for the token' };
        try {
          token = await opts.tokenFor(workspace);
        } catch (err) {
          // Nothing was sent: the claim is released and the next pass tries again.
          return {
            ok: false,
            kind: 'rejected',
            error: `no token: ${err instanceof Error ? err.message : String(err)}`,
          };
        }
      }
      try {
        const r = await client.chat.postMessage({
          ...(token ? { token } : {}),
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          // Needs only chat:write; lets a duplicate or a gap be traced from exports and API reads.
          ...(metadata ? { metadata: { event_type: metadata.eventType, event_payload: metadata.payload } } : {}),
        });
        return { ok: true, ts: r.ts ?? '' };
      } catch (err) {
        return outcomeOf(err);
      }
    },
  };
}

/** Errors that mean the request never reached Slack: nothing can have been posted. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function outcomeOf(err: unknown): PostOutcome {
  if (err instanceof WebAPIRateLimitedError) {
    return { ok: false, kind: 'rate_limited', retryAfterMs: Math.max(1, err.retryAfter) * 1000 };
  }
  if (err instanceof WebAPIPlatformError) {
    const error = err.data.error;
    if (CHANNEL_GONE_ERRORS.includes(error)) return { ok: false, kind: 'channel_gone', error };
    if (error === 'ratelimited') return { ok: false, kind: 'rate_limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS };
    return { ok: false, kind: 'rejected', error };
  }
  if (err instanceof WebAPIHTTPError) {
    const error = `http_${err.statusCode}`;
    return err.statusCode >= 500 ? { ok: false, kind: 'server_error', error } : { ok: false, kind: 'rejected', error };
  }
  if (err instanceof WebAPIRequestError) {
    const code = (err.original as { code?: unknown }).code;
    const error = `request_error: ${err.original.message}`;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return { ok: false, kind: 'rejected', error };
    return { ok: false, kind: 'unknown', error };
  }
  return { ok: false, kind: 'unknown', error: err instanceof Error ? err.message : String(err) };
}
