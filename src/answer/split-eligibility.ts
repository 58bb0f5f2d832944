/**
 * In "I have CISSP, can I take AAISM?" or "can I sit AAISM with only Security+?", tells the credential
 * asked about (the target) from what the asker holds, by the words around each name:
 * "have", "hold", "with only", "holder" mark what is held; "need", "require", "without" mark a
 * prerequisite asked about (not held); "take", "sit", "for", "before" mark the target.
 */

import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { requiresCredential } from '../catalog/fact-values.js';
import type { Resolved } from './resolve-mentions.js';
import type { Held } from './types.js';

const HELD_BEFORE = new Set([
  'my',
  'have',
  'hold',
  'holding',
  'got',
  'own',
  'passed',
  'earned',
  'with',
  'only',
  'im',
  'am',
  'already',
  'as',
  'being',
  'possess',
  'after',
]);
/** Words after a held credential that say it lapsed ("my CISSP lapsed", "if my CISM lapses"). */
const LAPSED_AFTER = new Set([
  'expire',
  'lapsed',
  'lapses',
  'lapse',
  'lapsing',
  'expired',
  'expires',
  'expiring',
  'inactive',
  'suspended',
]);

/** Words before a held credential that say it lapsed ("an expired CISM", "my lapsed CISSP"). */
const LAPSED_BEFORE = new Set(['lapsed', 'expired', 'inactive', 'suspended', 'revoked']);
/** What may come before such a word, so "CISM lapsed, CISSP active" never reads CISSP as lapsed. */
const LAPSED_LEAD = new Set(['a', 'an', 'my', 'our', 'with', 'have', 'hold', 'only', 'but', 'now', 'still']);

function saysLapsed(words: readonly string[], r: Resolved): boolean {
  const before = words[r.mention.start - 1] ?? '';
  if (LAPSED_BEFORE.has(before) && (r.mention.start === 1 || LAPSED_LEAD.has(words[r.mention.start - 2] ?? ''))) {
    return true;
  }
  return [0, 1, 2].some((ahead) => {
    const at = r.mention.end + ahead;
    // "my CISM expires next month": still active today.
    return LAPSED_AFTER.has(words[at] ?? '') && !NOT_YET.has(words[at + 1] ?? '');
  });
}

/** Words after a lapse word that put it in the future. */
const NOT_YET = new Set(['next', 'soon', 'in', 'on', 'at', 'this', 'later', 'tomorrow']);

const HELD_AFTER = new Set(['holder', 'holders', 'certified', 'here', 'already', 'enough', 'sufficient']);
const ASKED_AFTER = new Set(['prerequisites', 'requirements', 'required', 'needed', 'mandatory', 'necessary']);
/** "Is CEH worth it", "CEH worthwhile": the name is what is weighed, not something held. */
const TARGET_AFTER = new Set(['worth', 'worthwhile', 'useful', 'valuable']);
const ASKED_BEFORE = new Set([
  'need',
  'needs',
  'needed',
  'require',
  'requires',
  'required',
  'without',
  'must',
  'skip',
  'skipping',
]);
const TARGET_BEFORE = new Set([
  'take',
  'sit',
  'for',
  'before',
  'into',
  'attempt',
  'pursue',
  'do',
  'get',
  'book',
  'write',
  'apply',
  'register',
  'toward',
  'towards',
  'straight',
]);

type Mark = 'held' | 'asked' | 'target' | 'none';

/** The nearest marking word before a mention (up to three words back), or a marking word right after it. */
export function markOf(words: readonly string[], r: Resolved): Mark {
  for (let back = 1; back <= 3; back++) {
    const w = words[r.mention.start - back] ?? '';
    if (ASKED_BEFORE.has(w)) return 'asked';
    if (HELD_BEFORE.has(w)) return 'held';
    if (TARGET_BEFORE.has(w)) return 'target';
  }
  for (let ahead = 0; ahead < 2; ahead++) {
    const w = words[r.mention.end + ahead] ?? '';
    if (ASKED_AFTER.has(w)) return 'asked';
    if (TARGET_AFTER.has(w)) return 'target';
    if (HELD_AFTER.has(w) || LAPSED_AFTER.has(w)) return 'held';
  }
  return 'none';
}

/** True when `prereqOf` lists `id` among its prerequisite credentials. */
function isPrerequisite(id: string, prereqOf: string, index: CatalogIndex): boolean {
  const target = index.credential(prereqOf);
  return target !== undefined && requiresCredential(target, id);
}

export interface EligibilitySplit {
  target: Resolved | null;
  /** Other credentials asked about with the target ("can I take AAISM and AAIA with CISA": AAIA). */
  alsoAsked: Resolved[];
  held: Held[];
}

/** Words that join names in a list: "AAISM and AAIA", "AAISM or AAIA", "AAISM, AAIA" (commas are dropped). */
const JOINERS = new Set(['and', 'or', 'nor', 'n', 'also', 'both', 'either']);

/**
 * Marks with lists followed: in "can I take AAISM, AAIA and AAIR with CISA" every name of the list after
 * "take" is a target, and in "I hold CISA and CISM" both are held. A name joined to the previous one only
 * by list words takes that one's mark.
 */
export function marksOf(words: readonly string[], credentials: readonly Resolved[]): Mark[] {
  const marks: Mark[] = [];
  credentials.forEach((r, i) => {
    const own = markOf(words, r);
    const prev = credentials[i - 1];
    const prevMark = marks[i - 1];
    const between = prev ? words.slice(prev.mention.end, r.mention.start) : [];
    const joined = prev !== undefined && between.every((w) => JOINERS.has(w)) && prev.mention.end <= r.mention.start;
    marks.push(joined && prevMark !== undefined && (own === 'none' || own === 'target') ? prevMark : own);
  });
  return marks;
}

export function splitEligibility(
  words: readonly string[],
  credentials: readonly Resolved[],
  qualifications: readonly Resolved[],
  index: CatalogIndex,
): EligibilitySplit {
  const marks = marksOf(words, credentials);
  const marked = credentials.map((r, i) => ({ r, mark: marks[i] ?? markOf(words, r) }));
  const open = marked.filter((m) => m.mark !== 'held' && m.mark !== 'asked');
  const single = (m: { r: Resolved }) => m.r.ids[0] ?? '';
  const target =
    open.find((m) => m.mark === 'target') ??
    // Of two credentials where one is the other's prerequisite, the other is asked about.
    open.find((m) => marked.some((o) => o !== m && isPrerequisite(single(o), single(m), index))) ??
    open[0] ??
    // "my CISA expired, am I still AAIA certified": the one resting on a lapsed credential is asked about.
    marked.find((m) =>
      marked.some((o) => o !== m && saysLapsed(words, o.r) && isPrerequisite(single(o), single(m), index)),
    ) ??
    marked.find((m) => m.mark === 'asked');
  // Every other name marked as taken is asked about too, never held.
  const alsoAsked = target?.mark === 'target' ? marked.filter((m) => m !== target && m.mark === 'target') : [];
  const held: Held[] = [];
  for (const m of marked) {
    if (m === target || alsoAsked.includes(m) || m.mark === 'asked' || m.r.ids.length !== 1) continue;
    held.push({ kind: 'credential', id: single(m), ...(saysLapsed(words, m.r) ? { lapsed: true } : {}) });
  }
  for (const q of qualifications) {
    if (markOf(words, q) === 'asked' || q.ids.length !== 1) continue;
    held.push({ kind: 'qualification', id: q.ids[0] ?? '' });
  }
  return { target: target?.r ?? null, alsoAsked: alsoAsked.map((m) => m.r), held };
}
