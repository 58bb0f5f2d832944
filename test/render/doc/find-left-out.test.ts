/** A find answer's "left out" line tells apart the entries that share an acronym, as its list does. */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import type { CatalogIndex } from '../../../src/catalog/build-catalog-index.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { loadIndex } from '../support/make-answers.js';

const NOW = new Date('2026-12-01T12:00:00Z');
let index: CatalogIndex;
beforeAll(async () => {
  index = await loadIndex();
});

describe('find: what was left out', () => {
  it('names the issuer beside an acronym two entries share, and only there', () => {
    for (const q of [
      'cheapest AI security cert with no prerequisites',
      'AI security certs under $2000',
      'hands-on AI certs',
    ]) {
      const answer = answerQuestion(q, { index, now: NOW });
      if (answer.intent !== 'find') throw new Error(`${q} → ${answer.intent}`);
      const views = [...answer.items.map((i) => i.view), ...answer.leftOut.flatMap((l) => l.views)];
      const text = renderTextAnswer(answer, { lookup: index, width: 1000 });
      const leftLines = text.split('\n').filter((l) => / left out: /.test(l));
      for (const { views: left } of answer.leftOut) {
        for (const v of left.slice(0, 8)) {
          const twins = new Set(
            views.filter((o) => o.credential.acronym === v.credential.acronym).map((o) => o.credential.id),
          );
          const label = twins.size > 1 ? `${v.credential.acronym} (${v.issuer.name})` : v.credential.acronym;
          expect(
            leftLines.some((l) => l.includes(label)),
            `${q}: ${label}`,
          ).toBe(true);
        }
      }
    }
  });
});
