/**
 * What a conversation remembers for follow-ups: the previous answer's subject (credential ids, intent and
 * a fact answer's fields; never message text), per workspace, channel and thread, for 24 hours. A DM's
 * top level is its channel with thread ''. Expired rows are never returned.
 */
import type { FollowUpSubject } from '../answer/follow-up-subject.js';
import type { ChannelRef } from '../reminders/reminder-types.js';

/** A conversation: a thread (its root's ts) in a channel, or a DM's top level (thread ''). */
export interface ThreadKey extends ChannelRef {
  thread: string;
}

/** How long a subject is remembered after the last answer in its conversation. */
export const THREAD_CONTEXT_TTL_MS = 24 * 60 * 60 * 1000;

export interface ThreadContextStore {
  /** The subject of the conversation's last answer, unless it expired. */
  get(key: ThreadKey, now: Date): Promise<FollowUpSubject | undefined>;
  /** Remember the subject until `now` + 24 hours (replacing the previous one). */
  put(key: ThreadKey, subject: FollowUpSubject, now: Date): Promise<void>;
  /** Delete what expired; returns how many rows went. */
  removeExpired(now: Date): Promise<number>;
}
