/**
 * The question engine's entry point: question text → Answer. Pure (the catalog index and the clock come
 * in) and total: it never throws for any user text; if something unexpected fails inside, the asker
 * still gets suggestions and examples rather than an error.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { applyFollowUp } from './apply-follow-up.js';
import { buildAnswer } from './build-answer.js';
import type { FollowUpSubject } from './follow-up-subject.js';
import { parseQuestion } from './parse-question.js';
import { startingPoints } from './suggest-closest.js';
import type { Answer } from './types.js';

/** Longer questions are cut here: nobody types a 2,000-character question about a certification. */
export const MAX_QUESTION_LENGTH = 2000;

/**
 * The readers scan at most this much of a question. A realistic question is under ~300 characters,
 * while Slack slash text can be long; the readers' cost grows with every name found (each one is
 * resolved, noted and, in a comparison, becomes a column), so past this the cost is bounded, not the text.
 */
export const MAX_READ_LENGTH = 500;

/** The question up to MAX_READ_LENGTH, cut at a word boundary so no name is read in half. */
export function readablePart(question: string): string {
  if (question.length <= MAX_READ_LENGTH) return question;
  const head = question.slice(0, MAX_READ_LENGTH + 1);
  const lastSpace = head.search(/\s\S*$/);
  return lastSpace > 0 ? head.slice(0, lastSpace) : head.slice(0, MAX_READ_LENGTH);
}

export interface AnswerQuestionContext {
  index: CatalogIndex;
  now: Date;
  /** The previous answer's subject in this conversation (a DM or a thread): follow-ups are about it. */
  previous?: FollowUpSubject | null | undefined;
}

export function answerQuestion(question: string, ctx: AnswerQuestionContext): Answer {
  try {
    const text = readablePart(question.slice(0, MAX_QUESTION_LENGTH));
    const plain = parseQuestion(text, ctx.index);
    const followUp = ctx.previous ? applyFollowUp(text, plain, ctx.previous, ctx.index) : null;
    const { query, interpretations } = followUp ?? plain;
    const asked = followUp?.question ?? question;
    return buildAnswer(query, { question: asked, interpretations, index: ctx.index, now: ctx.now });
  } catch {
    let suggestions: ReturnType<typeof startingPoints> = [];
    try {
      suggestions = startingPoints(ctx.index);
    } catch {
      suggestions = [];
    }
    return buildAnswer(
      { intent: 'unknown', suggestions },
      { question, interpretations: [], index: ctx.index, now: ctx.now },
    );
  }
}
