/** Typed Query → typed Answer, against the catalog index and today's date. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { answerBrowse } from './answer-browse.js';
import { answerCompare } from './answer-compare.js';
import { answerCoverage } from './answer-coverage.js';
import { answerDeadlines } from './answer-deadlines.js';
import { answerDisambiguate } from './answer-disambiguate.js';
import { answerEligibility } from './answer-eligibility.js';
import { answerEligibleFor } from './answer-eligible-for.js';
import { answerFact } from './answer-fact.js';
import { answerFind } from './answer-find.js';
import { answerRecommend } from './answer-recommend.js';
import { viewCredential, viewCredentials } from './credential-view.js';
import { answerQualifyQuestion } from './dod-8140/answer-qualify-question.js';
import { EXAMPLE_QUESTIONS } from './examples.js';
import { startingPoints } from './suggest-closest.js';
import type { Answer, Interpretation, Query } from './types.js';

/** How many examples an unknown answer shows. */
const UNKNOWN_EXAMPLES = 4;

export interface AnswerContext {
  question: string;
  interpretations: Interpretation[];
  index: CatalogIndex;
  now: Date;
}

export function buildAnswer(query: Query, ctx: AnswerContext): Answer {
  const { index, now } = ctx;
  const base = { question: ctx.question, interpretations: ctx.interpretations };
  const unknown = (): Answer => ({
    ...base,
    intent: 'unknown',
    suggestions: startingPoints(index),
    examples: EXAMPLE_QUESTIONS.slice(0, UNKNOWN_EXAMPLES),
  });
  switch (query.intent) {
    case 'lookup': {
      const c = index.credential(query.credential);
      if (!c) return unknown();
      const subject = viewCredential(c, index, now);
      return { ...base, intent: 'lookup', subject, related: viewCredentials(subject.status.replacedBy, index, now) };
    }
    case 'fact':
      return { ...base, ...answerFact(query.credentials, query.fields, query.notHeld, index, now) };
    case 'compare':
      return { ...base, ...answerCompare(query.credentials, query.aspect ?? null, index, now) };
    case 'find':
      return { ...base, ...answerFind(query.filter, index, now) };
    case 'qualify': {
      const body = answerQualifyQuestion(ctx.question, query.credentials, query.held, index, now);
      return body ? { ...base, ...body } : unknown();
    }
    case 'recommend':
      return { ...base, ...answerRecommend(query, index, now, ctx.question) };
    case 'eligibility': {
      if (query.target === null) return { ...base, ...answerEligibleFor(query.held, index, now, query.aiOnly) };
      const body = answerEligibility(query.target, query.held, index, now, query.also);
      return body ? { ...base, ...body } : unknown();
    }
    case 'deadlines':
      return {
        ...base,
        ...answerDeadlines(query.credentials, query.issuer, query.horizonDays, index, now, {
          kinds: query.kinds,
          year: query.year,
          yearOffset: query.yearOffset,
          examVersions: query.examVersions,
          inMonth: query.inMonth,
          thisMonth: query.thisMonth,
          past: query.past,
          untilMonth: query.untilMonth,
        }),
      };
    case 'coverage':
      return {
        ...base,
        ...answerCoverage(query.topic, query.gapsOnly, index, now, query.credentials, query.unlisted),
      };
    case 'browse':
      return { ...base, ...answerBrowse(query.issuer, query.track, query.level, index, now) };
    case 'disambiguate':
      return { ...base, ...answerDisambiguate(query.term, query.candidates, query.reason, index, now) };
    case 'help':
      return query.brief
        ? { ...base, intent: 'help', examples: EXAMPLE_QUESTIONS.slice(0, 1), brief: true }
        : { ...base, intent: 'help', examples: EXAMPLE_QUESTIONS };
    case 'unknown':
      return {
        ...base,
        intent: 'unknown',
        ...(query.notInCatalog ? { notInCatalog: query.notInCatalog } : {}),
        suggestions: query.suggestions,
        examples: EXAMPLE_QUESTIONS.slice(0, UNKNOWN_EXAMPLES),
      };
  }
}
