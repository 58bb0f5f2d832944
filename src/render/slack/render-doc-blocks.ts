/** A platform-neutral Doc as Block Kit blocks: every string escaped, every text clamped. */
import type { Doc, GridRow, Inline, Line, Part, SourceItem } from '../doc/doc-types.js';
import { BLOCK_KIT_LIMITS as L, truncateText } from './block-kit-limits.js';
import type { Block, MrkdwnText, PlainText, RawTextCell, SectionBlock, TableBlock } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/**
 * Text for plain_text and raw_text, which Slack never parses: still, no `<` or `>` leaves the
 * app, so a scan of what was sent can prove no mention sequence was echoed.
 */
export function plainSafe(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

export function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncateText(plainSafe(text), max) || ' ', emoji: true };
}

export function mrkdwn(text: string, max: number = L.textObject): MrkdwnText {
  return { type: 'mrkdwn', text: truncateText(text, max) };
}

/** A link target inside `<url|label>`: no `|` or `>` may end it early. */
/** A link target that cannot break out of Slack's <url|text> syntax: the characters that would end it are
 * percent-encoded, and & is escaped as mrkdwn requires everywhere. */
function escapeUrl(url: string): string {
  return url.replace(/[<>|\s]/g, (ch) => encodeURIComponent(ch)).replace(/&/g, '&amp;');
}

export function inlineMrkdwn(run: Inline): string {
  if (typeof run === 'string') return escapeMrkdwn(run);
  const text = escapeMrkdwn(run.text);
  if (run.url !== undefined) return `<${escapeUrl(run.url)}|${text.replace(/\|/g, '¦')}>`;
  if (run.code) return `\`${text.replace(/`/g, "'")}\``;
  if (run.bold) return `*${text}*`;
  return text;
}

export function lineMrkdwn(line: Line): string {
  return line.map(inlineMrkdwn).join('');
}

/** Lines into as few texts as fit in `max` each, never splitting a line unless it alone is too long. */
function packLines(lines: readonly string[], max: number): string[] {
  const texts: string[] = [];
  let current = '';
  for (const line of lines) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= max) {
      current = next;
      continue;
    }
    if (current !== '') texts.push(current);
    current = truncateText(line, max);
  }
  if (current !== '') texts.push(current);
  return texts;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function sections(id: string, texts: readonly string[]): SectionBlock[] {
  return texts.map((text, i) => ({
    type: 'section',
    block_id: i === 0 ? id : `${id}_${i + 1}`,
    text: mrkdwn(text, L.sectionText),
  }));
}

function gridTable(part: Extract<Part, { kind: 'grid' }>): TableBlock {
  const columns = part.columns.slice(0, L.tableCells - 1);
  const cell = (text: string): RawTextCell => ({ type: 'raw_text', text: truncateText(plainSafe(text), 300) || '—' });
  const rows: GridRow[] = part.rows.slice(0, L.tableRows - 1);
  return {
    type: 'table',
    block_id: part.id,
    column_settings: [{ is_wrapped: true }, ...columns.map(() => ({ is_wrapped: true }))],
    rows: [
      [cell(part.corner), ...columns.map(cell)],
      ...rows.map((row) => [cell(row.label), ...columns.map((_, i) => cell(row.cells[i] ?? '—'))]),
    ],
  };
}

/** The same grid without a table block: one section per fact, one field per credential. */
function gridFields(part: Extract<Part, { kind: 'grid' }>): SectionBlock[] {
  return part.rows.flatMap((row, r) =>
    chunk(
      part.columns.map((column, i) => ({ column, cell: row.cells[i] ?? '—' })),
      L.sectionFields,
    ).map(
      (group, g): SectionBlock => ({
        type: 'section',
        block_id: `${part.id}_${r + 1}${g > 0 ? `_${g + 1}` : ''}`,
        text: mrkdwn(`*${escapeMrkdwn(row.label)}*`, L.sectionText),
        fields: group.map(({ column, cell }) =>
          mrkdwn(`*${escapeMrkdwn(column)}*\n${escapeMrkdwn(cell)}`, L.fieldText),
        ),
      }),
    ),
  );
}

/** "Sources, read 2026-11-24: <url|ISACA> · seed article", or each with its own date when they differ. */
function sourcesMrkdwn(items: readonly SourceItem[]): string {
  const dates = new Set(items.map((i) => i.verified));
  const one = dates.size === 1 ? [...dates][0] : undefined;
  const links = items.map((i) => {
    const label = i.url === undefined ? escapeMrkdwn(i.label) : inlineMrkdwn({ text: i.label, url: i.url });
    return one === undefined ? `${label} (${i.verified})` : label;
  });
  return `Sources${one === undefined ? '' : `, read ${one}`}: ${links.join(' · ')}`;
}

