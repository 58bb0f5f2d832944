import { describe, expect, it } from 'vitest';
import { checkReminderPermission, workspaceOf } from '../../src/reminders/check-reminder-permission.js';

const HOME = { team: 'T1', enterprise: '' };

describe('who may change a channel’s reminders', () => {
  it('lets any member of the installing workspace by default', () => {
    expect(checkReminderPermission({ userId: 'U1', teamId: 'T1' }, HOME, [])).toEqual({ allowed: true });
  });

  it('refuses people from another organization in a Slack Connect channel', () => {
    const r = checkReminderPermission({ userId: 'U9', teamId: 'T9' }, HOME, []);
    expect(r).toMatchObject({ allowed: false, reason: 'outside-organization' });
  });

  it('counts the whole organization as home for an org install', () => {
    const org = workspaceOf({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true });
    expect(org).toEqual({ team: '', enterprise: 'E1' });
    expect(checkReminderPermission({ userId: 'U2', teamId: 'T2', enterpriseId: 'E1' }, org, [])).toEqual({
      allowed: true,
    });
    expect(checkReminderPermission({ userId: 'U3', teamId: 'T3', enterpriseId: 'E2' }, org, [])).toMatchObject({
      allowed: false,
      reason: 'outside-organization',
    });
    expect(checkReminderPermission({ userId: 'U4', teamId: 'T1' }, org, [])).toMatchObject({ allowed: false });
  });

  it('keeps a workspace install inside Enterprise Grid keyed by team and enterprise', () => {
    expect(workspaceOf({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false })).toEqual({
      team: 'T1',
      enterprise: 'E1',
    });
    expect(workspaceOf({ teamId: 'T1' })).toEqual({ team: 'T1', enterprise: '' });
  });

  it('restricts changes to CERTDESK_ADMINS when set', () => {
    expect(checkReminderPermission({ userId: 'U1', teamId: 'T1' }, HOME, ['UADMIN'])).toMatchObject({
      allowed: false,
      reason: 'not-admin',
    });
    expect(checkReminderPermission({ userId: 'UADMIN', teamId: 'T1' }, HOME, ['UADMIN'])).toEqual({ allowed: true });
  });
});
