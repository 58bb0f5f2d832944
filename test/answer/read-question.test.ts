/** What the engine strips and spells out before it reads a question: Slack markup and chat shorthand. */
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/answer/clean-question.js';
import { parseHorizon } from '../../src/answer/parse-horizon.js';
import { readWords } from '../../src/answer/read-words.js';

const words = (q: string) => readWords(q).map((w) => w.text);

describe('cleanQuestion', () => {
  it('drops the bot mention and other mentions, broadcasts and channel links', () => {
    expect(cleanQuestion('<@U0LAN0Z89> aaism')).toBe('aaism');
    expect(cleanQuestion('<@U0LAN0Z89|certdesk> aaism vs <@U999> aaia')).toBe('aaism vs aaia');
    expect(cleanQuestion('<!channel> <!here|here> any deadlines <#C123|sec-team>?')).toBe('any deadlines ?');
    expect(cleanQuestion('<!subteam^S123|@grc> which cert')).toBe('which cert');
  });

  it('decodes Slack’s escapes once, after taking out real markup', () => {
    expect(cleanQuestion('aaism &amp; aaia')).toBe('aaism & aaia');
    expect(cleanQuestion('&lt;@U1&gt; aaism')).toBe('<@U1> aaism');
    expect(cleanQuestion('a &amp;lt; b')).toBe('a &lt; b');
  });

  it('keeps link labels and drops bare links, emoji and formatting marks', () => {
    expect(cleanQuestion('see <https://isaca.org/aaism|the AAISM page> :thinking_face:')).toBe('see the AAISM page');
    expect(cleanQuestion('<https://example.com> *aaism* vs _aaia_ ~old~ `code`')).toBe('aaism vs aaia old code');
  });

  it('spells out w/ and w/o', () => {
    expect(cleanQuestion('aaism w/ cissp, w/o cism')).toBe('aaism with cissp, without cism');
  });
});

describe('readWords', () => {
  it('spells out chat shorthand and drops filler', () => {
    expect(words('can u compare aaism v. aaia pls??')).toEqual(['can', 'you', 'compare', 'aaism', 'vs', 'aaia']);
    expect(words('prereqs 4 aaism thx')).toEqual(['prerequisites', '4', 'aaism']);
    expect(words('aaism versus aaia')).toEqual(['aaism', 'vs', 'aaia']);
    expect(words('ur best cert b4 aaism')).toEqual(['your', 'best', 'cert', 'before', 'aaism']);
  });

  it('keeps what was typed for each word', () => {
    expect(readWords('Machine Learning pls')).toEqual([{ text: 'ml', raw: 'machine learning' }]);
  });

  it('reads nothing from markup alone', () => {
    expect(words('<@U123>   ')).toEqual([]);
    expect(words('??')).toEqual([]);
  });
});

describe('parseHorizon', () => {
  it.each([
    ['what changes in the next 90 days', 90],
    ['next 3 months', 90],
    ['in the next two weeks', 14],
    ['next month', 30],
    ['next year', 365],
    ['within 6 months', 180],
    ['coming weeks', 21],
    ['next 90d', 90],
  ] as const)('%s → %i days', (q, days) => {
    expect(parseHorizon(words(q))).toBe(days);
  });

  it('does not read experience as a horizon', () => {
    expect(parseHorizon(words('I have 5 years of experience'))).toBeNull();
    expect(parseHorizon(words('any retirements coming up'))).toBeNull();
  });
});
