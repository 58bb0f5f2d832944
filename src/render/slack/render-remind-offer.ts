/**
 * What answers offer about reminders (pure): `/cert help` shows the `/cert remind` syntax, and the
 * help and deadlines answers carry the "Remind this channel" button (a deadlines answer's button opens
 * the modal on the credentials or issuer it was about).
 */
import type { Answer } from '../../answer/types.js';
import { REMIND_HELP } from '../../reminders/parse-remind-command.js';
import { BLOCK_KIT_LIMITS as L } from './block-kit-limits.js';
import type { ButtonElement, SectionBlock } from './block-types.js';
import { mrkdwn } from './render-doc-blocks.js';
import { remindChannelButton } from './render-remind-parts.js';

/** The `/cert remind` syntax as one section (REMIND_HELP is the app's own mrkdwn: nothing to escape). */
export function remindHelpSection(blockId = 'help_remind'): SectionBlock {
  const lines = REMIND_HELP.map((line) => `• ${line}`);
  return {
    type: 'section',
    block_id: blockId,
    text: mrkdwn(`*Remind a channel before exams retire or change*\n${lines.join('\n')}`, L.sectionText),
  };
}

/** The "Remind this channel" button an answer offers, if any. */
export function remindButtonFor(answer: Answer): ButtonElement | null {
  if (answer.intent === 'help') return remindChannelButton();
  if (answer.intent !== 'deadlines') return null;
  const { issuer, credentials } = answer.scope;
  if (issuer) return remindChannelButton({ issuer: issuer.id });
  return remindChannelButton({ credentials: credentials.map((v) => v.credential.id) });
}
