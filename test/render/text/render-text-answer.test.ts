import { beforeAll, describe, expect, it } from 'vitest';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { wrapText } from '../../../src/render/text/wrap-text.js';
import { type AnswerMaker, answerMaker } from '../support/make-answers.js';

let m: AnswerMaker;
beforeAll(async () => {
  m = await answerMaker('2026-11-24');
});

const text = (answer: Parameters<typeof renderTextAnswer>[0]) => renderTextAnswer(answer, { lookup: m.index });

describe('renderTextAnswer', () => {
  it('prints the AAISM card with the seed facts, in plain text', () => {
    const out = text(m.lookup('aaism'));
    expect(out).toMatch(/^AAISM — Advanced in AI Security Management\n=+\n/);
    expect(out).toMatch(/^Questions: +90$/m);
    expect(out).toMatch(/^Time: +150 min/m);
    expect(out).toMatch(/^Passing score: +450 on a 200–800 scale$/m);
    expect(out).toMatch(/^Prerequisites: +An active CISM or CISSP$/m);
    // content-e (issue 8): AAISM was rechecked against ISACA's exam content outline on 2026-12-01.
    expect(out).toContain('As of 2026-12-01');
  });

  it('uses no Slack markup and prints URLs as they are', () => {
    const out = text(m.lookup('aaism'));
    expect(out).not.toMatch(/<https?:/);
    expect(out).not.toMatch(/\*[A-Z][^*\n]*\*/);
    expect(out).not.toContain(':warning:');
    expect(out).toMatch(/^ +https:\/\/www\.isaca\.org\/credentialing\/aaism\/aaism-exam-content-outline$/m);
  });

  it('keeps to 80 columns, except for a URL on its own line', () => {
    for (const answer of [m.lookup('scs-c03'), m.compare(['aaism', 'aaia', 'caiss']), m.coverage(null), m.browse()]) {
      const long = text(answer)
        .split('\n')
        .filter((line) => line.length > 80 && !/^\s*https?:\/\/\S+$/.test(line));
      expect(long).toEqual([]);
    }
  });

  it('prints a comparison as one block per fact, one line per credential', () => {
    const out = text(m.compare(['scs-c03', 'aaism']));
    expect(out).toMatch(/^Questions\n {2}SCS-C03: +65 \(50 scored\)\n {2}AAISM: +90$/m);
    expect(out).toMatch(/^Domains\n {2}SCS-C03: +6 domains: 16\/14\/18\/20\/18\/14 %$/m);
  });

  it('marks retired credentials and stale entries so they cannot be missed', async () => {
    const june = await answerMaker('2026-06-01');
    expect(renderTextAnswer(june.lookup('mls-c01'))).toContain(
      '!! Retired since 2026-04-01 · replaced by MLA-C01, AIF-C01',
    );
    const aaism = m.view('aaism').credential;
    const stale = { ...m.lookup('aaism'), subject: m.viewOf({ ...aaism, verified: '2026-01-02' }) };
    expect(text(stale)).toContain('!! AAISM was last checked against its sources on 2026-01-02, 326 days ago');
  });
});

describe('wrapText', () => {
  it('wraps greedily with a hanging indent and never breaks a long word', () => {
    expect(wrapText('aaa bbb ccc ddd', 8, '  ', '- ')).toEqual(['- aaa', '  bbb', '  ccc', '  ddd']);
    expect(wrapText('see https://example.com/a/very/long/path now', 12)).toEqual([
      'see',
      'https://example.com/a/very/long/path',
      'now',
    ]);
  });
});
