/**
 * The bot scopes each Web API method and event needs (docs.slack.dev/reference/methods, /events). The
 * manifest test scans src/ for the methods the code calls and checks manifest.yml grants exactly what
 * they need: add a row here whenever the code calls a new method.
 */
export const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  // OAuth mode: the install callback's code exchange and token rotation's refresh (client id and secret).
  'oauth.v2.access': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'chat.scheduleMessage': ['chat:write'],
  'views.publish': [],
  'views.open': [],
  'views.update': [],
  'users.info': ['users:read'],
  // Public and private channels; DMs and group DMs would add im:read and mpim:read.
  'conversations.info': ['channels:read', 'groups:read'],
};

export const EVENT_SCOPES: Record<string, string[]> = {
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  app_home_opened: [],
  app_uninstalled: [],
  tokens_revoked: [],
};

/** Slash commands need the `commands` scope. */
export const COMMAND_SCOPE = 'commands';

/**
 * Scopes granted ahead of the code that calls for them, so that workspaces need not reinstall when it
 * lands. Remove an entry once its method is called (the call then justifies the scope).
 */
export const PLANNED_SCOPES: Record<string, string> = {};

/** Every bot scope the app asks for: what the install flow requests (OAuth mode), as the manifest lists. */
export function botScopes(): string[] {
  const all = [
    ...Object.values(METHOD_SCOPES).flat(),
    ...Object.values(EVENT_SCOPES).flat(),
    COMMAND_SCOPE,
    ...Object.keys(PLANNED_SCOPES),
  ];
  return [...new Set(all)].sort();
}
