/**
 * A token Slack refuses stops the start with a message that says which variable is wrong, instead of an
 * app that runs and never answers.
 */

export class SlackAccessError extends Error {
  readonly code = 'slack_access_refused';
  constructor(
    readonly variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN',
    readonly slackError: string,
  ) {
    super(
      `${variable} was refused by Slack (${slackError}) — check the token in your app's settings at api.slack.com/apps`,
    );
    this.name = 'SlackAccessError';
  }
}

/** The Slack error code ("invalid_auth") of a Web API platform error, if that is what `err` is. */
export function platformErrorOf(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
