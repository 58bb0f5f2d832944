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

export interface AnswerQuestionContext {
  index: CatalogIndex;
  now: Date;
  /** The previous answer's subject in this conversation (a DM or a thread): follow-ups are about it. */
  previous?: FollowUpSubject | null | undefined;
}

export function answerQuestion(question: string, ctx: AnswerQuestionContext): Answer {
  try {
    const text = question.slice(0, MAX_QUESTION_LENGTH);
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
