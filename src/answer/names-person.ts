/**
 * Whether a role's words in a question name a person ("I'm a red teamer", "for a pentester", "what
 * should red teamers take") or an activity ("does AAISM cover red teaming"). Role aliases include
 * activities, so only the words around them tell: a person noun, an article or possessive before them,
 * or the asker saying who they are.
 */
import { stemWord } from '../catalog/build-name-index.js';
import type { Mention } from './find-mentions.js';
import { PERSON_WORDS } from './role-question.js';

/** The asker saying who they are: the roles named are people, whatever the words. */
const ASKER = [
  ['im', 'a'],
  ['im', 'an'],
  ['i', 'am'],
  ['as', 'a'],
  ['as', 'an'],
  ['i', 'work'],
  ['working', 'as'],
];
/** Words right before a role that make it a person: "a red teamer", "our appsec", "for an auditor". */
const BEFORE_PERSON = new Set(['a', 'an', 'as', 'our', 'my', 'im', 'am', 'every', 'new', 'junior', 'senior']);
/** Words right after a role that make it a person: "appsec engineer here", "red team lead", "PM working on". */
const AFTER_PERSON = new Set([
  'here',
  'guy',
  'gal',
  'folks',
  'people',
  'team',
  'teams',
  'lead',
  'role',
  // "PM working on GenAI features", "data scientist who wants…": what a person does next.
  'who',
  'working',
  'wanting',
  'looking',
  'trying',
  'building',
]);

/**
 * Words right before a role that make it the person the asker wants to become: "want to move into cloud
 * security", "getting into pentesting", "become a threat hunter". ("goes into red teaming" is coverage.)
 */
const GOAL_VERBS = new Set(
  `move moving get getting transition transitioning switch switching pivot pivoting break breaking`.split(' '),
);
const GOAL_LINKS = new Set(['into', 'to']);

function namesGoal(texts: readonly string[], start: number): boolean {
  // The role's own words may say it: "get into security" (an alias of the starter role).
  if (GOAL_VERBS.has(texts[start] ?? '') && texts[start + 1] === 'into') return true;
  const before = texts[start - 1] ?? '';
  if (before === 'become' || before === 'becoming') return true;
  return GOAL_LINKS.has(before) && GOAL_VERBS.has(texts[start - 2] ?? '');
}

/** The asker saying where they want to go: "want to move into AI governance", "getting into cloud". */
export function saysWhereTheyGo(texts: readonly string[]): boolean {
  return texts.some((t, i) => (GOAL_VERBS.has(t) && texts[i + 1] === 'into') || t === 'become' || t === 'becoming');
}

export function saysWhoTheyAre(texts: readonly string[]): boolean {
  return texts.some((t, i) => ASKER.some(([a, b]) => t === a && texts[i + 1] === b));
}

export function namesPerson(texts: readonly string[], mention: Pick<Mention, 'start' | 'end'>): boolean {
  // A person word anywhere in the role's words: "security engineer on AWS", "pentester".
  const words = texts.slice(mention.start, mention.end).map(stemWord);
  if (words.some((w) => [...PERSON_WORDS].some((p) => w.endsWith(p)))) return true;
  if (BEFORE_PERSON.has(texts[mention.start - 1] ?? '') || AFTER_PERSON.has(texts[mention.end] ?? '')) return true;
  if (namesGoal(texts, mention.start)) return true;
  return saysWhoTheyAre(texts);
}
