/**
 * What More details and Show all open: a card's details, or every line of a list an answer counted, as a
 * modal view (no table blocks there, at most 100 blocks) or, where a modal cannot open, as a private
 * message (at most 50 blocks and the message character budget). Both within Block Kit limits.
 */
import type { Answer } from '../../answer/types.js';
import { describeDetails, type More } from '../doc/describe-answer.js';
import type { RenderLookup } from '../doc/render-lookup.js';
import { fitBlocks, BLOCK_KIT_LIMITS as L, truncateText } from './block-kit-limits.js';
import type { SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { docBlocks, plainText } from './render-doc-blocks.js';
import type { ModalView } from './render-remind-modal.js';

export const DETAILS_VIEW = { callbackId: 'answer_details' } as const;

const TITLES: Record<More, string> = { details: 'More details', all: 'Show all' };
const CUT_NOTE = 'More than fits here. Ask `certdesk ask --full` in a terminal, or a narrower question.';

function detailsTitle(answer: Answer): string {
  if (answer.intent === 'lookup') return `${answer.subject.credential.acronym}: more details`;
  return `Every line: ${answer.question.trim()}`;
}

/** The details as a modal; null when the answer has nothing more than its summary. */
export function renderDetailsView(answer: Answer, lookup?: RenderLookup): ModalView | null {
  const details = describeDetails(answer, lookup);
  if (!details) return null;
  return {
    type: 'modal',
    callback_id: DETAILS_VIEW.callbackId,
    title: plainText(TITLES[details.more], L.viewTitle),
    close: plainText('Close', L.viewButton),
    blocks: fitBlocks(docBlocks(details.doc, { tables: false }), { maxBlocks: L.viewBlocks, moreNote: CUT_NOTE }),
  };
}

/** The details as a private message, for where a modal cannot open (an expired trigger, a client without modals). */
export function renderDetailsMessage(answer: Answer, lookup?: RenderLookup): SlackMessage | null {
  const details = describeDetails(answer, lookup);
  if (!details) return null;
  return {
    text: truncateText(escapeMrkdwn(detailsTitle(answer)), 3000),
    blocks: fitBlocks(docBlocks(details.doc, { tables: false }), {
      maxBlocks: L.messageBlocks,
      maxChars: L.messageBlocksChars,
      moreNote: CUT_NOTE,
    }),
  };
}
