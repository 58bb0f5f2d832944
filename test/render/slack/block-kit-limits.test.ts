import { describe, expect, it } from 'vitest';
import { blocksChars, ELLIPSIS, fitBlocks, truncateText } from '../../../src/render/slack/block-kit-limits.js';
import type { Block } from '../../../src/render/slack/block-types.js';

const section = (id: string, text: string): Block => ({
  type: 'section',
  block_id: id,
  text: { type: 'mrkdwn', text },
});

describe('truncateText', () => {
  it('keeps text that fits', () => {
    expect(truncateText('hello', 5)).toBe('hello');
  });

  it('cuts to the limit and ends with an ellipsis', () => {
    const out = truncateText('abcdefghij', 6);
    expect(out).toHaveLength(6);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
  });

  it('never leaves half an entity or half a link behind', () => {
    expect(truncateText('ab &amp; cd', 6)).toBe(`ab${ELLIPSIS}`);
    const link = 'see <https://example.com/a/long/path|the page> now';
    const cut = truncateText(link, 20);
    expect(cut).toBe(`see${ELLIPSIS}`);
    expect(cut).not.toContain('<');
  });

  it('never splits a surrogate pair', () => {
    const out = truncateText(`ab${'😀'.repeat(5)}`, 4);
    expect(out).toBe(`ab${ELLIPSIS}`);
  });
});

describe('fitBlocks', () => {
  const tail: Block[] = [{ type: 'actions', block_id: 'actions', elements: [] }];

  it('returns everything when it fits', () => {
    const body = [section('a', 'x'), section('b', 'y')];
    expect(fitBlocks(body, { maxBlocks: 50, tail })).toEqual([...body, ...tail]);
  });

  it('drops body blocks from the end to fit the block count, keeps the tail, and says so', () => {
    const body = Array.from({ length: 60 }, (_, i) => section(`s${i}`, 'x'));
    const out = fitBlocks(body, { maxBlocks: 50, tail });
    expect(out).toHaveLength(50);
    expect(out[out.length - 1]).toEqual(tail[0]);
    expect(out[out.length - 2]?.block_id).toBe('more');
    expect(out[0]?.block_id).toBe('s0');
  });

  it('drops blocks to fit the character budget', () => {
    const body = Array.from({ length: 10 }, (_, i) => section(`s${i}`, 'y'.repeat(2000)));
    const out = fitBlocks(body, { maxBlocks: 50, maxChars: 12_000, tail });
    expect(blocksChars(out)).toBeLessThanOrEqual(12_000);
    expect(out.length).toBeGreaterThan(3);
    expect(out.some((b) => b.block_id === 'more')).toBe(true);
  });
});
