/**
 * The form Slack posts for a `/cert` slash command, as URL-encoded text: the fields every test sends,
 * with a test's own team, channel, text and response URL (and anything else it needs to differ).
 */
export function slashCommandForm(
  fields: { team_id: string; channel_id: string; text: string; response_url: string } & Record<string, string>,
): string {
  return new URLSearchParams({
    token: 'verification-token',
    team_domain: 'test',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/cert',
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    trigger_id: '111.222.abc',
    ...fields,
  }).toString();
}
