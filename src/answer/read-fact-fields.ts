/**
 * The fact fields a question asks about ("how much", "passing score", "is it online"), as data: one
 * entry per field with the phrases people use for it. Adding a field is adding an entry here (and its
 * reader in credential-fields.ts). Fields the catalog does not hold (pass rates, salaries, difficulty …)
 * are listed too, so that a question about them gets an honest "not held" instead of the whole card.
 */

export const FACT_FIELDS = [
  'cost',
  'questions',
  'minutes',
  'passing',
  'format',
  'delivery',
  'languages',
  'domains',
  'prerequisites',
  'validity',
  'renewal',
  'dates',
  'recognition',
  'runs',
  'register',
  'codes',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export const NOT_HELD_FIELDS = ['pass-rate', 'salary', 'difficulty', 'study', 'jobs'] as const;
export type NotHeldField = (typeof NOT_HELD_FIELDS)[number];

/** Phrases per field, as canonical words (see normalize-text), separated by commas. */
const FIELD_TEXT: Record<FactField, string> = {
  cost: `
    how much, hw much, how mich, cost, costs, costing, price, prices, pricing, priced, fee, fees, expensive, cheap, pay for,
    dollars, usd, voucher, member price, exam fee, spend
  `,
  questions: `
    how many questions, number of questions, question count, questions on, questions in, questions are,
    how many items, many questions, questions does, questions is, of questions, how many qs, qs on, qs in,
    number of qs, question count, how many mcqs
  `,
  minutes: `
    how long is the exam, how long is exam, exam length, length of the exam, exam duration, duration,
    how many minutes, minutes, how many hours, hours long, time limit, how long does the exam take,
    how long is the test, test length, length, long is the exam, long exam, timed
  `,
  passing: `
    passing score, pass score, pass mark, passing mark, pass grade, passing grade, cut score,
    score to pass, need to pass, needed to pass, to pass, cutoff, minimum score, passing
  `,
  format: `
    multiple choice, question types, question type, item types, kind of questions, type of questions,
    exam format, format, hands on, handson, practical, performance based, labs, lab based, assessment
  `,
  delivery: `
    online, remote, remotely, from home, at home, proctored, proctoring, proctor, test center, test centers,
    testing center, in person, pearson, pearson vue, psi, delivered, delivery, sit it online, take it online,
    where can i take, where can i sit, where do i take
  `,
  languages: `
    language, languages, in english, in japanese, in spanish, in german, in french, in portuguese,
    in korean, in chinese, translated
  `,
  domains: `
    domains, domain, syllabus, exam outline, outline, objectives, exam objectives, blueprint, weights,
    weighting, whats on the exam, what is on the exam, content outline, body of knowledge, sections
  `,
  prerequisites: `
    prerequisites, requirements for, entry requirements, experience required, years of experience
  `,
  validity: `
    valid, validity, how long is it good, how long does it last, how long does the cert last, last for,
    expire, expires, expiry, expiration, lifetime, does it expire
  `,
  renewal: `
    renew, renews, renewal, renewing, recertify, recertification, recert, cpe, cpes, cpd, credits,
    maintain, maintenance, maintenance fee, annual fee, amf, keep it, keep the cert, continuing education
  `,
  dates: `
    launch date, launched, launch, release date, released, came out, come out, introduced, first offered,
    how old is, how new is, available since
  `,
  recognition: `
    dod 8140, 8140, dod 8570, 8570, dod approved, 8140 approved, niccs, recognised, recognized,
    recognition, accredited, accreditation, ansi, anab, iso 17024, 17024, approved
  `,
  runs: `
    who runs, who issues, who offers, who owns, who administers, who maintains, who makes, who is behind,
    issued by, run by, administered by, maintained by, whose cert, which company, who gives
  `,
  register: `
    register, registration, sign up, signup, book the exam, booking, schedule the exam, buy a voucher, enroll,
    enrol, apply for, where do i get, where can i buy, official page, website, link, url
  `,
  codes: `
    exam code, exam codes, code for, which code, what code
  `,
};

const NOT_HELD_TEXT: Record<NotHeldField, string> = {
  'pass-rate': `
    pass rate, passing rate, pass rates, fail rate, failure rate, how many pass, how many people pass,
    percent pass, success rate, first time pass
  `,
  salary: `
    salary, salaries, pay raise, raise, how much can i earn, earn, earning, earnings, income, paid more,
    pay bump, comp, compensation
  `,
  difficulty: `
    difficulty, difficult, how hard, hard is, hardest, is it hard, tough, toughest, how tough, easy,
    easiest, how easy, hard to pass, hard exam
  `,
  study: `
    study guide, study guides, study material, study materials, how to study, how to prepare, prep, practice test,
    practice tests, practice exam, practice exams, dumps, book, books, course for, bootcamp, training for,
    how long to study, study time, resources
  `,
  jobs: `
    jobs, job market, demand, in demand, employers, hiring, job postings, career prospects
  `,
};

function phrases(text: string): string[][] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split(/\s+/));
}

const FIELDS = FACT_FIELDS.map((field) => ({ field, phrases: phrases(FIELD_TEXT[field]) }));
const NOT_HELD = NOT_HELD_FIELDS.map((field) => ({ field, phrases: phrases(NOT_HELD_TEXT[field]) }));

/** Position of the first run of `parts` in `words`, or -1. */
function find(words: readonly string[], parts: readonly string[]): number {
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, k) => words[i + k] === p)) return i;
  }
  return -1;
}

interface Hit<F> {
  field: F;
  at: number;
  length: number;
}

function hits<F>(words: readonly string[], table: readonly { field: F; phrases: string[][] }[]): Hit<F>[] {
  const out: Hit<F>[] = [];
  const present = new Set(words);
  for (const { field, phrases: list } of table) {
    let best: Hit<F> | null = null;
    for (const p of list) {
      if (!present.has(p[0] ?? '')) continue;
      const at = find(words, p);
      if (at >= 0 && (best === null || p.length > best.length || (p.length === best.length && at < best.at))) {
        best = { field, at, length: p.length };
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** A longer phrase swallows a shorter one it overlaps ("pass rate" is not "passing"). */
function withoutShadowed<F, G>(list: Hit<F>[], over: readonly Hit<G>[]): Hit<F>[] {
  return list.filter(
    (h) =>
      !over.some(
        (o) => o.length > h.length && h.at >= o.at && h.at + h.length <= o.at + o.length && (o as Hit<unknown>) !== h,
      ),
  );
}

export interface FactFieldReading {
  /** Fields asked about, in the order the question names them. */
  fields: FactField[];
  /** Things asked about that the catalog does not hold. */
  notHeld: NotHeldField[];
}

export function readFactFields(words: readonly string[]): FactFieldReading {
  const asked = hits(words, FIELDS);
  const missing = hits(words, NOT_HELD);
  const all: Hit<unknown>[] = [...asked, ...missing];
  const fields = withoutShadowed(withoutShadowed(asked, all), missing);
  const notHeld = withoutShadowed(missing, all);
  return {
    fields: fields.sort((a, b) => a.at - b.at).map((h) => h.field),
    notHeld: notHeld.sort((a, b) => a.at - b.at).map((h) => h.field),
  };
}

/** Every word of some field phrase: ordinary words, never typos of catalog names. */
export const FACT_WORDS: ReadonlySet<string> = new Set(
  [...FIELDS, ...NOT_HELD].flatMap((f) => f.phrases.flat()).filter((w) => w.length > 3),
);
