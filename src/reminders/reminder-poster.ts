/** How the pass delivers a message: an interface, so the pass is tested with a stand-in Slack or none. */
import type { SlackMessage } from '../render/slack/block-types.js';
import type { WorkspaceRef } from './reminder-types.js';

export type PostOutcome =
  | { ok: true; ts: string }
  /** Slack said slow down (429 or `ratelimited`): not posted; try this channel again after `retryAfterMs`. */
  | { ok: false; kind: 'rate_limited'; retryAfterMs: number }
  /** The app cannot post here any more (channel_not_found, is_archived, not_in_channel): pause. */
  | { ok: false; kind: 'channel_gone'; error: string }
  /** Slack answered and did not post: `ok: false`, another 4xx, or nothing was sent (connection refused). */
  | { ok: false; kind: 'rejected'; error: string }
  /** Slack answered HTTP 5xx: not posted; retried with backoff. */
  | { ok: false; kind: 'server_error'; error: string }
  /**
   * No answer after the request went out (timeout, connection reset): Slack may have posted it. The
   * pass never posts it again (chat.postMessage has no idempotency key): at most once.
   */
  | { ok: false; kind: 'unknown'; error: string };

/** What a reminder message stands for, carried as Slack message metadata so exports can be traced. */
export interface PostMetadata {
  eventType: string;
  payload: Record<string, string | number | boolean | Record<string, string | number | boolean>[]>;
}

export interface ReminderPoster {
  /** `workspace` picks the token when each workspace has its own (OAuth mode). */
  post(channel: string, message: SlackMessage, metadata?: PostMetadata, workspace?: WorkspaceRef): Promise<PostOutcome>;
}

export const CHANNEL_GONE_ERRORS: readonly string[] = ['channel_not_found', 'is_archived', 'not_in_channel'];
