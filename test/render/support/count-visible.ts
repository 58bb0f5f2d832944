/**
 * Visible characters of a Block Kit message or view, counted as issue 10 defines them — the text of
 * header, section (text and fields), context, rich text and table blocks, a link counted as its label —
 * on its own, not with the app's functions. Markup is not counted: `*bold*` is 4 characters, `&amp;` one,
 * `<https://x|ISACA>` five, an emoji code one. Buttons, menus and their values are not text a reader reads.
 */
type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function shownMrkdwn(text: string): string {
  return text
    .replace(/<([^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/:[a-z0-9_+-]+:/g, '•')
    .replace(/(^|[\s(])[*_~`]([^*_~`\n]+)[*_~`](?=$|[\s.,;:)!?])/gm, '$1$2')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function textOf(t: unknown): string {
  if (!isRecord(t) || typeof t.text !== 'string') return '';
  return t.type === 'mrkdwn' ? shownMrkdwn(t.text) : t.text;
}

function richText(node: unknown): string {
  if (Array.isArray(node)) return node.map(richText).join('');
  if (!isRecord(node)) return '';
  if (typeof node.text === 'string') return node.text;
  return richText(node.elements);
}

/** The visible text of one block, as a reader sees it. */
export function blockText(block: unknown): string {
  if (!isRecord(block)) return '';
  switch (block.type) {
    case 'header':
      return textOf(block.text);
    case 'section':
      return [textOf(block.text), ...(Array.isArray(block.fields) ? block.fields.map(textOf) : [])].join('\n');
    case 'context':
      return (Array.isArray(block.elements) ? block.elements.map(textOf) : []).join('\n');
    case 'rich_text':
      return richText(block.elements);
    case 'table':
      return (Array.isArray(block.rows) ? block.rows : [])
        .flatMap((row) => (Array.isArray(row) ? row.map((cell) => (isRecord(cell) ? richText(cell) : '')) : []))
        .join('\n');
    default:
      return '';
  }
}

/** Visible characters of all the blocks (newlines between texts not counted). */
export function visibleChars(blocks: readonly unknown[]): number {
  return blocks.map((b) => [...blockText(b).replace(/\n/g, '')].length).reduce((a, b) => a + b, 0);
}
