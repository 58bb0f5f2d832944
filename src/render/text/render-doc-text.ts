/** A platform-neutral Doc as plain terminal text: no markup, URLs printed as they are, 80 columns. */
import type { Choice, Doc, Inline, Line, Part } from '../doc/doc-types.js';
import { wrapText } from './wrap-text.js';

export const TEXT_WIDTH = 80;

function inlineText(run: Inline): string {
  if (typeof run === 'string') return run;
  return run.url !== undefined && run.url !== run.text ? `${run.text} (${run.url})` : run.text;
}

export function lineText(line: Line): string {
  return line.map(inlineText).join('');
}

function wrapped(text: string, indent = '', firstIndent = indent): string[] {
  return wrapText(text, TEXT_WIDTH, indent, firstIndent);
}

/** Labelled values in two columns; the value column wraps under itself. */
function labelled(items: readonly { label: string; value: string }[], indent = ''): string[] {
  const width = Math.min(26, Math.max(...items.map((i) => i.label.length)) + 2);
  return items.flatMap(({ label, value }) => {
    const head = `${indent}${`${label}:`.padEnd(width)} `;
    return wrapped(value, ' '.repeat(head.length), head);
  });
}

function partText(part: Part): string[] {
  switch (part.kind) {
    case 'title':
      return [...wrapped(part.text), '='.repeat(Math.min(TEXT_WIDTH, part.text.length))];
    case 'para':
      return part.lines.flatMap((line) => wrapped(lineText(line)));
    case 'facts':
      return [
        ...(part.title ? wrapped(part.title) : []),
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
          return wrapped(lineText(item), ' '.repeat(bullet.length), bullet);
        }),
      ];
    case 'note':
      return part.lines.flatMap((line) => wrapped(lineText(line)));
    case 'warning':
      return wrapped(lineText(part.line), '   ', '!! ');
    case 'divider':
      return ['-'.repeat(TEXT_WIDTH)];
    case 'sources':
      return [
        'Sources, strongest first',
        ...part.items.flatMap((item) => [
          ...wrapped(`${item.title} — read ${item.verified}`, '    ', '  - '),
          ...(item.url ? [`    ${item.url}`] : []),
        ]),
        part.asOf,
      ];
    case 'choices':
      return [...wrapped(part.prompt), ...part.items.flatMap((item) => wrapped(choiceText(item), '    ', '  - '))];
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

/** A choice as the command to type: "IT auditor — certdesk ask "what should auditors take first?"". */
function choiceText(choice: Choice): string {
  const detail = choice.detail ? ` — ${choice.detail}` : '';
  return `${choice.label}${detail}: certdesk ask "${choice.question.replace(/"/g, "'")}"`;
}

export function docText(doc: Doc): string {
  return doc.map((part) => partText(part).join('\n')).join('\n\n');
}
