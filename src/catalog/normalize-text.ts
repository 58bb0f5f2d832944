/**
 * The one canonical form that catalog names and user questions are both read in, so they can meet:
 * lowercase words of letters and digits, with a few spellings folded together
 * ("machine learning" → "ml", "artificial intelligence" → "ai", "generative ai" → "genai",
 * "speciality" → "specialty", "+" → "plus", "&" → "and").
 */

/** One word of a text in canonical form, with the words the user actually typed for it. */
export interface Token {
  text: string;
  raw: string;
}

/** Word sequences folded into one canonical word, longest first. */
const FOLDS: { words: string[]; into: string }[] = [
  { words: ['generative', 'artificial', 'intelligence'], into: 'genai' },
  { words: ['artificial', 'intelligence'], into: 'ai' },
  { words: ['machine', 'learning'], into: 'ml' },
  { words: ['generative', 'ai'], into: 'genai' },
  { words: ['gen', 'ai'], into: 'genai' },
];

const SPELLINGS: Record<string, string> = {
  speciality: 'specialty',
  specialities: 'specialties',
  organisation: 'organization',
  programme: 'program',
  licence: 'license',
  centre: 'center',
  centres: 'centers',
};

/** Words whose "'s" is a contraction ("what's"), not a possessive ("ISACA's", "AWS's"). */
const CONTRACTED = new Set(['what', 'that', 'it', 'there', 'who', 'where', 'how', 'let', 'here', 'he', 'she']);

/** Lowercase, strip accents, possessives and apostrophes, spell out + and &. */
function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([a-z0-9]+)['’]s\b/g, (_, word: string) => (CONTRACTED.has(word) ? `${word}s` : word))
    .replace(/['’‘`]/g, '')
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ');
}

/** Split text into canonical tokens. */
export function tokenizeText(text: string): Token[] {
  const words = simplify(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const out: Token[] = [];
  let i = 0;
  while (i < words.length) {
    const fold = FOLDS.find((f) => f.words.every((w, k) => words[i + k] === w));
    if (fold) {
      out.push({ text: fold.into, raw: fold.words.join(' ') });
      i += fold.words.length;
      continue;
    }
    const word = words[i] ?? '';
    out.push({ text: Object.hasOwn(SPELLINGS, word) ? (SPELLINGS[word] ?? word) : word, raw: word });
    i += 1;
  }
  return out;
}

/** The canonical key of a name: its tokens joined by single spaces ("SCS-C03" → "scs c03"). */
export function normalizeText(text: string): string {
  return tokenizeText(text)
    .map((t) => t.text)
    .join(' ');
}

/** The compact key of a name: its tokens run together ("SCS-C03", "scs c03", "scsc03" → "scsc03"). */
export function compactText(text: string): string {
  return tokenizeText(text)
    .map((t) => t.text)
    .join('');
}
