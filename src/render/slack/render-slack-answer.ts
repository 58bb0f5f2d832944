import type { Answer } from '../../answer/types.js';
import { describeAnswer } from '../doc/describe-answer.js';
import type { RenderLookup } from '../doc/render-lookup.js';
import { summarizeAnswer } from '../doc/summarize-answer.js';
import { BLOCK_IDS } from './action-ids.js';
import { fitBlocks, BLOCK_KIT_LIMITS as L, truncateText } from './block-kit-limits.js';
import type { Block, SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { answerActions, sharedByText } from './render-answer-actions.js';
import { docBlocks, mrkdwn } from './render-doc-blocks.js';
import { remindHelpSection } from './render-remind-offer.js';

export interface RenderSlackOptions {
  /** A Slack user id: adds "Shared by <@U…>". */
  sharedBy?: string;
  /** Adds the "Share in channel" button (default true). */
  shareable?: boolean;
  /** Comparisons as Slack's table block (default true; messages only). false: a fields layout. */
  tables?: boolean;
  /** Names ids the answer does not carry and lists credentials to compare with: pass the CatalogIndex. */
  lookup?: RenderLookup;
}

const isSources = (block: Block) => block.block_id?.endsWith('_sources') === true;

/** An answer as a Slack message, within Block Kit limits, with everything the user typed escaped. */
export function renderSlackAnswer(answer: Answer, opts: RenderSlackOptions = {}): SlackMessage {
  const { doc, namer, more } = describeAnswer(answer, opts.lookup);
  const blocks = docBlocks(doc, { tables: opts.tables !== false });
  if (answer.intent === 'help') blocks.push(remindHelpSection());
  // Sources are never the part cut for space: keep them with the actions at the end.
  const body = blocks.filter((b) => !isSources(b));
  const tail: Block[] = [
    ...blocks.filter(isSources),
    ...answerActions(answer, namer, { shareable: opts.shareable !== false, more }),
  ];
  if (opts.sharedBy !== undefined) {
    tail.push({ type: 'context', block_id: BLOCK_IDS.sharedBy, elements: [mrkdwn(sharedByText(opts.sharedBy))] });
  }
  return {
    text: truncateText(escapeMrkdwn(summarizeAnswer(answer, namer)), 3000),
    blocks: fitBlocks(body, { maxBlocks: L.messageBlocks, maxChars: L.messageBlocksChars, tail }),
  };
}
