/**
 * Escape text for Slack mrkdwn: exactly & < > (Slack's message-formatting rules). With these
 * three escaped, `<!channel>`, `<!here>`, `<@U…>` and `<#C…>` typed by a user can never ping.
 * `&` goes first so that the entities this adds are not escaped twice.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
