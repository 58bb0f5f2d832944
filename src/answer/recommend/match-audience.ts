/**
 * A role the catalog lacks ("I'm a threat intel analyst"), matched against credentials' own `audience`
 * lists: an entry matches when the question names its person word ("analysts", its last word that names
 * people) and at least one more of its words ("threat intelligence"). The best-matching entries win.
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { Credential } from '../../catalog/schema.js';

const STOP = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'on',
  'for',
  'to',
  'who',
  'with',
  'from',
  'at',
  'or',
  'their',
  'people',
  'staff',
  'holders',
  'holder',
  'working',
  'work',
  'moving',
  'into',
  'new',
  'using',
]);
const SAME: Record<string, string> = { intel: 'intelligence', cyber: 'cybersecurity', infosec: 'security' };

/** Words that name people ("engineers", "leads", "CISOs"), not fields ("AI security", "AWS"). */
const PERSON = /(?:er|or|st|ant|ent|ian|al|lead|ciso|cio|staff|team|member)$/;

/**
 * Words that start what is said about the people ("engineers who want to…", "analysts in Microsoft
 * environments", "holders of CISM or CISSP"): the person word comes before them, so "want", "environments"
 * or "or" after them are never taken for it.
 */
const CLAUSE = new Set(
  `who that which whose in on at for from to with of into looking building using moving heading working
  covering responsible starting handling need needs must want wants`.split(/\s+/),
);

/** The entry's words before its first clause word: where its person word is. */
function headWords(text: string): string[] {
  const raw = text
    .toLowerCase()
    .replace(/[^a-z0-9+ ]+/g, ' ')
    .split(/\s+/);
  const cut = raw.findIndex((w) => CLAUSE.has(w));
  return wordsOf((cut < 0 ? raw : raw.slice(0, cut)).join(' '));
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9+ ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => SAME[w] ?? w)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

export interface AudienceMatch {
  /** The question's words that matched, in the question's order. */
  typed: string;
  /** The audience entries matched, best first. */
  entries: string[];
  /** Credentials whose audience matched, best first. */
  credentials: Credential[];
}

interface AudienceEntry {
  c: Credential;
  entry: string;
  words: string[];
  /** Its place in the catalog (credential, then entry order), which breaks ties as before. */
  order: number;
}

/** Every audience entry's words, by its person word (the last), read once per catalog. */
const entriesByHead = new WeakMap<CatalogIndex, Map<string, AudienceEntry[]>>();

function audienceEntries(index: CatalogIndex): Map<string, AudienceEntry[]> {
  let byHead = entriesByHead.get(index);
  if (!byHead) {
    byHead = new Map();
    let order = 0;
    for (const c of index.catalog.credentials) {
      for (const entry of c.audience) {
        const words = wordsOf(entry);
        // The person word: "practitioners looking for an introduction to AI security" is about practitioners.
        const head = headWords(entry).findLast((w) => PERSON.test(w));
        if (head === undefined) continue;
        byHead.set(head, [...(byHead.get(head) ?? []), { c, entry, words, order: order++ }]);
      }
    }
    entriesByHead.set(index, byHead);
  }
  return byHead;
}

export function matchAudience(question: string, index: CatalogIndex): AudienceMatch | null {
  const asked = wordsOf(question);
  const have = new Set(asked);
  const byHead = audienceEntries(index);
  const hits: { c: Credential; entry: string; matched: string[]; share: number; order: number }[] = [];
  for (const head of have) {
    // The word the asker puts before the person word says which people: "devops engineer, what security
    // cert" is about DevOps engineers, not the security engineers its later "security" would match.
    const before = new Set(asked.filter((_, i) => asked[i + 1] === head));
    for (const { c, entry, words, order } of byHead.get(head) ?? []) {
      const matched = words.filter((w) => have.has(w));
      if (matched.length < 2 || !words.some((w) => before.has(w))) continue;
      hits.push({ c, entry, matched, share: matched.length / words.length, order });
    }
  }
  hits.sort((a, b) => a.order - b.order);
  if (hits.length === 0) return null;
  const best = Math.max(...hits.map((h) => h.matched.length));
  const top = hits.filter((h) => h.matched.length === best).sort((a, b) => b.share - a.share);
  const credentials = [...new Set(top.map((h) => h.c))];
  const used = new Set(top.flatMap((h) => h.matched));
  return {
    typed: [...new Set(asked.filter((w) => used.has(w)))].join(' '),
    entries: [...new Set(top.map((h) => h.entry))],
    credentials,
  };
}
