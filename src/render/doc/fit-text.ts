/** Measuring and shortening what a summary says, so it fits a phone (the full text stays one tap away). */
import type { Doc } from './doc-types.js';

/** Cut to `max` characters at a sentence end, else at a word, marked "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  const head = text.slice(0, max - 1);
  const sentence = head.lastIndexOf('. ');
  if (sentence >= max / 2) return head.slice(0, sentence + 1);
  const word = head.lastIndexOf(' ');
  return `${(word > 0 ? head.slice(0, word) : head).replace(/[,;:]$/, '')}…`;
}

/** Characters a doc says: every string in it but part kinds, ids and link targets. */
export function docChars(doc: Doc): number {
  let n = 0;
  const walk = (node: unknown, key?: string): void => {
    if (typeof node === 'string') {
      if (key !== 'kind' && key !== 'id' && key !== 'url') n += node.length;
    } else if (Array.isArray(node)) {
      for (const item of node) walk(item);
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) walk(v, k);
    }
  };
  walk(doc);
  return n;
}
