/**
 * Greedy word wrap to `width` columns. The first line starts after `firstIndent`, the rest after
 * `indent`. A word longer than the line (a URL) is kept whole on its own line, never broken.
 */
export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = lines.length === 0 ? firstIndent : indent;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = empty ? `${current}${word}` : `${current} ${word}`;
      if (candidate.length <= width || empty) {
        current = candidate;
        empty = false;
        continue;
      }
      lines.push(current);
      current = `${indent}${word}`;
    }
    lines.push(current.trimEnd());
  }
  return lines;
}
