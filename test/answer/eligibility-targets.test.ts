/**
 * Eligibility questions that name several credentials to sit ("can I take AAISM and AAIA with CISA"):
 * every one asked about gets its own verdict, judged from the catalog's prerequisites.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateAlternatives } from '../../src/answer/answer-eligibility.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { Answer, Held } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

function checks(a: Answer) {
  if (a.intent !== 'eligibility' || a.target === null) throw new Error(`not a targeted eligibility: ${a.intent}`);
  return [a, ...(a.also ?? [])].map((c) => ({ id: c.target.credential.id, verdict: c.verdict }));
}

/** What the catalog implies: eligible when an alternative is met by what is held. */
function expectedVerdict(id: string, held: Held[]): string {
  const c = index.credential(id);
  if (!c) throw new Error(id);
  const alts = evaluateAlternatives(c, held, index);
  if (alts.length === 0) return 'no-prerequisite or not-published';
  return alts.some((x) => x.satisfied) ? 'eligible' : 'not-eligible';
}

describe('several credentials asked about at once', () => {
  it.each([
    ['can I take AAISM and AAIA with CISA', ['aaism', 'aaia'], 'cisa'],
    ['can i sit aaia and aaism with my cism', ['aaia', 'aaism'], 'cism'],
    ['with cissp can i take aaism, aaia or aair?', ['aaism', 'aaia', 'aair'], 'cissp'],
  ])('%s answers every one, in the order asked', (q, targets, held) => {
    const got = checks(answerQuestion(q, { index, now: TODAY }));
    expect(got.map((c) => c.id)).toEqual(targets);
    for (const c of got) {
      const want = expectedVerdict(c.id, [{ kind: 'credential', id: held }]);
      if (want.includes(' or ')) expect(want.split(' or ')).toContain(c.verdict);
      else expect(c.verdict, c.id).toBe(want);
    }
  });

  it('says each verdict in the text, and never offers instead what was asked', () => {
    const a = answerQuestion('can I take AAISM and AAIA with CISA', { index, now: TODAY });
    if (a.intent !== 'eligibility' || a.target === null) throw new Error(a.intent);
    expect(a.instead.map((v) => v.credential.id)).not.toContain('aaia');
    const text = renderTextAnswer(a, { lookup: index, width: 200 });
    expect(text).toContain('Not yet — AAISM needs');
    expect(text).toContain('qualifies you for AAIA');
  });

  it('asks which one when a second name is a shared acronym', () => {
    const a = answerQuestion('can I take AAISM and CAISP with CISSP', { index, now: TODAY });
    expect(a.intent).toBe('disambiguate');
  });

  it.each([
    'my CISSP lapsed, can I still take AAISM',
    'do i qualify for aaism with an expired cissp',
    'do I keep AAISM if my CISSP lapses',
  ])('%s: says the lapse and the rule that the prerequisite must stay active', (q) => {
    const a = answerQuestion(q, { index, now: TODAY });
    if (a.intent !== 'eligibility' || a.target === null) throw new Error(a.intent);
    expect(a.verdict).toBe('not-eligible');
    expect(a.lapsed?.held).toEqual(['CISSP']);
    const caveats = index.credential('aaism')?.caveats.filter((c) => /stay active/.test(c.text)) ?? [];
    expect(a.lapsed?.rules.map((r) => r.text)).toEqual(caveats.map((c) => c.text));
    expect(renderTextAnswer(a, { lookup: index, width: 200 })).toContain('Not while your CISSP is lapsed');
  });
});

describe('what can I sit, asked for AI credentials only', () => {
  it.each(['which ai security certs can i take with my security+', 'I hold CISA — which AI certs am I eligible for?'])(
    '%s lists only credentials about AI, AI-security ones first',
    (q) => {
      const a = answerQuestion(q, { index, now: TODAY });
      if (a.intent !== 'eligibility' || a.target !== null) throw new Error(a.intent);
      expect(a.aiOnly).toBe(true);
      const { unlocked, open, notYet, notPublished } = a.eligibleFor;
      const all = [...unlocked.map((u) => u.view), ...open, ...notYet.map((n) => n.view), ...notPublished];
      expect(all.length).toBeGreaterThan(0);
      for (const v of all) expect(v.credential.ai_focus, v.credential.id).not.toBe('none');
      const focus = open.map((v) => (v.credential.ai_focus === 'primary' ? 0 : 1));
      expect(focus).toEqual([...focus].sort());
    },
  );

  it('keeps every credential when AI is not asked about', () => {
    const a = answerQuestion('what can I take with CISSP', { index, now: TODAY });
    if (a.intent !== 'eligibility' || a.target !== null) throw new Error(a.intent);
    expect(a.aiOnly).toBeUndefined();
    expect(a.eligibleFor.open.some((v) => v.credential.ai_focus === 'none')).toBe(true);
  });
});
