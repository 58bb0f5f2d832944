/**
 * An issuer written next to a shared acronym picks one of its credentials, and every question the
 * Slack cards build from credential labels ("CAISP (PECB) vs AAISM") is read back exactly: the Share
 * button asks them again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { Answer } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { compareQuery, prerequisitesQuery } from '../../src/slack/card-questions.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

const ask = (q: string): Answer => answerQuestion(q, { index, now: TODAY });

function compared(a: Answer): string[] {
  return a.intent === 'compare' ? a.subjects.map((s) => s.credential.id) : [`${a.intent}`];
}

describe('issuer qualifiers', () => {
  it.each([
    ['CAISP (PECB) vs CAISP (Practical DevSecOps)', ['pecb-caisp', 'caisp']],
    ['CAISP (Practical DevSecOps) vs CAISP (PECB)', ['caisp', 'pecb-caisp']],
    ['caisp by practical devsecops vs caisp from pecb', ['caisp', 'pecb-caisp']],
    ['pecb caisp vs caisp', ['pecb-caisp', 'caisp']],
  ])('%s compares both, in the order typed', (q, ids) => {
    expect(compared(ask(q))).toEqual(ids);
  });

  it('still asks which CAISP when nothing tells them apart, except inside a comparison: both become columns', () => {
    expect(ask('caisp').intent).toBe('disambiguate');
    for (const [q, ids] of [
      ['caisp vs caisp', ['caisp', 'pecb-caisp']],
      ['compare caisp and aaism', ['caisp', 'pecb-caisp', 'aaism']],
      ['aaism vs caisp', ['aaism', 'caisp', 'pecb-caisp']],
    ] as const) {
      const a = ask(q);
      expect(a.intent === 'compare' && a.subjects.map((v) => v.credential.id), q).toEqual(ids);
    }
  });

  it('reads "the pecb one" as the only PECB credential, but lists an issuer with several', () => {
    const one = ask('the pecb one');
    expect(one.intent === 'lookup' && one.subject.credential.id).toBe('pecb-caisp');
    expect(ask('the isaca one').intent).toBe('browse');
  });

  it('reads every credential label back as that credential', () => {
    for (const c of index.catalog.credentials) {
      const label = index.credentialLabel(c.id);
      const a = ask(label);
      expect(a.intent === 'lookup' && a.subject.credential.id, label).toBe(c.id);
      const pre = prerequisitesQuery(index, c.id).question;
      const p = ask(pre);
      expect(p.intent === 'eligibility' && p.target?.credential.id, pre).toBe(c.id);
    }
  });

  it('reads every card comparison question back as the same pair, in order', () => {
    const ids = index.catalog.credentials.map((c) => c.id);
    const wrong: string[] = [];
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        const { question } = compareQuery(index, a, b);
        const got = compared(ask(question));
        if (got.join() !== [a, b].join()) wrong.push(`${question} → ${got.join()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
