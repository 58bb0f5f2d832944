import { describe, expect, it } from 'vitest';
import { ReminderInputError } from '../../src/reminders/reminder-input-error.js';
import { parseLeads, validateScope, validateSettings } from '../../src/reminders/reminder-settings.js';
import { reminderCatalog } from './reminder-fixtures.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof ReminderInputError ? err.code : 'other';
  }
  return 'none';
};

describe('reminder settings', () => {
  it('reads lead days in any order and separator, largest first, without repeats', () => {
    expect(parseLeads('7,90 30, 1,7')).toEqual([90, 30, 7, 1]);
    expect(parseLeads('0')).toEqual([0]);
    expect(code(() => parseLeads('30,soon'))).toBe('invalid_leads');
    expect(code(() => parseLeads('-3'))).toBe('invalid_leads');
    expect(code(() => parseLeads('400'))).toBe('invalid_leads');
    expect(code(() => parseLeads('1,2,3,4,5,6,7,8,9,10,11'))).toBe('invalid_leads');
    expect(code(() => parseLeads(''))).toBe('invalid_leads');
  });

  it('fills in the defaults and checks hour and time zone', () => {
    expect(validateSettings({})).toEqual({ leads: [90, 30, 7, 1], hour: 9, tz: 'UTC' });
    expect(validateSettings({ hour: 0, tz: 'Asia/Kolkata' })).toMatchObject({ hour: 0, tz: 'Asia/Kolkata' });
    expect(code(() => validateSettings({ hour: 24 }))).toBe('invalid_hour');
    expect(code(() => validateSettings({ hour: 8.5 }))).toBe('invalid_hour');
    expect(code(() => validateSettings({ tz: 'Europe/Atlantis' }))).toBe('invalid_time_zone');
    expect(code(() => validateSettings({ tz: '' }))).toBe('invalid_time_zone');
  });

  it('checks the scope against the catalog', () => {
    const catalog = reminderCatalog();
    expect(validateScope({ kind: 'credentials', ids: ['mls-c01', 'aaism', 'aaism'] }, catalog)).toEqual({
      kind: 'credentials',
      ids: ['aaism', 'mls-c01'],
    });
    expect(code(() => validateScope({ kind: 'credentials', ids: ['nope'] }, catalog))).toBe('unknown_credential');
    expect(code(() => validateScope({ kind: 'credentials', ids: [] }, catalog))).toBe('invalid_scope');
    expect(code(() => validateScope({ kind: 'credentials', ids: ['Bad Id'] }))).toBe('invalid_scope');
    expect(code(() => validateScope({ kind: 'issuer', id: 'nobody' }, catalog))).toBe('unknown_issuer');
    expect(validateScope({ kind: 'issuer', id: 'aws' }, catalog)).toEqual({ kind: 'issuer', id: 'aws' });
  });
});
