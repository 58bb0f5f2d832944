import { describe, expect, it } from 'vitest';
import { parseRemindCommand } from '../../src/reminders/parse-remind-command.js';
import { reminderIndex } from './reminder-index.js';

const index = reminderIndex();
const parse = (text: string) => parseRemindCommand(text, index);

describe('/cert remind …', () => {
  it('subscribes to everything with no words', () => {
    expect(parse('remind')).toEqual({ action: 'subscribe', scope: { kind: 'all' } });
    expect(parse('')).toEqual({ action: 'subscribe', scope: { kind: 'all' } });
  });

  it('reads credentials by id, acronym or code, and an issuer', () => {
    expect(parse('remind mls-c01 AAISM')).toEqual({
      action: 'subscribe',
      scope: { kind: 'credentials', ids: ['aaism', 'mls-c01'] },
    });
    expect(parse('remind aaism and scs c02')).toMatchObject({
      scope: { kind: 'credentials', ids: ['aaism', 'scs-c02'] },
    });
    expect(parse('remind aws')).toEqual({ action: 'subscribe', scope: { kind: 'issuer', id: 'aws' } });
    expect(parse('remind ISACA')).toMatchObject({ scope: { kind: 'issuer', id: 'isaca' } });
  });

  it('reads lead days, hour and time zone in natural orders', () => {
    expect(parse('remind aws 30,7 days before at 8')).toEqual({
      action: 'subscribe',
      scope: { kind: 'issuer', id: 'aws' },
      leads: [30, 7],
      hour: 8,
    });
    expect(parse('remind days 60 14 1 at 5pm in America/New_York')).toEqual({
      action: 'subscribe',
      scope: { kind: 'all' },
      leads: [60, 14, 1],
      hour: 17,
      tz: 'America/New_York',
    });
    expect(parse('remind aaism at 09:00 Europe/Berlin 1 day before')).toMatchObject({
      scope: { kind: 'credentials', ids: ['aaism'] },
      hour: 9,
      tz: 'Europe/Berlin',
      leads: [1],
    });
    expect(parse('remind at 12 am')).toMatchObject({ hour: 0 });
  });

  it('reads lead days the way people write them: and-lists, weeks, shorthand, on the day', () => {
    expect(parse('remind aaism 30,7 days at 8am')).toEqual({
      action: 'subscribe',
      scope: { kind: 'credentials', ids: ['aaism'] },
      leads: [30, 7],
      hour: 8,
    });
    expect(parse('remind aaism 30 and 7 days before')).toMatchObject({ leads: [30, 7] });
    expect(parse('remind aaism 30, 7 days before')).toMatchObject({ leads: [30, 7] });
    expect(parse('remind aws 2 weeks and 1 day before at 8 am')).toMatchObject({ leads: [14, 1], hour: 8 });
    expect(parse('remind a week before at noon')).toEqual({
      action: 'subscribe',
      scope: { kind: 'all' },
      leads: [7],
      hour: 12,
    });
    expect(parse('remind aws 30d 7d 2w')).toMatchObject({ scope: { kind: 'issuer', id: 'aws' }, leads: [30, 7, 14] });
    expect(parse('remind aws 7 days before and on the day')).toMatchObject({ leads: [7, 0] });
    expect(parse('remind aws the day before at midnight')).toMatchObject({ leads: [1], hour: 0 });
  });

  it('does not offer an hour that cannot be one', () => {
    const r = parse('remind aaism 90 30');
    expect(r.action).toBe('invalid');
    expect(r.action === 'invalid' ? r.message : '').toBe('Say what "90" is: `90 days before`.');
  });

  it('reads list, help, resume and the forms of off', () => {
    expect(parse('remind list')).toEqual({ action: 'list' });
    expect(parse('remind help')).toEqual({ action: 'help' });
    expect(parse('remind resume')).toEqual({ action: 'resume' });
    expect(parse('remind off')).toEqual({ action: 'off', target: { all: true } });
    expect(parse('remind off all')).toEqual({ action: 'off', target: { all: true } });
    expect(parse('remind off s4k9xq2mh7a')).toEqual({ action: 'off', target: { id: 's4k9xq2mh7a' } });
    expect(parse('remind stop aws')).toEqual({ action: 'off', target: { scope: { kind: 'issuer', id: 'aws' } } });
  });

  it('explains what it cannot read', () => {
    const invalid = (text: string) => {
      const r = parse(text);
      expect(r.action, text).toBe('invalid');
      return r.action === 'invalid' ? r.message : '';
    };
    expect(invalid('remind aaism aws')).toMatch(/credentials or one issuer, not both/);
    expect(invalid('remind isaca aws')).toMatch(/one issuer/);
    expect(invalid('remind frobozz')).toMatch(/I don't know "frobozz"/);
    expect(invalid('remind aws at noonish')).toMatch(/not an hour/);
    expect(invalid('remind aws at 25')).toMatch(/not an hour/);
    expect(invalid('remind aws in Mars/Base')).toMatch(/not a time zone/);
    expect(invalid('remind aws 30')).toMatch(/30 days before/);
    expect(invalid('remind aws days')).toMatch(/lead days as numbers/);
    expect(invalid('remind list now')).toMatch(/takes nothing/);
  });

  it('refuses thousands separators, decimals, negatives and out-of-range leads with the reason', () => {
    expect(parse('remind aaism 10,000 days')).toMatchObject({
      action: 'invalid',
      message: expect.stringMatching(/thousands separator/),
    });
    expect(parse('remind aaism 1,000d')).toMatchObject({ action: 'invalid' });
    // Later in a run of numbers too: found by the property test (`0 10,000 30,7 days` read as 0, 10, 0, 30, 7).
    expect(parse('remind 0 10,000 30,7 days')).toMatchObject({
      action: 'invalid',
      message: expect.stringMatching(/thousands separator/),
    });
    expect(parse('remind aaism 30 and 400 days')).toMatchObject({
      action: 'invalid',
      message: expect.stringMatching(/up to 365/),
    });
    expect(parse('remind aaism 7.5 days')).toMatchObject({
      action: 'invalid',
      message: expect.stringMatching(/whole number/),
    });
    expect(parse('remind aaism -7 days')).toMatchObject({
      action: 'invalid',
      message: expect.stringMatching(/negative/),
    });
    expect(parse('remind aaism 366 days')).toMatchObject({
      action: 'invalid',
      message: expect.stringMatching(/up to 365/),
    });
    expect(parse('remind aaism 99999999999999999999 days')).toMatchObject({ action: 'invalid' });
    expect(parse('remind aaism 30,7 days at 8am')).toMatchObject({ action: 'subscribe', leads: [30, 7], hour: 8 });
    expect(parse('remind aaism 365, 90 days')).toMatchObject({ action: 'subscribe', leads: [365, 90] });
  });

  it('never widens words that name nothing to every dated change', () => {
    for (const text of [
      'remind !!!',
      'remind 🎓',
      'remind ???',
      'remind aaism ???',
      'remind off ???',
      'remind off 🎓',
    ]) {
      expect(parse(text), text).toMatchObject({
        action: 'invalid',
        message: expect.stringMatching(/don't understand/),
      });
    }
    expect(parse('remind all')).toEqual({ action: 'subscribe', scope: { kind: 'all' } });
    expect(parse('remind 30,7 days at 8am')).toMatchObject({ action: 'subscribe', scope: { kind: 'all' } });
    expect(parse('remind off all')).toEqual({ action: 'off', target: { all: true } });
  });

  it('keeps the error short for a long list of unknown words', () => {
    const words = Array.from({ length: 500 }, (_, i) => `nosuch${i}`).join(' ');
    const r = parse(`remind ${words}`);
    expect(r).toMatchObject({ action: 'invalid' });
    expect(r.action === 'invalid' && r.message.length).toBeLessThan(200);
    const long = parse(`remind ${'x'.repeat(5000)}`);
    expect(long.action === 'invalid' && long.message.length).toBeLessThan(200);
  });
});
