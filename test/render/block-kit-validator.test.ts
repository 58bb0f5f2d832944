/** The validator must be able to fail: every rule is shown catching a bad input. */
import { describe, expect, it } from 'vitest';
import { validateMessage, validateOptionsResponse, validateView } from '../support/block-kit-validator.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text });
const section = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'section',
  text: mrkdwn(text),
  ...extra,
});
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: 'share_answer',
  text: plain('Share'),
  value: '{}',
  ...extra,
});
const problems = (blocks: unknown[], text = 'fallback') => validateMessage({ text, blocks });

describe('validateMessage', () => {
  it('accepts a small valid message', () => {
    expect(
      problems([
        { type: 'header', text: plain('Title') },
        section('hi', { block_id: 'a' }),
        { type: 'context', elements: [mrkdwn('small')] },
        { type: 'divider' },
        { type: 'actions', elements: [button()] },
      ]),
    ).toEqual([]);
  });

  it('needs fallback text, at most 40,000 chars', () => {
    expect(validateMessage({ text: '', blocks: [] })).toEqual([expect.stringContaining('fallback text is missing')]);
    expect(validateMessage({ text: 'x'.repeat(40_001) })).toEqual([expect.stringContaining('over 40000')]);
  });

  it('counts blocks: at most 50 in a message', () => {
    expect(problems(Array.from({ length: 51 }, () => ({ type: 'divider' })))).toEqual([
      expect.stringContaining('51 blocks, over 50'),
    ]);
  });

  it('budgets ~12,000 chars of blocks JSON', () => {
    const blocks = Array.from({ length: 5 }, () => section('x'.repeat(2900)));
    expect(problems(blocks)).toEqual([expect.stringContaining('over the ~12000 budget')]);
  });

  it('checks section text and fields', () => {
    expect(problems([section('x'.repeat(3001))])).toEqual([expect.stringContaining('3001 chars, over 3000')]);
    expect(problems([section('')])).toEqual([expect.stringContaining('text is empty')]);
    expect(problems([{ type: 'section' }])).toEqual([expect.stringContaining('needs text or fields')]);
    const fields = Array.from({ length: 11 }, () => mrkdwn('f'));
    expect(problems([{ type: 'section', fields }])).toEqual([expect.stringContaining('11 fields, over 10')]);
    expect(problems([{ type: 'section', fields: [mrkdwn('f'.repeat(2001))] }])).toEqual([
      expect.stringContaining('over 2000'),
    ]);
  });

  it('headers are plain_text of at most 150 chars', () => {
    expect(problems([{ type: 'header', text: mrkdwn('*x*') }])).toEqual([expect.stringContaining('plain_text only')]);
    expect(problems([{ type: 'header', text: plain('h'.repeat(151)) }])).toEqual([expect.stringContaining('over 150')]);
  });

  it('context takes at most 10 elements, actions at most 25', () => {
    const context = { type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) };
    expect(problems([context])).toEqual([expect.stringContaining('11 elements, over 10')]);
    const actions = {
      type: 'actions',
      elements: Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` })),
    };
    expect(problems([actions])).toEqual([expect.stringContaining('26 elements, over 25')]);
  });

  it('checks buttons: text ≤75, value ≤2000, url ≤3000, action_id ≤255 and unique in a block', () => {
    const one = (b: unknown) => problems([{ type: 'actions', elements: [b] }]);
    expect(one(button({ text: plain('t'.repeat(76)) }))).toEqual([expect.stringContaining('over 75')]);
    expect(one(button({ value: 'v'.repeat(2001) }))).toEqual([expect.stringContaining('value is 2001 chars')]);
    expect(one(button({ url: `https://x/${'u'.repeat(3000)}` }))).toEqual([expect.stringContaining('url is')]);
    expect(one(button({ action_id: 'a'.repeat(256) }))).toEqual([expect.stringContaining('action_id is 256 chars')]);
    expect(problems([{ type: 'actions', elements: [button(), button()] }])).toEqual([
      expect.stringContaining('repeats in one block'),
    ]);
  });

  it('checks static selects: 1–100 options, option text ≤75, value ≤150', () => {
    const select = (options: unknown[]) =>
      problems([
        { type: 'actions', elements: [{ type: 'static_select', action_id: 's', placeholder: plain('p'), options }] },
      ]);
    const option = (text: string, value: string) => ({ text: plain(text), value });
    expect(select([])).toEqual([expect.stringContaining('needs 1 to 100 options')]);
    expect(select([option('o'.repeat(76), 'v')])).toEqual([expect.stringContaining('over 75')]);
    expect(select([option('o', 'v'.repeat(151))])).toEqual([expect.stringContaining('over 150')]);
    expect(select(Array.from({ length: 101 }, (_, i) => option('o', `v${i}`)))).toEqual([
      expect.stringContaining('101 options'),
    ]);
  });

  it('block ids are at most 255 chars and unique', () => {
    expect(problems([section('a', { block_id: 'x' }), section('b', { block_id: 'x' })])).toEqual([
      expect.stringContaining('block_id x is not unique'),
    ]);
    expect(problems([section('a', { block_id: 'b'.repeat(256) })])).toEqual([
      expect.stringContaining('block_id is 256 chars'),
    ]);
  });

  it('tables: ≤100 rows, ≤20 cells, raw_text or rich_text cells, one per message', () => {
    const cell = { type: 'raw_text', text: 'c' };
    const table = (rows: unknown[][]) => ({ type: 'table', rows });
    expect(problems([table([[cell]])])).toEqual([]);
    expect(problems([table(Array.from({ length: 101 }, () => [cell]))])).toEqual([
      expect.stringContaining('101 rows, over 100'),
    ]);
    expect(problems([table([Array.from({ length: 21 }, () => cell)])])).toEqual([
      expect.stringContaining('21 cells, over 20'),
    ]);
    expect(problems([table([[{ type: 'mrkdwn', text: 'c' }]])])).toEqual([
      expect.stringContaining('cell type mrkdwn not allowed'),
    ]);
    expect(problems([table([[cell]]), table([[cell]])])).toEqual([expect.stringContaining('one per message')]);
  });

  it('rejects blocks it does not know', () => {
    expect(problems([{ type: 'carousel' }])).toEqual([expect.stringContaining('not one this validator knows')]);
  });
});

