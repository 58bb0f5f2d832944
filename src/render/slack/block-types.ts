/**
 * Our own minimal Block Kit types: only the blocks and elements certdesk renders.
 * The pure render folder must not import @slack/*; these shapes match Slack's JSON.
 */

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** Leave false: links are written out explicitly, names are never auto-linked. */
  verbatim?: boolean;
}

export type TextObject = PlainText | MrkdwnText;

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

export interface SelectOption {
  text: PlainText;
  value: string;
}

export interface StaticSelectElement {
  type: 'static_select';
  action_id: string;
  placeholder: PlainText;
  options: SelectOption[];
}

export type ActionElement = ButtonElement | StaticSelectElement;

export interface HeaderBlock {
  type: 'header';
  block_id?: string;
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text?: TextObject;
  fields?: TextObject[];
  accessory?: ActionElement;
}

export interface ContextBlock {
  type: 'context';
  block_id?: string;
  elements: TextObject[];
}

export interface DividerBlock {
  type: 'divider';
  block_id?: string;
}

export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: ActionElement[];
}

/** A table cell: plain text, never parsed as mrkdwn (so nothing in it can ping). */
export interface RawTextCell {
  type: 'raw_text';
  text: string;
}

export interface TableColumnSetting {
  align?: 'left' | 'center' | 'right';
  is_wrapped?: boolean;
}

/** Slack's table block: messages only, one per message, ≤100 rows of ≤20 cells. */
export interface TableBlock {
  type: 'table';
  block_id?: string;
  rows: RawTextCell[][];
  column_settings?: TableColumnSetting[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock | TableBlock;

/** What chat.postMessage, respond() and ack() take: `text` is the notification fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface HomeView {
  type: 'home';
  blocks: Block[];
}
