import type { Answer } from '../../answer/types.js';
import { describeAnswer } from '../doc/describe-answer.js';
import type { RenderLookup } from '../doc/render-lookup.js';
import { docText } from './render-doc-text.js';

export interface RenderTextOptions {
  /** Names ids the answer does not carry: pass the CatalogIndex. */
  lookup?: RenderLookup;
}

/** An answer as plain text for a terminal: the same content as the Slack card, 80 columns wide. */
export function renderTextAnswer(answer: Answer, opts: RenderTextOptions = {}): string {
  return docText(describeAnswer(answer, opts.lookup).doc);
}
