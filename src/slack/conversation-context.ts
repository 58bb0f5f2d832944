/**
 * Follow-ups in DMs and mention threads: the subject of the conversation's last answer is read before
 * answering and written after replying. The store is a help, never a condition: a store that fails or is
 * slow is skipped (the question is answered on its own) with a warning, and the reply is never lost.
 */
import type { Context } from '@slack/bolt';
import type { FollowUpSubject } from '../answer/follow-up-subject.js';
import { TIMED_OUT, withinDeadline } from '../http/within-deadline.js';
import { workspaceOf } from '../reminders/check-reminder-permission.js';
import type { ThreadKey } from '../store/thread-context.js';
import type { SlackDeps } from './slack-deps.js';

/** How long an answer waits for the conversation's subject before going on without it. */
export const CONTEXT_DEADLINE_MS = 400;

/** The conversation a message belongs to: its thread (root ts), or a DM's top level (''). */
export function conversationKey(context: Context, channel: string, thread: string): ThreadKey {
  const workspace = workspaceOf({
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall,
  });
  return { ...workspace, channel, thread };
}

async function bounded<T>(deps: SlackDeps, work: () => Promise<T>, what: string): Promise<T | undefined> {
  try {
    const result = await withinDeadline(work(), CONTEXT_DEADLINE_MS);
    if (result !== TIMED_OUT) return result;
    deps.log.warn({ deadlineMs: CONTEXT_DEADLINE_MS }, `follow-up context ${what} timed out: answering without it`);
  } catch (err) {
    deps.log.warn({ err }, `follow-up context ${what} failed: answering without it`);
  }
  return undefined;
}

/** The subject of the conversation's last answer, or undefined (none, expired, or the store is unavailable). */
export function readSubject(deps: SlackDeps, key: ThreadKey): Promise<FollowUpSubject | undefined> {
  return bounded(deps, () => deps.store.threadContext.get(key, deps.now()), 'read');
}

/** Remember what the answer was about; an answer that changes nothing (help, small talk) writes nothing. */
export async function rememberSubject(deps: SlackDeps, key: ThreadKey, subject: FollowUpSubject | null): Promise<void> {
  if (subject === null) return;
  await bounded(deps, () => deps.store.threadContext.put(key, subject, deps.now()), 'write');
}
