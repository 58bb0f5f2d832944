/**
 * A token Slack refuses, or a Slack that cannot be reached, stops the start with a message that names the
 * variable concerned, instead of an app that runs and never answers.
 */
export class SlackAccessError extends Error {
  readonly code = 'slack_access_failed';
  constructor(
    readonly variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN',
    readonly problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'SlackAccessError';
  }

  /** From what start-up calls to Slack threw: refused (a platform error code) or unreachable. */
  static from(variable: SlackAccessError['variable'], err: unknown, apiUrl: string | undefined): SlackAccessError {
    const refused = platformErrorOf(err);
    if (refused) {
      return new SlackAccessError(
        variable,
        `was refused by Slack (${refused}) — check the token in your app's settings at api.slack.com/apps`,
      );
    }
    const why = err instanceof Error ? err.message : String(err);
    return new SlackAccessError(
      variable,
      `could not be checked: Slack's Web API at ${apiUrl ?? 'https://slack.com/api/'} did not answer (${why})`,
    );
  }
}

/** The Slack error code ("invalid_auth") of a Web API platform error, if that is what `err` is. */
export function platformErrorOf(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
