/** A platform-neutral Doc as plain terminal text: no markup, URLs printed as they are, wrapped to a width. */
import type { Doc, Inline, Line, Part } from '../doc/doc-types.js';
import { wrapText } from './wrap-text.js';

/** The width when the output is not a terminal (a pipe, a file). */
export const TEXT_WIDTH = 80;

function inlineText(run: Inline): string {
  if (typeof run === 'string') return run;
  return run.url !== undefined && run.url !== run.text ? `${run.text} (${run.url})` : run.text;
}

export function lineText(line: Line): string {
  return line.map(inlineText).join('');
}

function partText(part: Part, width: number): string[] {
  const wrapped = (text: string, indent = '', firstIndent = indent) => wrapText(text, width, indent, firstIndent);
  /** Labelled values in two columns; the value column wraps under itself. */
  const labelled = (items: readonly { label: string; value: string }[], indent = '') => {
    const column = Math.min(26, Math.max(...items.map((i) => i.label.length)) + 2);
    return items.flatMap(({ label, value }) => {
      const head = `${indent}${`${label}:`.padEnd(column)} `;
      return wrapped(value, ' '.repeat(head.length), head);
    });
  };
  switch (part.kind) {
    case 'title':
      return [...wrapped(part.text), '='.repeat(Math.min(width, part.text.length))];
    case 'para':
      return part.lines.flatMap((line) => wrapped(lineText(line)));
    case 'facts':
      return [
        ...(part.title ? wrapped(part.title) : []),
        ...(part.lead ?? []).flatMap((line) => wrapped(lineText(line))),
        ...(part.lead && part.lead.length > 0 ? [''] : []),
        ...labelled(
          part.items.map((i) => ({ label: i.label, value: lineText(i.value) })),
          part.title ? '  ' : '',
        ),
      ];
    case 'list':
      return [
        ...(part.title ? wrapped(part.title) : []),
        ...(part.intro ? wrapped(part.intro, '  ', '  ') : []),
        ...part.items.flatMap((item, i) => {
          const bullet = part.ordered ? `  ${i + 1}. ` : '  - ';
          const indent = ' '.repeat(bullet.length);
          // A named link's address goes on a line of its own: it cannot wrap inside a sentence.
          const named = (run: Inline) => typeof run !== 'string' && run.url !== undefined && run.url !== run.text;
          const urls = item.flatMap((run) => (typeof run !== 'string' && named(run) ? [run.url] : []));
          const text = lineText(item.map((run) => (typeof run !== 'string' && named(run) ? run.text : run)));
          return [...wrapped(text, indent, bullet), ...urls.map((url) => `${indent}${url}`)];
        }),
      ];
    case 'note':
      return part.lines.flatMap((line) => wrapped(lineText(line)));
    case 'warning':
      return wrapped(lineText(part.line), '   ', '!! ');
    case 'divider':
      return ['-'.repeat(width)];
    case 'sources': {
      const notes = (part.notes ?? []).flatMap((line) => wrapped(lineText(line)));
      const about = (item: (typeof part.items)[number]) =>
        [item.tier, `read ${item.verified}`].filter((t) => t !== undefined).join(', ');
      if (part.more !== undefined) {
        const [strongest] = part.items;
        const more = part.more > 0 ? `; ${part.more} more with --full` : '';
        return [
          ...notes,
          ...(strongest
            ? [
                ...wrapped(`Source: ${strongest.title} (${about(strongest)})${more}`),
                ...(strongest.url ? [`  ${strongest.url}`] : []),
              ]
            : ['No sources recorded']),
          part.asOf,
        ];
      }
      return [
        ...notes,
        'Sources, strongest first',
        ...part.items.flatMap((item) => [
          ...wrapped(`${item.title} — ${about(item)}`, '    ', '  - '),
          ...(item.url ? [`    ${item.url}`] : []),
        ]),
        part.asOf,
      ];
    }
    case 'grid':
      return part.rows.flatMap((row) => [
        ...wrapped(row.label),
        ...labelled(
          part.columns.map((column, i) => ({ label: column, value: row.cells[i] ?? '—' })),
          '  ',
        ),
      ]);
  }
}

/** The doc as lines of at most `width` columns (a URL longer than that stays whole on its own line). */
export function docText(doc: Doc, width = TEXT_WIDTH): string {
  return doc.map((part) => partText(part, width).join('\n')).join('\n\n');
}
