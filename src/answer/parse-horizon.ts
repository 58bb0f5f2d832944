/** How far ahead a question looks: "next 90 days", "in the next three months", "next year". */

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  couple: 2,
  three: 3,
  few: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
};

const UNIT_DAYS: Record<string, number> = {
  day: 1,
  days: 1,
  d: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  quarter: 91,
  quarters: 91,
  year: 365,
  years: 365,
};

const AHEAD = new Set(['next', 'coming', 'within', 'in', 'over', 'upcoming', 'following']);

/** True when a word shortly before position `i` looks ahead ("next 90 days", "in the next 3 months"). */
function looksAhead(words: readonly string[], i: number): boolean {
  return [1, 2, 3].some((back) => AHEAD.has(words[i - back] ?? ''));
}

/** The horizon a question names, in days, or null. */
export function parseHorizon(words: readonly string[]): number | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!looksAhead(words, i) && word !== 'next' && word !== 'coming' && word !== 'this') continue;
    const unit = UNIT_DAYS[words[i + 1] ?? ''];
    const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (count !== undefined && unit !== undefined && count > 0) return Math.min(count * unit, 3650);
    // "90d", "6mo"
    const packed = /^(\d+)(d|w|mo|m|y)$/.exec(word);
    if (packed) {
      const n = Number(packed[1]);
      const per = { d: 1, w: 7, mo: 30, m: 30, y: 365 }[packed[2] as 'd' | 'w' | 'mo' | 'm' | 'y'];
      if (n > 0) return Math.min(n * per, 3650);
    }
    // "next month", "next year", "coming weeks"
    if ((word === 'next' || word === 'coming' || word === 'this') && UNIT_DAYS[words[i + 1] ?? ''] !== undefined) {
      const u = words[i + 1] ?? '';
      const days = UNIT_DAYS[u] ?? 0;
      return u.endsWith('s') ? days * 3 : days;
    }
  }
  return null;
}
