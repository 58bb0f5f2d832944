/** /cert <question>: the answer, privately, in the acknowledgment itself (well within Slack's 3 seconds). */
import type { App } from '@slack/bolt';
import { answerMessage } from '../answer-message.js';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';
import { CERT_COMMAND, questionsOnly } from './command-guards.js';

/** `/cert` alone and `/cert help` ask for help. */
export function questionFromCommand(text: string): string {
  const q = text.trim();
  return q === '' ? 'help' : q;
}

export function registerCommands(app: App, deps: SlackDeps): Partial<RegisteredNames> {
  app.command(CERT_COMMAND, questionsOnly, async ({ command, ack }) => {
    const message = answerMessage(deps, questionFromCommand(command.text), { tables: true });
    await ack({ response_type: 'ephemeral', ...message });
  });
  return { commands: [CERT_COMMAND] };
}
