/**
 * Issue 7 §3–4 in every renderer (Slack blocks, terminal text, the CLI's --json): unknown reads "not in
 * certdesk's sources yet" with the issuer's page to check; not-published names its source; not
 * applicable says so; a blog claim against an issuer value is never a dispute; values only third
 * parties give are said to rest on them; the seed article is cited by its title.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerOf } from '../../src/answer/types.js';
import type { Credential } from '../../src/catalog/schema.js';
import { renderDetailsView } from '../../src/render/slack/render-details.js';
import { renderSlackAnswer } from '../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { runCertdesk } from '../cli/run-cli-harness.js';
import { validateMessage, validateView } from '../support/block-kit-validator.js';
import { visibleText } from './support/collect-text.js';
import { type AnswerMaker, answerMaker } from './support/make-answers.js';

let today: AnswerMaker;
beforeAll(async () => {
  today = await answerMaker('2026-12-01');
});

function both(answer: AnswerOf<'lookup'> | AnswerOf<'eligibility'>): { slack: string; text: string } {
  const msg = renderSlackAnswer(answer, { lookup: today.index });
  expect(validateMessage(msg)).toEqual([]);
  return { slack: visibleText(msg.blocks), text: renderTextAnswer(answer, { lookup: today.index }) };
}

function lookupOf(credential: Credential): AnswerOf<'lookup'> {
  return { ...today.lookup(credential.id), subject: today.viewOf(credential) };
}

describe('fact states in Slack and the terminal', () => {
  it('unknown: "not in certdesk\'s sources yet", once listed with the issuer\'s page to check', () => {
    const { slack, text } = both(today.lookup('aair'));
    // content-e (issue 8): AAIR's question count is now known (90, ISACA's review manual), its passing score is not.
    expect(slack).toMatch(/\*Passing score\*\nnot in certdesk's sources yet/);
    expect(slack).toContain("Check <https://www.isaca.org/credentialing|ISACA's page>");
    expect(text).toMatch(/^Passing score: +not in certdesk's sources yet$/m);
    expect(text.replace(/\s+/g, ' ')).toContain("Check ISACA's page (https://www.isaca.org/credentialing)");
    // No field says "not published" (the catalog's own caveat prose may use the words).
    expect(slack).not.toMatch(/\*\n?not published/i);
    expect(text).not.toMatch(/: +not published/i);
  });

  it('not published: says so and names the source that says the issuer does not publish it', () => {
    const aaism = today.view('aaism').credential;
    const answer = lookupOf({
      ...aaism,
      exam: { ...aaism.exam, questions: { state: 'not-published', sources: ['isaca-outline'] } },
    });
    const { slack, text } = both(answer);
    expect(slack).toMatch(/\*Questions\*\nnot published \(per ISACA\)/);
    expect(text).toMatch(/^Questions: +not published \(per ISACA\)$/m);
  });

  it('not applicable: said, with its note', () => {
    const caisp = today.view('caisp').credential;
    const answer = lookupOf({
      ...caisp,
      recertification: { ...caisp.recertification, requirement: { state: 'unknown' } },
    });
    // Recertification is one of the card's details: in the More details modal and `ask --full`.
    const view = renderDetailsView(answer, today.index);
    expect(validateView(view)).toEqual([]);
    expect(visibleText(view?.blocks)).toContain('Recertification:* Not applicable (A lifetime credential.)');
    const text = renderTextAnswer(answer, { lookup: today.index, full: true });
    expect(text).toContain('Recertification: Not applicable (A lifetime credential.)');
  });

  it('a blog claim against an issuer value is never shown as a dispute, nor as "settled"', () => {
    // AAISM questions: ISACA's outline says 90; CertificationBox (a single blog) says 100.
    const { slack, text } = both(today.lookup('aaism'));
    expect(slack).toMatch(/\*Questions\*\n90\n/);
    expect(text).toMatch(/^Questions: +90$/m);
    for (const out of [slack, text]) expect(out).not.toMatch(/CertificationBox says|settles it|100 \(/);
  });

  it('values no issuer page gives are said to rest on third parties', () => {
    const { slack, text } = both(today.lookup('secai-plus'));
    for (const out of [slack, text]) {
      expect(out).toMatch(/Rests on third parties \(no issuer page was available\): Questions/);
    }
  });

  it('the seed article is cited by its title', () => {
    const { slack, text } = both(today.eligibleFor([{ kind: 'credential', id: 'cissp' }]));
    const title = 'The AI Security Certification Wave: ISACA AAISM, CertNexus, and AWS AI Security';
    expect(slack).toContain(`the seed article “${title}”`);
    expect(text.replace(/\s+/g, ' ')).toContain(`the seed article “${title}”`);
  });
});

describe('fact states in --json', () => {
  it('carries the same words in its text and blocks', async () => {
    const r = await runCertdesk(['ask', '--json', '--now', '2026-12-01', 'aair']);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout.trim());
    expect(JSON.stringify(obj.blocks)).toContain("not in certdesk's sources yet");
    expect(JSON.stringify(obj.blocks)).toContain("ISACA's page");
  });
});
