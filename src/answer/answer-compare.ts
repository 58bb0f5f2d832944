/**
 * Comparisons keep every credential named, and end with a bottom line drawn from the data: who each is
 * for, and the difference that decides. "Which is harder / cheaper / longer" is answered from the
 * catalog's fields (level, exam length, prerequisites, hands-on assessment, price), saying what it
 * rests on; no source rates difficulty.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import {
  disputedUsdExamPrices,
  examMinutes,
  isHandsOn,
  launchDate,
  prerequisitesKind,
  usdExamPrice,
} from './credential-fields.js';
import { viewCredentials } from './credential-view.js';
import type { AnswerOf, CompareAspect, CompareFacts } from './types.js';

type CompareBody = Omit<AnswerOf<'compare'>, 'question' | 'interpretations'>;

const LEVELS = ['foundational', 'intermediate', 'advanced', 'expert'] as const;

export function answerCompare(
  ids: readonly string[],
  aspect: CompareAspect | null,
  index: CatalogIndex,
  now: Date,
): CompareBody {
  const subjects = viewCredentials(ids, index, now);
  const facts: CompareFacts[] = subjects.map((v) => {
    const price = usdExamPrice(v.credential);
    const disputed = price.kind === 'usd' ? [] : disputedUsdExamPrices(v.credential);
    return {
      id: v.credential.id,
      level: LEVELS.indexOf(v.credential.level),
      price: price.kind === 'usd' ? price.amount : null,
      ...(disputed.length > 0 ? { disputedPrices: disputed } : {}),
      minutes: examMinutes(v.credential),
      launched: launchDate(v.credential),
      handsOn: isHandsOn(v.credential),
      prerequisites: prerequisitesKind(v.credential),
      audience: v.credential.audience[0] ?? '',
    };
  });
  return { intent: 'compare', subjects, aspect, facts };
}
