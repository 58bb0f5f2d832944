/**
 * A credential's lifecycle state, computed from its dated events and today's UTC date, never stored:
 * announced (launch ahead), beta, active, retiring (a last exam or retirement ahead), last-day (today is
 * the last exam date), retired (from the day after the last exam, or on/after a retired date).
 */

import { codeStates } from '../catalog/exam-codes.js';
import { eventDay } from '../catalog/fact-values.js';
import type { Credential } from '../catalog/schema.js';
import { credentialChanges } from './dated-changes.js';
import type { CredentialStatus, ExamVersion, StatusState } from './types.js';
import { addDays } from './utc-day.js';

function latest(credential: Credential, kind: Credential['events'][number]['kind']): string | undefined {
  // Events about one exam code (a version) do not change the certification's own state.
  const dates = credential.events
    .filter((e) => e.kind === kind && e.code === undefined)
    .map(eventDay)
    .sort();
  return dates[dates.length - 1];
}

function earliest(...dates: (string | undefined)[]): string | undefined {
  const known = dates.filter((d): d is string => d !== undefined).sort();
  return known[0];
}

/** Replacements named by events and by `related` (replaced-by, successor), in catalog order. */
export function replacementsOf(credential: Credential): string[] {
  const ids: string[] = [];
  // An exam-version event names the code that replaces a code, often in this same certification.
  for (const e of credential.events)
    for (const id of e.replaced_by) if (!ids.includes(id) && id !== credential.id) ids.push(id);
  for (const r of credential.related) {
    if ((r.relation === 'replaced-by' || r.relation === 'successor') && !ids.includes(r.credential)) {
      ids.push(r.credential);
    }
  }
  return ids;
}

function stateOf(credential: Credential, today: string, lastExam?: string, retiredOn?: string): StatusState {
  if (retiredOn !== undefined && today >= retiredOn) return 'retired';
  if (lastExam !== undefined && today === lastExam) return 'last-day';
  if (retiredOn !== undefined) return 'retiring';
  const launched = latest(credential, 'launched');
  const betaStarts = latest(credential, 'beta-starts');
  const betaEnds = latest(credential, 'beta-ends');
  const betaBegun = betaStarts === undefined || betaStarts <= today;
  // A beta-ends date is the beta's last day, as sources write it ("beta through 2026-03-31").
  if (betaEnds !== undefined && betaBegun && today <= betaEnds) return 'beta';
  if (betaEnds === undefined && betaStarts !== undefined && betaBegun && (launched === undefined || launched > today)) {
    return 'beta';
  }
  // Between a beta's end and the launch there is no exam to sit: announced, as before the beta.
  if (launched !== undefined && launched > today) return 'announced';
  if (launched === undefined && betaStarts !== undefined && betaStarts > today) return 'announced';
  const start = earliest(launched, betaStarts);
  if (start === undefined && latest(credential, 'announced') !== undefined) return 'announced';
  return 'active';
}

/** `today` is YYYY-MM-DD (UTC). */
export function computeStatus(credential: Credential, today: string): CredentialStatus {
  const lastExam = latest(credential, 'last-exam');
  const retiredOn = earliest(lastExam === undefined ? undefined : addDays(lastExam, 1), latest(credential, 'retired'));
  const next = credentialChanges(credential, today).find((d) => d.days >= 0);
  return {
    state: stateOf(credential, today, lastExam, retiredOn),
    lastExam,
    retiredOn,
    replacedBy: replacementsOf(credential),
    next,
    versions: examVersions(credential, today),
  };
}

/** The credential's exam codes with their status on `today`. */
export function examVersions(credential: Credential, today: string): ExamVersion[] {
  return codeStates(credential, today).map((s) => {
    const note = credential.exam.codes.find((x) => x.code === s.code)?.note;
    if (!s.ends) return { code: s.code, status: s.status, note };
    const e = s.ends.event;
    const claimed = typeof e.date === 'string' ? [] : e.date.claims.map((c) => c.value);
    return {
      code: s.code,
      status: s.status,
      note,
      ends: {
        kind: s.ends.kind,
        date: s.ends.date,
        claimed,
        byLanguage: e.dates_by_language,
        replacedByCode: e.replaced_by_code,
      },
    };
  });
}
