import type { CredentialView } from '../../answer/types.js';
import { describeSources } from '../doc/describe-sources.js';
import { fitBlocks, BLOCK_KIT_LIMITS as L } from './block-kit-limits.js';
import type { SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { docBlocks } from './render-doc-blocks.js';

/** The sources behind one credential card (the card's "Sources" button). */
export function renderSlackSources(view: CredentialView): SlackMessage {
  const c = view.credential;
  return {
    text: escapeMrkdwn(`Sources for ${c.acronym} — ${c.name}: ${c.sources.length}, checked ${c.verified}.`),
    blocks: fitBlocks(docBlocks(describeSources(view), { tables: false }), {
      maxBlocks: L.messageBlocks,
      maxChars: L.messageBlocksChars,
    }),
  };
}