describe('validateView', () => {
  it('accepts a home view of up to 100 blocks', () => {
    expect(validateView({ type: 'home', blocks: Array.from({ length: 100 }, () => ({ type: 'divider' })) })).toEqual(
      [],
    );
  });

  it('rejects more than 100 blocks, a table, or a wrong type', () => {
    expect(validateView({ type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) })).toEqual([
      expect.stringContaining('101 blocks, over 100'),
    ]);
    expect(
      validateView({ type: 'home', blocks: [{ type: 'table', rows: [[{ type: 'raw_text', text: 'x' }]] }] }),
    ).toEqual([expect.stringContaining('messages only')]);
    expect(validateView({ type: 'page', blocks: [{ type: 'divider' }] })).toEqual([
      expect.stringContaining('not home or modal'),
    ]);
  });
});

describe('validateView: modals with inputs', () => {
  const option = (text: string, value: string) => ({ text: plain(text), value });
  const select = (extra: Record<string, unknown> = {}) => ({
    type: 'static_select',
    action_id: 'hour',
    placeholder: plain('Hour'),
    options: [option('09:00', '9'), option('10:00', '10')],
    ...extra,
  });
  const input = (element: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'input',
    block_id: 'i',
    label: plain('Label'),
    element,
    ...extra,
  });
  const modal = (blocks: unknown[], extra: Record<string, unknown> = {}) =>
    validateView({
      type: 'modal',
      title: plain('Title'),
      submit: plain('Go'),
      close: plain('Cancel'),
      blocks,
      ...extra,
    });

  it('accepts selects, multi-selects and text inputs with valid initial values', () => {
    expect(
      modal([
        input(select({ initial_option: option('09:00', '9') })),
        input(
          { type: 'multi_static_select', action_id: 'm', placeholder: plain('p'), options: [option('a', 'a')] },
          { block_id: 'm', optional: true, hint: plain('hint') },
        ),
        input(
          { type: 'plain_text_input', action_id: 't', initial_value: '90, 30', max_length: 100 },
          { block_id: 't' },
        ),
      ]),
    ).toEqual([]);
  });

  it('catches initial choices outside the options, long labels, missing action ids and unknown elements', () => {
    expect(modal([input(select({ initial_option: option('11:00', '11') }))])).toEqual([
      expect.stringContaining('is not one of the options'),
    ]);
    expect(modal([input(select(), { label: plain('l'.repeat(2001)) })])).toEqual([
      expect.stringContaining('over 2000'),
    ]);
    expect(modal([input({ type: 'plain_text_input' })])).toEqual([expect.stringContaining('needs an action_id')]);
    expect(modal([input({ type: 'datepicker', action_id: 'd' })])).toEqual([
      expect.stringContaining('not one this validator knows'),
    ]);
    expect(modal([input({ type: 'plain_text_input', action_id: 't', initial_value: 'abc', max_length: 2 })])).toEqual([
      expect.stringContaining('longer than max_length'),
    ]);
  });

  it('accepts an external multi-select with initial options, and catches what Slack would refuse in one', () => {
    const external = (extra: Record<string, unknown> = {}) =>
      input({ type: 'multi_external_select', action_id: 'x', placeholder: plain('p'), min_query_length: 1, ...extra });
    expect(modal([external({ initial_options: [option('a', 'a'), option('b', 'b')] })])).toEqual([]);
    expect(modal([external({ options: [option('a', 'a')] })])).toEqual([expect.stringContaining('takes no options')]);
    expect(modal([external({ min_query_length: -1 })])).toEqual([expect.stringContaining('min_query_length')]);
    expect(modal([external({ initial_options: [option('a', 'a'), option('a2', 'a')] })])).toEqual([
      expect.stringContaining('duplicate option value'),
    ]);
    expect(modal([external({ initial_options: [option('x'.repeat(76), 'a')] })])).toEqual([
      expect.stringContaining('over 75'),
    ]);
  });

  it('checks an options answer: at most 100 options or groups, and labels within 75', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => option(`o${i}`, `o${i}`));
    expect(validateOptionsResponse({ options: many(100) })).toEqual([]);
    expect(validateOptionsResponse({ options: [] })).toEqual([]);
    expect(validateOptionsResponse({ options: many(101) })).toEqual([expect.stringContaining('over 100')]);
    expect(validateOptionsResponse({ option_groups: [{ label: plain('g'), options: many(3) }] })).toEqual([]);
    expect(validateOptionsResponse({ option_groups: [{ label: plain('g'.repeat(76)), options: many(1) }] })).toEqual([
      expect.stringContaining('over 75'),
    ]);
  });

  it('needs a submit button for inputs, button texts ≤24, private_metadata ≤3000, and no inputs in messages', () => {
    expect(modal([input(select())], { submit: undefined })).toEqual([expect.stringContaining('needs a submit button')]);
    expect(modal([input(select())], { close: plain('c'.repeat(25)) })).toEqual([expect.stringContaining('over 24')]);
    expect(modal([input(select())], { private_metadata: 'm'.repeat(3001) })).toEqual([
      expect.stringContaining('private_metadata is 3001 chars'),
    ]);
    expect(problems([input(select())])).toEqual([expect.stringContaining('belong in modals')]);
  });
});
