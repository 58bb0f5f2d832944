/**
 * Several listeners share /cert: the question listener answers everything except texts whose first word
 * is "remind", which belong to the reminders listener. Each side registers with one of these guards, so
 * exactly one listener acknowledges each command.
 */
import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';

export const CERT_COMMAND = '/cert';

/** True when the command text's first word is `remind` (any case). */
export function isReminderText(text: string): boolean {
  return /^\s*remind(\s|$)/i.test(text);
}

/** Listener middleware: go on only when the /cert text is a question (not `remind …`). */
export const questionsOnly: Middleware<SlackCommandMiddlewareArgs> = async ({ command, next }) => {
  if (!isReminderText(command.text)) await next();
};

/** Listener middleware: go on only for `/cert remind …` (for the reminders listener). */
export const remindersOnly: Middleware<SlackCommandMiddlewareArgs> = async ({ command, next }) => {
  if (isReminderText(command.text)) await next();
};
