/**
 * Block Kit limits, in one place (from Slack's Block Kit reference), and the helpers that clamp rendered content to them.
 */
import type { Block, ContextBlock } from './block-types.js';

export const BLOCK_KIT_LIMITS = {
  /** Blocks per message (chat.postMessage, respond, ack). */
  messageBlocks: 50,
  /** Blocks per modal or Home tab view. */
  viewBlocks: 100,
  /**
   * Slack refuses messages over about 13k characters of blocks with msg_blocks_too_long
   * (undocumented, bolt-js issue 2509): budget 12k of serialized JSON.
   */
  messageBlocksChars: 12_000,
  /** `text` over this is truncated by Slack. */
  messageText: 40_000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Any text object that has no tighter limit (context elements included). */
  textObject: 3000,
  actionsElements: 25,
  buttonText: 75,
  actionId: 255,
  blockId: 255,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** Static select: options, option text and option value (Slack's select menu reference). */
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholderText: 150,
  /** A modal's title and its close button (Slack's view reference). */
  viewTitle: 24,
  viewButton: 24,
  /** Table block: messages only, one per message. */
  tableRows: 100,
  tableCells: 20,
  tableColumnSettings: 20,
  tablesPerMessage: 1,
  /** Not Slack's limit but a phone's: past three columns (a label and two subjects) the last are cut off. */
  tableColumnsOnPhone: 3,
} as const;

export const ELLIPSIS = '…';

/**
 * Cut `text` to at most `max` characters, ending in an ellipsis when cut. Never leaves half of
 * an mrkdwn entity (`&am…`) or of a `<url|link>` behind: such a tail is dropped whole.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  let cut = text.slice(0, max - ELLIPSIS.length);
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && amp > cut.length - 6 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  // Never end on half of a surrogate pair.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Serialized size of blocks, the measure Slack's msg_blocks_too_long applies. */
export function blocksChars(blocks: readonly Block[]): number {
  return JSON.stringify(blocks).length;
}

export interface FitOptions {
  maxBlocks: number;
  /** Serialized JSON budget; omit for views (no such limit is known for them). */
  maxChars?: number | undefined;
  /** Blocks kept at the end whatever happens (actions, attribution). */
  tail?: readonly Block[];
  /** Said where blocks were dropped. */
  moreNote?: string;
}

const DEFAULT_MORE = 'More than fits in one message. Ask a narrower question to see the rest.';

function moreBlock(note: string): ContextBlock {
  return { type: 'context', block_id: 'more', elements: [{ type: 'mrkdwn', text: note }] };
}

/**
 * Keep `body` + `tail` within the block count and the character budget: drops body blocks
 * from the end and says so with a short note. `tail` is never dropped.
 */
export function fitBlocks(body: readonly Block[], options: FitOptions): Block[] {
  const tail = options.tail ?? [];
  const fits = (blocks: readonly Block[]) =>
    blocks.length <= options.maxBlocks && (options.maxChars === undefined || blocksChars(blocks) <= options.maxChars);
  const all = [...body, ...tail];
  if (fits(all)) return all;
  const note = moreBlock(options.moreNote ?? DEFAULT_MORE);
  const kept = [...body];
  while (kept.length > 0) {
    kept.pop();
    // A divider or header left dangling at the end reads badly.
    while (kept.length > 0 && ['divider', 'header'].includes(kept[kept.length - 1]?.type ?? '')) kept.pop();
    const candidate = [...kept, note, ...tail];
    if (fits(candidate)) return candidate;
  }
  return [note, ...tail].slice(0, options.maxBlocks);
}