/** A summary's one sources line: "Source: <url|ISACA> (issuer's own page, read 2026-11-24) · 9 more under More details". */
function strongestMrkdwn(item: SourceItem | undefined, more: number): string {
  if (item === undefined) return 'No sources recorded';
  const label = item.url === undefined ? escapeMrkdwn(item.label) : inlineMrkdwn({ text: item.label, url: item.url });
  const about = [item.tier, `read ${item.verified}`].filter((t) => t !== undefined).join(', ');
  const rest = more > 0 ? ` · ${more} more under More details` : '';
  return `Source: ${label} (${escapeMrkdwn(about)})${rest}`;
}

function titled(title: string | undefined, lines: readonly string[]): string[] {
  return title === undefined ? [...lines] : [`*${escapeMrkdwn(title)}*`, ...lines];
}

export interface DocBlocksOptions {
  /** Use Slack's table block for grids (messages only); otherwise fields. */
  tables: boolean;
}

export function partBlocks(part: Part, options: DocBlocksOptions): Block[] {
  switch (part.kind) {
    case 'title':
      return [{ type: 'header', block_id: part.id, text: plainText(part.text, L.headerText) }];
    case 'para':
      return sections(part.id, packLines(part.lines.map(lineMrkdwn), L.sectionText));
    case 'list': {
      const items = part.items.map((item, i) => `${part.ordered ? `${i + 1}.` : '•'} ${lineMrkdwn(item)}`);
      const intro = part.intro === undefined ? [] : [`_${escapeMrkdwn(part.intro)}_`];
      return sections(part.id, packLines(titled(part.title, [...intro, ...items]), L.sectionText));
    }
    case 'facts':
      return chunk(part.items, L.sectionFields).map((items, i) => ({
        type: 'section',
        block_id: i === 0 ? part.id : `${part.id}_${i + 1}`,
        ...(part.title !== undefined && i === 0
          ? { text: mrkdwn(`*${escapeMrkdwn(part.title)}*`, L.sectionText) }
          : {}),
        ...(part.lead !== undefined && part.title === undefined && i === 0
          ? { text: mrkdwn(part.lead.map(lineMrkdwn).join('\n'), L.sectionText) }
          : {}),
        fields: items.map((item) => mrkdwn(`*${escapeMrkdwn(item.label)}*\n${lineMrkdwn(item.value)}`, L.fieldText)),
      }));
    case 'note': {
      const texts = part.lines.map(lineMrkdwn);
      const kept = texts.slice(0, L.contextElements - 1);
      const rest = texts.slice(L.contextElements - 1);
      if (rest.length > 0) kept.push(rest.join(' · '));
      return [{ type: 'context', block_id: part.id, elements: kept.map((text) => mrkdwn(text, L.textObject)) }];
    }
    case 'warning':
      return [
        { type: 'section', block_id: part.id, text: mrkdwn(`:warning: ${lineMrkdwn(part.line)}`, L.sectionText) },
      ];
    case 'divider':
      return [{ type: 'divider', block_id: part.id }];
    case 'sources':
      return [
        {
          type: 'context',
          block_id: part.id,
          elements: [
            ...(part.notes ?? []).map((line) => mrkdwn(lineMrkdwn(line), L.textObject)),
            mrkdwn(
              part.more === undefined ? sourcesMrkdwn(part.items) : strongestMrkdwn(part.items[0], part.more),
              L.textObject,
            ),
            mrkdwn(escapeMrkdwn(part.asOf)),
          ].slice(-L.contextElements),
        },
      ];
    case 'grid':
      return options.tables ? [gridTable(part)] : gridFields(part);
  }
}

/** Blocks for a whole doc; block ids made unique (Slack requires it) by numbering repeats. */
export function docBlocks(doc: Doc, options: DocBlocksOptions): Block[] {
  const seen = new Set<string>();
  return doc
    .flatMap((part) => partBlocks(part, options))
    .map((block) => {
      if (block.block_id === undefined) return block;
      let id = block.block_id.slice(0, L.blockId);
      for (let n = 2; seen.has(id); n++) id = `${block.block_id.slice(0, L.blockId - 6)}_${n}`;
      seen.add(id);
      return { ...block, block_id: id };
    });
}
