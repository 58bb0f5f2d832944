/**
 * The words that say what kind of question it is: "vs" asks to compare, "can I sit" asks about
 * eligibility, "coming up" about dates. Each cue is a word sequence over the canonical tokens.
 */

const CUE_KINDS = [
  'help',
  'greeting',
  'compare',
  'compare-soft',
  'eligibility',
  'holds-none',
  'deadlines',
  'still',
  'coverage',
  'gaps',
  'recommend',
  'browse',
  'cert-word',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** Cue phrases by kind, separated by commas. */
const CUE_TEXT: Record<CueKind, string> = {
  help: `
    help, how do i use, how to use, how does this work, how do you work, what can you do,
    what can i ask, what do you do, what can you answer, usage, commands, examples, menu, who are you,
    what are you, what is certdesk, whats certdesk, who is certdesk, what is this bot, are you a bot,
    what kind of questions, what questions can, how do i ask, how should i ask, what can you tell me,
    who made you, who built you, who wrote you, who created you, who made certdesk, who built certdesk
  `,
  greeting: `
    hi, hello, good morning, howdy
  `,
  compare: `
    vs, compare, compared, comparing, comparison, difference, side by side, better, against
  `,
  'compare-soft': `
    or, and, between, with
  `,
  eligibility: `
    do you need, do we need, does one need, experience, how many years, can a, can an, can someone,
    can you take, can you sit, eligible, eligibility, qualify, qualified, qualifies, prerequisites,
    requirements, required, require, requires, need before, needed before, do i need, what do i need,
    need to have, need to hold, can i sit, can i take, can i do, can i apply, can i attempt,
    can i get, could i sit, could i take, am i able, allowed to, who can take, who can sit, i have,
    i hold, i got, i already have, i passed, with only, only have, is enough, enough for, without,
    gate, gatekeeping, sit for, get into, holder here, holders here, certified here, my options,
    options for me, open to me, available to me, certs for me, cert for me, lapsed, lapses, lapse, lapsing,
    expired, if my, do i keep, keep my, still hold, stay active, remain active, i can take, i can sit,
    i could take, i could sit, can take with, can sit with, i can do, i can get, i can apply, can i go for,
    could i go for, i can go for, am i allowed, let me take, let me sit, let my, revoked, do i lose, will i lose,
    lose my, need to keep, have to keep, keep active, still certified, stay certified, am i still, can anyone,
    can everyone, skip, go straight, straight to, enough to, can i book, can i register, expires next, expires soon,
    expires in, expiring soon
  `,
  'holds-none': `
    no certs yet, no cert yet, no certifications yet, no certification yet, no credentials yet, none yet,
    not certified yet, no certs so far, no certs at all, no prior certs, no existing certs, zero certs,
    dont have any certs, dont have any certifications, dont have a cert, dont have any cert,
    do not have any certs, havent got any certs, havent got any certifications, have no certs,
    have no certifications, hold no certs, without any certs, without any certifications, with no certs,
    with no certifications, with zero certs, and no certs, but no certs
  `,
  deadlines: `
    deadline, deadlines, retire, retires, retired, retiring, retirement, retirements, last day,
    last date, last exam, last chance, sunset, sunsetting, discontinued, discontinue, end of life,
    expire, expiring, changes, changing, change, upcoming, coming up, whats new, whats changing,
    new version, outline change, beta, when does, when will, when is, going away, calendar, timeline,
    dates, launch, launches, launching, launched, schedule, came out, come out, coming out, new in, anything new,
    new exams, new certs, new certifications, new credentials, released, exam updates, updated, changed,
    recently changed, recent changes, exam versions, exam version, next version, new versions, end in, ends,
    ending, betas
  `,
  still: `
    still available, still offered, still open, still take, still sit, still book, still exist,
    still around, still a thing, still valid, still worth, still running, still there,
    still possible, still active, replaced, replacement, replaces, successor, available, worth it,
    worth taking
  `,
  coverage: `
    cover, covers, covered, covering, coverage, test, tests, tested, testing, teach, teaches,
    include, includes, including, topic, topics, touch, touches, address, addresses, deal with,
    deals with, go into, goes into, focus on, focuses on, about, part of, syllabus, curriculum,
    on the exam, in the exam
  `,
  gaps: `
    none of, gap, gaps, missing, not covered, dont cover, doesnt cover, do not cover, does not cover,
    no cert, no certs, nobody, blind spot, blind spots, uncovered, left out, what do none,
    nothing covers, not tested, untested, arent covered, isnt covered, arent tested, isnt tested, nothing tests,
    no cert covers, no cert tests
  `,
  recommend: `
    what should, which should, should someone, should somebody, should they, should you, cheapest,
    easiest, quickest, fastest, hardest, most valuable, should i, should a, should an, should we,
    should my, recommend, recommended, recommendation, recommendations, suggest, suggestion, best,
    start with, where to start, where do i start, where should i start, first, path, roadmap, career,
    next step, im a, im an, i am a, i am an, as a, as an, good for, fit for, right for, pursue,
    what cert, which cert, what certs, which certs, what ai, which ai, my team, our team, upskill,
    get into ai, what security cert, which security cert, any cert, any certs, whats next, what next, what now,
    wanting, wants to, want to learn, looking to, looking for, trying to, hoping to, moving into, move into
  `,
  browse: `
    list, show, show me, all, every, browse, catalog, offer, offers, from, by, track, know about,
    do you have, do you know, you cover
  `,
  'cert-word': `
    certs, cert, certification, certifications, certificate, certificates, credential, credentials,
    exam, exams
  `,
};

/** Each kind's phrases, as word sequences. */
const CUES = CUE_KINDS.map((kind) => ({
  kind,
  phrases: CUE_TEXT[kind]
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split(/\s+/)),
}));

/** The kinds of cue a question's words contain. */
export type Cues = ReadonlySet<CueKind>;

/** True when `parts` occurs in `words` as a run of consecutive words. */
function contains(words: readonly string[], parts: readonly string[]): boolean {
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, k) => words[i + k] === p)) return true;
  }
  return false;
}

export function readCues(words: readonly string[]): Cues {
  const present = new Set(words);
  const found = (p: readonly string[]) => present.has(p[0] ?? '') && contains(words, p);
  return new Set(CUES.filter(({ phrases }) => phrases.some(found)).map(({ kind }) => kind));
}

/** Every word that is part of some cue: such words are never typos of catalog names. */
export const CUE_WORDS: ReadonlySet<string> = new Set(CUES.flatMap((c) => c.phrases.flat()));
