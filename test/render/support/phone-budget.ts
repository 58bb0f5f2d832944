/**
 * What "fits a phone" means for a rendered message (issue #10 §2), checked the same way everywhere:
 * Block Kit-valid, no table past three columns, and a block and visible-character budget.
 */
import type { SlackMessage } from '../../../src/render/slack/block-types.js';
import { validateMessage } from '../../support/block-kit-validator.js';
import { visibleText } from './collect-text.js';

export interface PhoneBudget {
  blocks: number;
  /** Characters of visibleText (every text a reader can see, link targets included). */
  chars: number;
}

/**
 * Two credentials: ≤ 12 blocks, ≤ 2,400 visible characters (a bottom line, a table of about ten rows of
 * two cells each, one line per credential on what rests on third parties, the Share button).
 */
export const PAIR_BUDGET: PhoneBudget = { blocks: 12, chars: 2400 };
/** Three or four credentials: ≤ 16 blocks, ≤ 4,000 visible characters (one compact section each). */
export const MANY_BUDGET: PhoneBudget = { blocks: 16, chars: 4000 };

export const PHONE_TABLE_COLUMNS = 3;

export function phoneProblems(msg: SlackMessage, budget: PhoneBudget, what: string): string[] {
  const problems = validateMessage(msg).map((p) => `${what}: ${p}`);
  for (const block of msg.blocks) {
    const columns = block.type === 'table' ? Math.max(...block.rows.map((r) => r.length)) : 0;
    if (columns > PHONE_TABLE_COLUMNS) problems.push(`${what}: a table of ${columns} columns`);
  }
  if (msg.blocks.length > budget.blocks) problems.push(`${what}: ${msg.blocks.length} blocks`);
  const chars = visibleText(msg.blocks).length;
  if (chars > budget.chars) problems.push(`${what}: ${chars} visible characters`);
  return problems;
}
