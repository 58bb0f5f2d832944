/**
 * The question as canonical tokens with chat shorthand spelled out ("u" → you, "w/" → with,
 * "v." → vs, "prereqs" → prerequisites) and filler ("pls", "thx") dropped.
 */
import { type Token, tokenizeText } from '../catalog/normalize-text.js';
import { cleanQuestion } from './clean-question.js';

const SHORTHAND: Record<string, string | null> = {
  pls: null,
  plz: null,
  please: null,
  thx: null,
  thanks: null,
  ty: null,
  yo: null,
  u: 'you',
  ur: 'your',
  r: 'are',
  w: 'with',
  wo: 'without',
  v: 'vs',
  versus: 'vs',
  b4: 'before',
  prereq: 'prerequisites',
  prereqs: 'prerequisites',
  prerequisite: 'prerequisites',
  req: 'requirements',
  reqs: 'requirements',
  requirement: 'requirements',
  diff: 'difference',
  // Cue words people often misspell (names have their own typo reading; these are not names).
  elegible: 'eligible',
  eligable: 'eligible',
  elligible: 'eligible',
  retireing: 'retiring',
  retirment: 'retirement',
  requirments: 'requirements',
  experiance: 'experience',
  recomend: 'recommend',
  reccomend: 'recommend',
  reccommend: 'recommend',
  differences: 'difference',
  rn: 'now',
  yr: 'year',
  yrs: 'years',
  hr: 'hour',
  hrs: 'hours',
  mo: 'month',
  mos: 'months',
  wk: 'week',
  wks: 'weeks',
};

/** A name with its version glued on ("cehv13", "CEHv12"): the name, then the version, as if spaced. */
const GLUED_VERSION = /^([a-z][a-z0-9+]{2,}?)(v\d{1,2})$/;

export function readWords(question: string): Token[] {
  const out: Token[] = [];
  for (const t of tokenizeText(cleanQuestion(question))) {
    const glued = GLUED_VERSION.exec(t.text);
    if (glued?.[1] && glued[2]) {
      out.push({ text: glued[1], raw: t.raw.slice(0, glued[1].length) }, { text: glued[2], raw: glued[2] });
      continue;
    }
    if (!(t.text in SHORTHAND)) {
      out.push(t);
      continue;
    }
    const spelled = SHORTHAND[t.text];
    if (spelled === null || spelled === undefined) continue;
    out.push({ text: spelled, raw: t.raw });
  }
  return out;
}
