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

/** Control characters (C0 but newline and tab, DEL, C1): an echoed question must not drive the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters taken out
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * An answer as plain text for a terminal: the same content as the Slack answer, wrapped to the width, and
 * how to see what the summary left out. Control characters a person typed (an ESC sequence, a carriage
 * return) are printed as U+FFFD, not obeyed.
 */
export function renderTextAnswer(answer: Answer, opts: RenderTextOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? TEXT_WIDTH));
  const { doc, more } = describeAnswer(answer, opts.lookup, { full: opts.full === true });
  const text = docText(doc, width);
  const what = more === 'details' ? 'Everything else' : 'Every line';
  const hint =
    more === null
      ? ''
      : `\n\n${wrapText(`${what}: certdesk ask --full ${shellQuote(answer.question)}`, width, '  ').join('\n')}`;
  return `${text}${hint}`.replace(TERMINAL_CONTROL, '\uFFFD');
}

/** The question as one shell word, so the hint can be copied as it is. */
function shellQuote(question: string): string {
  const q = question.trim().replace(/\s+/g, ' ');
  return /^[\w+.,:/@-]+$/.test(q) ? q : `'${q.replace(/'/g, `'\\''`)}'`;
}
