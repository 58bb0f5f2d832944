/**
 * DCWF work roles as people write them: a code ("511", "DCWF 511", "8140 541"), a title or the end of
 * one ("cyber defense analyst", "incident responder"), with a typo per long word ("cyber defence
 * analist"), or a job title the framework maps ("SOC analyst" → 511) — the latter only where the
 * question is about DoD 8140 at all, which the caller decides. Pure.
 */
import type { Dod8140WorkRole } from '../../catalog/dod-8140/framework-schema.js';
import { tokenizeText } from '../../catalog/normalize-text.js';
import { osaDistance } from '../../catalog/osa-distance.js';

export type WorkRoleMatchHow = 'code' | 'title' | 'title-end' | 'job-title';

export interface WorkRoleMatch {
  role: Dod8140WorkRole;
  how: WorkRoleMatchHow;
  /** What in the question matched, as the person wrote it. */
  text: string;
}

export interface WorkRoleReading {
  matches: WorkRoleMatch[];
  /** A phrase that fits several roles equally ("test and evaluation specialist"): ask which. */
  ambiguous: { text: string; roles: Dod8140WorkRole[] }[];
}

const STOP = new Set(['and', 'the', 'of', 'a', 'an']);

function words(text: string): { text: string; raw: string }[] {
  return tokenizeText(text.replace(/\//g, ' ')).filter((t) => !STOP.has(t.text));
}

function sameWord(a: string, b: string): boolean {
  if (a === b || a === `${b}s` || b === `${a}s`) return true;
  return a.length >= 5 && b.length >= 5 && osaDistance(a, b, 1) <= 1;
}

/** Where `phrase` occurs in `question` (word by word, a typo allowed per long word): the start index, or -1. */
function findPhrase(question: readonly { text: string }[], phrase: readonly { text: string }[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= question.length; i++) {
    if (phrase.every((w, k) => sameWord(question[i + k]?.text ?? '', w.text))) return i;
  }
  return -1;
}

export function findWorkRoles(
  question: string,
  roles: readonly Dod8140WorkRole[],
  jobTitles: Readonly<Record<string, string>> = {},
): WorkRoleReading {
  const matches: WorkRoleMatch[] = [];
  const ambiguous: WorkRoleReading['ambiguous'] = [];
  const add = (role: Dod8140WorkRole, how: WorkRoleMatchHow, text: string) => {
    if (!matches.some((m) => m.role.code === role.code)) matches.push({ role, how, text });
  };

  for (const m of question.matchAll(
    /(?<![$\d.,])\b(?:dcwf\s*(?:work\s*role\s*)?|work\s*role\s*)?(\d{3})\b(?![.,]\d|\s*(?:usd|dollars|\$|k\b))/gi,
  )) {
    const role = roles.find((r) => r.code === m[1]);
    if (role) add(role, 'code', m[0].trim());
  }

  const q = words(question);
  const used = new Set<number>();
  // Whole titles first, longest first, so "cyber defense forensics analyst" is 212, not 211.
  const byLength = [...roles].sort((a, b) => words(b.title).length - words(a.title).length);
  for (const role of byLength) {
    const t = words(role.title);
    const at = findPhrase(q, t);
    if (at < 0 || t.some((_, k) => used.has(at + k))) continue;
    for (let k = 0; k < t.length; k++) used.add(at + k);
    add(
      role,
      'title',
      q
        .slice(at, at + t.length)
        .map((w) => w.raw)
        .join(' '),
    );
  }

  // The end of a title, at least two words ("incident responder"): one role, or ask.
  for (let len = 4; len >= 2; len--) {
    for (let i = 0; i + len <= q.length; i++) {
      if ([...Array(len).keys()].some((k) => used.has(i + k))) continue;
      const phrase = q.slice(i, i + len);
      const fits = roles.filter((r) => {
        const t = words(r.title);
        return t.length > len && findPhrase(t.slice(t.length - len), phrase) === 0;
      });
      if (fits.length === 0) continue;
      for (let k = 0; k < len; k++) used.add(i + k);
      const text = phrase.map((w) => w.raw).join(' ');
      if (fits.length === 1) add(fits[0] as Dod8140WorkRole, 'title-end', text);
      else ambiguous.push({ text, roles: fits });
    }
  }

  for (const [title, code] of Object.entries(jobTitles)) {
    const t = words(title);
    const at = findPhrase(q, t);
    if (at < 0 || t.some((_, k) => used.has(at + k))) continue;
    const role = roles.find((r) => r.code === code);
    if (!role) continue;
    for (let k = 0; k < t.length; k++) used.add(at + k);
    add(
      role,
      'job-title',
      q
        .slice(at, at + t.length)
        .map((w) => w.raw)
        .join(' '),
    );
  }
  return { matches, ambiguous };
}
