/** How the pass delivers a message: an interface, so the pass is tested with a stand-in Slack or none. */
import type { SlackMessage } from '../render/slack/block-types.js';

export type PostOutcome =
  | { ok: true; ts: string }
  /** Slack said slow down (429 or `ratelimited`): try this channel again after `retryAfterMs`. */
  | { ok: false; kind: 'rate_limited'; retryAfterMs: number }
  /** The app cannot post here any more (channel_not_found, is_archived, not_in_channel): pause. */
  | { ok: false; kind: 'channel_gone'; error: string }
  /**
   * Anything else (a 5xx, a network error, a refused message). `ambiguous` when Slack may have
   * accepted the post anyway (the request timed out or the connection dropped after sending).
   */
  | { ok: false; kind: 'failed'; error: string; ambiguous: boolean };

export interface ReminderPoster {
  post(channel: string, message: SlackMessage): Promise<PostOutcome>;
}

export const CHANNEL_GONE_ERRORS: readonly string[] = ['channel_not_found', 'is_archived', 'not_in_channel'];
