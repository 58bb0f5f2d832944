/**
 * "Does AAISM cover threat hunting?": the thing asked about is no catalog topic. The answer is a coverage
 * answer for the named credential that says the catalog does not track it and what it does record the
 * credential as testing — never the whole card. Expectations come from the catalog data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { AnswerOf } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import type { Credential } from '../../src/catalog/schema.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

function coverage(q: string): AnswerOf<'coverage'> {
  const a = answerQuestion(q, { index, now: TODAY });
  if (a.intent !== 'coverage') throw new Error(`${q} → ${a.intent}, expected coverage`);
  return a;
}
const text = (a: AnswerOf<'coverage'>) => renderTextAnswer(a, { lookup: index, full: true }).replace(/\s+/g, ' ');

describe('a named credential and something that is no catalog topic', () => {
  it.each([
    ['does aaism cover threat hunting', ['aaism'], 'threat hunting'],
    ['is threat modeling covered by secai+', ['secai-plus'], 'threat modeling'],
    ['does cissp cover threat hunting?', ['cissp'], 'threat hunting'],
    ['does oscp cover active directory', ['oscp'], 'active directory'],
    ['does aaism or aaia cover threat hunting', ['aaism', 'aaia'], 'threat hunting'],
    ['does caisp cover threat hunting', ['caisp', 'pecb-caisp'], 'threat hunting'],
  ])('%s', (q, ids, unlisted) => {
    expect(index.catalog.topics.some((t) => t.name.toLowerCase() === unlisted)).toBe(false);
    const a = coverage(q);
    expect(a.topic).toBeNull();
    expect(a.unlisted).toBe(unlisted);
    expect(answerCredentialIds(a)).toEqual(ids);
    const t = text(a);
    expect(t).toContain(`does not track “${unlisted}” as a topic`);
    for (const id of ids) {
      const c = index.credential(id) as Credential;
      // Every topic the catalog records for it is named, so the asker sees what it does test.
      for (const entry of c.coverage) expect(t).toContain(index.topic(entry.topic)?.name ?? entry.topic);
    }
  });

  it('"AI" as a whole is answered with what the catalog records, not as an unknown topic', () => {
    const a = coverage('does cissp cover ai');
    expect(a.unlisted).toBe('AI');
    const t = text(a);
    expect(t).not.toContain('does not track');
    const cissp = index.credential('cissp') as Credential;
    for (const entry of cissp.coverage) expect(t).toContain(index.topic(entry.topic)?.name ?? entry.topic);
  });

  it('with no credential named, lists the topics the catalog does track', () => {
    const a = coverage('any cert covering deepfakes');
    expect(a.unlisted).toBe('deepfakes');
    expect(answerCredentialIds(a)).toEqual([]);
    const t = text(a);
    for (const topic of index.catalog.topics) expect(t).toContain(topic.name);
  });

  it('a catalog topic, or nothing asked about, is not "unlisted"', () => {
    expect(coverage('does aaism cover prompt injection').unlisted).toBeUndefined();
    const plain = answerQuestion('does aaism cover it', { index, now: TODAY });
    expect(plain.intent).not.toBe('coverage');
    expect(answerQuestion('what does aaism cover', { index, now: TODAY }).intent).toBe('fact');
  });
});
