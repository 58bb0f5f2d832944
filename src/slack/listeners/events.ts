/**
 * Events: a mention answers in a thread, a DM answers in the DM, opening the app publishes its Home tab,
 * and uninstalls are recorded. Retried deliveries were already dropped by skipRepeatedEvents.
 */
import type { App } from '@slack/bolt';
import { workspaceOf } from '../../reminders/check-reminder-permission.js';
import { conversationMessage } from '../answer-message.js';
import { buildHomeView } from '../build-home-view.js';
import { conversationKey, readSubject, rememberSubject } from '../conversation-context.js';
import { isPersonMessage, stripBotMention } from '../message-filters.js';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';

export function registerEvents(app: App, deps: SlackDeps): Partial<RegisteredNames> {
  app.event('app_mention', async ({ event, context, client }) => {
    if (!isPersonMessage(event, context.botUserId)) return;
    // The reply thread and every later mention in it share one conversation: the thread's root.
    const thread = event.thread_ts ?? event.ts;
    const key = conversationKey(context, event.channel, thread);
    const question = stripBotMention(event.text, context.botUserId);
    const { message, subject } = conversationMessage(deps, question, await readSubject(deps, key), { tables: true });
    await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...message });
    await rememberSubject(deps, key, subject);
  });

  app.event('message', async ({ event, context, client }) => {
    if (event.channel_type !== 'im' || !isPersonMessage(event, context.botUserId)) return;
    if (!('text' in event) || typeof event.text !== 'string') return;
    const thread = 'thread_ts' in event && typeof event.thread_ts === 'string' ? { thread_ts: event.thread_ts } : {};
    // A DM's top level is one conversation; a thread inside the DM is another.
    const key = conversationKey(context, event.channel, thread.thread_ts ?? '');
    const question = stripBotMention(event.text, context.botUserId);
    const { message, subject } = conversationMessage(deps, question, await readSubject(deps, key), { tables: true });
    await client.chat.postMessage({ channel: event.channel, ...thread, ...message });
    await rememberSubject(deps, key, subject);
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: buildHomeView(deps.index, deps.now()) });
  });

  type LostBody = { team_id: string; enterprise_id?: string; authorizations?: { is_enterprise_install?: boolean }[] };
  // Keyed as subscriptions are: an org-wide install's live under the organization (team '').
  const workspaceOfBody = (body: LostBody) =>
    workspaceOf({
      teamId: body.team_id,
      enterpriseId: body.enterprise_id,
      isEnterpriseInstall: body.authorizations?.[0]?.is_enterprise_install,
    });
  const lost = async (body: LostBody, reason: 'app_uninstalled' | 'tokens_revoked') => {
    const workspace = workspaceOfBody(body);
    deps.log.warn({ ...workspace, reason }, 'the app lost access to a workspace');
    await deps.onUninstall?.(workspace, reason);
  };
  app.event('app_uninstalled', async ({ body }) => lost(body, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    if (event.tokens.bot?.length) await lost(body, 'tokens_revoked');
    else if (event.tokens.oauth?.length) await deps.onUserTokensRevoked?.(workspaceOfBody(body), event.tokens.oauth);
  });

  return { events: ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] };
}
