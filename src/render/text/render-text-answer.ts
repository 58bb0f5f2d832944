import type { Answer } from '../../answer/types.js';
import { describeAnswer } from '../doc/describe-answer.js';
import type { RenderLookup } from '../doc/render-lookup.js';
import { docText, TEXT_WIDTH } from './render-doc-text.js';
import { wrapText } from './wrap-text.js';

export interface RenderTextOptions {
  /** Names ids the answer does not carry: pass the CatalogIndex. */
  lookup?: RenderLookup;
  /** Everything (`certdesk ask --full`); default: the same summary as the Slack card. */
  full?: boolean;
  /** Columns to wrap at: the terminal's width, or 80 (the default) when not a terminal. */
  width?: number;
}

/** Narrower than this, wrapping helps nobody: the text keeps to it anyway. */
const MIN_WIDTH = 40;

/** An answer as plain text for a terminal: the same content as the Slack answer, wrapped to the width. */
export function renderTextAnswer(answer: Answer, opts: RenderTextOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? TEXT_WIDTH));
  const { doc, more } = describeAnswer(answer, opts.lookup, { full: opts.full === true });
  const text = docText(doc, width);
  if (more === null) return text;
  const what = more === 'details' ? 'Everything else' : 'Every line';
  return `${text}\n\n${wrapText(`${what}: certdesk ask --full ${shellQuote(answer.question)}`, width, '  ').join('\n')}`;
}

/** The question as one shell word, so the hint can be copied as it is. */
function shellQuote(question: string): string {
  const q = question.trim().replace(/\s+/g, ' ');
  return /^[\w+.,:/@-]+$/.test(q) ? q : `'${q.replace(/'/g, `'\\''`)}'`;
}
