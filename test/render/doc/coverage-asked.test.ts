/**
 * "Does AAISM cover prompt injection?" is answered for AAISM first, in Slack and in the terminal, and
 * only then with the credentials that do test the topic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import type { Answer } from '../../../src/answer/types.js';
import type { CatalogIndex } from '../../../src/catalog/build-catalog-index.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { loadIndex } from '../support/make-answers.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadIndex();
});

const ask = (q: string): Answer => answerQuestion(q, { index, now: new Date('2026-11-24T12:00:00Z') });

describe('coverage for a named credential', () => {
  it('says first that AAISM is not listed for prompt injection, then who tests it', () => {
    const answer = ask('does AAISM cover prompt injection?');
    const text = renderTextAnswer(answer, { lookup: index });
    const verdict = text.indexOf('AAISM: not listed as covering prompt injection in the catalog');
    expect(text.split('\n')[0]).toBe('Does AAISM cover prompt injection?');
    expect(verdict).toBeGreaterThan(0);
    expect(verdict).toBeLessThan(text.indexOf('Tested hands-on'));
    expect(text.indexOf('Tested hands-on')).toBeLessThan(text.indexOf('CAISP — Certified AI Security Professional'));

    const slack = renderSlackAnswer(answer, { lookup: index });
    expect(slack.blocks.map((b) => b.block_id).slice(0, 2)).toEqual(['coverage_title', 'coverage_asked']);
    expect(JSON.stringify(slack.blocks[1])).toContain(
      '*AAISM: not listed as covering prompt injection in the catalog.*',
    );
    expect(slack.text).toMatch(/^AAISM: not listed as covering prompt injection in the catalog\. \d+ credentials/);
  });

  it('keeps a topic name that is written in capitals: MITRE ATLAS on SCS-C03', () => {
    const text = renderTextAnswer(ask('is MITRE ATLAS on scs-c03'), { lookup: index });
    expect(text).toMatch(/^SCS-C03: not listed as covering MITRE ATLAS in the catalog\.$/m);
  });

  it('gives the depth and the catalog note when the credential does cover it', () => {
    const text = renderTextAnswer(ask('does scs-c03 cover the owasp llm top 10'), { lookup: index });
    expect(text).toMatch(/^SCS-C03: covers it — conceptual\. Skill 3\.2\.7/m);
    expect(text.indexOf('SCS-C03: covers it')).toBeLessThan(text.indexOf('Tested conceptually'));
  });

  it('says a gap once, not as a warning and again as a list', () => {
    const text = renderTextAnswer(ask('which certs test model extraction'), { lookup: index });
    expect(text.match(/serious red team/g)).toHaveLength(1);
  });
});
