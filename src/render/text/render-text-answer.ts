import type { Answer } from '../../answer/types.js';
import { describeAnswer } from '../doc/describe-answer.js';
import type { RenderLookup } from '../doc/render-lookup.js';
import { docText } from './render-doc-text.js';

export interface RenderTextOptions {
  /** Names ids the answer does not carry: pass the CatalogIndex. */
  lookup?: RenderLookup;
}

/** Control characters (C0 but newline and tab, DEL, C1): an echoed question must not drive the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters taken out
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * An answer as plain text for a terminal: the same content as the Slack card, 80 columns wide. Control
 * characters a person typed (an ESC sequence, a carriage return) are printed as U+FFFD, not obeyed.
 */
export function renderTextAnswer(answer: Answer, opts: RenderTextOptions = {}): string {
  return docText(describeAnswer(answer, opts.lookup).doc).replace(TERMINAL_CONTROL, '\uFFFD');
}
