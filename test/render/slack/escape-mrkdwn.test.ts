import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/render/slack/escape-mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes exactly & < >, & first so nothing is escaped twice', () => {
    expect(escapeMrkdwn('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it('turns every mention sequence into harmless text', () => {
    const out = escapeMrkdwn('<!channel> <!here> <!everyone> <@U123ABC> <#C42> <!subteam^S1>');
    expect(out).not.toMatch(/<[!@#]/);
    expect(out).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123ABC&gt; &lt;#C42&gt; &lt;!subteam^S1&gt;',
    );
  });

  it('leaves everything else alone', () => {
    expect(escapeMrkdwn('*bold* _it_ "quotes" \'single\' ✓ café')).toBe('*bold* _it_ "quotes" \'single\' ✓ café');
  });
});
