/** Which incoming messages deserve an answer, and the question inside them. */

function field(event: object, key: string): unknown {
  return (event as Record<string, unknown>)[key];
}

/**
 * A message a person typed: not from a bot (this app included), not an edit, deletion or other subtype.
 */
export function isPersonMessage(event: object, botUserId: string | undefined): boolean {
  const user = field(event, 'user');
  if (typeof user !== 'string' || user === '' || user === botUserId) return false;
  if (field(event, 'bot_id') !== undefined || field(event, 'bot_profile') !== undefined) return false;
  return field(event, 'subtype') === undefined;
}

/** The question in "<@UBOT> what is aaism?": the app's own mention removed (the first mention, if unknown). */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const own = botUserId
    ? new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}
