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

/** Each role's title as words, read once per list of roles (questions are many, roles are few). */
const TITLE_WORDS = new WeakMap<readonly Dod8140WorkRole[], { role: Dod8140WorkRole; words: { text: string }[] }[]>();

function titleWords(roles: readonly Dod8140WorkRole[]) {
  let titles = TITLE_WORDS.get(roles);
  if (!titles) {
    titles = roles.map((role) => ({ role, words: words(role.title) }));
    TITLE_WORDS.set(roles, titles);
  }
  return titles;
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
  const titles = titleWords(roles);
  /** The question's words at [at, at + len) if none is taken yet; takes them. */
  const claim = (at: number, len: number): string | null => {
    if (at < 0 || [...Array(len).keys()].some((k) => used.has(at + k))) return null;
    for (let k = 0; k < len; k++) used.add(at + k);
    return q
      .slice(at, at + len)
      .map((w) => w.raw)
      .join(' ');
  };

  // Whole titles first, longest first, so "cyber defense forensics analyst" is 212, not 211.
  const byLength = [...titles].sort((a, b) => b.words.length - a.words.length);
  for (const { role, words: t } of byLength) {
    const text = claim(findPhrase(q, t), t.length);
    if (text !== null) add(role, 'title', text);
  }

  // The end of a title, at least two words ("incident responder"): one role, or ask.
  for (let len = 4; len >= 2; len--) {
    for (let i = 0; i + len <= q.length; i++) {
      if ([...Array(len).keys()].some((k) => used.has(i + k))) continue;
      const phrase = q.slice(i, i + len);
      const fits = titles
        .filter(({ words: t }) => t.length > len && findPhrase(t.slice(t.length - len), phrase) === 0)
        .map((x) => x.role);
      if (fits.length === 0) continue;
      const text = claim(i, len) ?? '';
      if (fits.length === 1) add(fits[0] as Dod8140WorkRole, 'title-end', text);
      else ambiguous.push({ text, roles: fits });
    }
  }

  for (const [title, code] of Object.entries(jobTitles)) {
    const t = words(title);
    const role = roles.find((r) => r.code === code);
    if (!role) continue;
    const text = claim(findPhrase(q, t), t.length);
    if (text !== null) add(role, 'job-title', text);
  }
  return { matches, ambiguous };
}
