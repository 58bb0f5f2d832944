/**
 * Short credential acronyms that are also ordinary words or abbreviations (issue 8): CC ("cc me on this"),
 * CFR ("16 CFR part 314"), CSC ("the csc team"), CND, A+ (a school grade) and GRID ("the grid layout").
 * Typed alone they name nothing certain, so a mention made only of such an acronym counts when the question
 * is about credentials: it is the whole question ("cc", "what is cc?"), another credential or issuer is named,
 * or a certification word is used ("what cc should I get", "is cnd worth it").
 * Spelled out or issuer-qualified ("isc2 cc", "certnexus cfr") they always count.
 */
import type { Word } from './correct-typos.js';
import type { Mention } from './find-mentions.js';

/** Canonical keys (normalize-text.ts) of acronyms that read as ordinary words. */
export const WORD_LIKE_ACRONYMS: ReadonlySet<string> = new Set(['cc', 'cfr', 'csc', 'cnd', 'a plus', 'grid']);

/** Words that make a question about credentials. */
const CREDENTIAL_CUES = new Set([
  'cert',
  'certs',
  'certificate',
  'certification',
  'certifications',
  'certified',
  'credential',
  'credentials',
  'exam',
  'exams',
  'get',
  'getting',
  'take',
  'taking',
  'sit',
  'earn',
  'study',
  'studying',
  'renew',
  'renewal',
  'expire',
  'expires',
  'cost',
  'costs',
  'price',
  'fee',
  'fees',
  'worth',
  'prerequisite',
  'prerequisites',
  'eligible',
  'retire',
  'retired',
  'retires',
  'recommend',
  'vs',
  'compare',
  'versus',
  'holder',
  'holders',
  // Facts asked about a credential ("is cc free", "is a+ online", "cc passing score").
  'free',
  'voucher',
  'online',
  'proctored',
  'remote',
  'passing',
  'questions',
  'domains',
  'objectives',
  'syllabus',
  'valid',
  'validity',
  'cpe',
  'cpes',
  'retake',
  'launched',
  'difficult',
  'salary',
]);

/** Words that only frame a question about one name ("what is cc", "tell me about cc"). */
const FRAME_WORDS = new Set(['what', 'whats', 'is', 'the', 'tell', 'about', 'explain', 'info', 'details']);

function keyOf(words: readonly Word[], m: Mention): string {
  return words
    .slice(m.start, m.end)
    .map((w) => w.text)
    .join(' ');
}

function isWordLike(words: readonly Word[], m: Mention): boolean {
  return (
    WORD_LIKE_ACRONYMS.has(keyOf(words, m)) &&
    m.entries.every((e) => e.kind === 'credential' && (e.form === 'acronym' || e.form === 'id' || e.form === 'code'))
  );
}

/** Only frame words around the name; "me" counts only after "tell" ("tell me about cc", not "cc me"). */
function onlyFrame(rest: readonly string[]): boolean {
  return rest.every((w) => FRAME_WORDS.has(w) || (w === 'me' && rest.includes('tell')));
}

/** Drops mentions of word-like acronyms from questions that are not about credentials. */
export function dropWordLikeAcronyms(words: readonly Word[], mentions: readonly Mention[]): Mention[] {
  const guarded = mentions.filter((m) => isWordLike(words, m));
  if (guarded.length === 0) return [...mentions];
  const othersNamed = mentions.some(
    (m) => !guarded.includes(m) && m.entries.some((e) => e.kind === 'credential' || e.kind === 'issuer'),
  );
  const rest = words.filter((_, i) => !guarded.some((m) => i >= m.start && i < m.end)).map((w) => w.text);
  // "what do I need before A+" is the prerequisites question the cards' buttons ask.
  const asksPrerequisites = rest.includes('need') && rest.includes('before');
  const asksPrice = rest.includes('how') && rest.includes('much');
  const aboutCredentials =
    othersNamed || asksPrerequisites || asksPrice || rest.some((w) => CREDENTIAL_CUES.has(w)) || onlyFrame(rest);
  return aboutCredentials ? [...mentions] : mentions.filter((m) => !guarded.includes(m));
}
