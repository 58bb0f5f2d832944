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

export const NOT_HELD_FIELDS = ['pass-rate', 'salary', 'difficulty', 'study', 'jobs', 'policies'] as const;
export type NotHeldField = (typeof NOT_HELD_FIELDS)[number];

/**
 * Phrases per field, as canonical words (see normalize-text), separated by commas. The words are read with
 * credential names taken out, so "how long does AIGP last" is read as "how long does last". A `*` in a
 * phrase stands for up to GAP other words ("how much * make": "how much do holders make").
 */
export const FIELD_TEXT: Record<FactField, string> = {
  cost: `
    cost, costs, costing, price, prices, pricing, priced, fee, fees, expensive, cheap, pay for,
    dollars, usd, voucher, member price, exam fee, spend, how much * cost, how much * charge, free, is it free,
    retake fee, retake cost, retake price, retake voucher, pricey, costly, overpriced, discount, discounts,
    discounted, cheapest way
  `,
  questions: `
    how many questions, number of questions, question count, questions on, questions in, questions are,
    how many items, many questions, questions does, questions is, of questions, how many qs, qs on, qs in,
    number of qs, how many mcqs, how many q, q count, number of items, item count, number of mcqs, mcqs on, mcqs in
  `,
  minutes: `
    how long is the exam, how long is exam, exam length, length of the exam, exam duration, duration,
    how many minutes, minutes, how many hours, hours long, time limit, how long does the exam take,
    how long is the test, test length, length, long is the exam, long exam, timed, how much time,
    how long do i get, how long do you get, how long do we get, exam hours, time allowed, time allotted, mins,
    how many mins, how long * exam take, how long * test take, hours for exam, hours for the exam
  `,
  passing: `
    passing score, pass score, pass mark, passing mark, pass grade, passing grade, cut score,
    score to pass, need to pass, needed to pass, to pass, cutoff, minimum score, passing, what score,
    score do you need, score do i need, score needed, score you need, pass threshold, passing threshold
  `,
  format: `
    multiple choice, question types, question type, item types, kind of questions, type of questions,
    exam format, format, hands on, handson, practical, performance based, labs, lab based, assessment,
    adaptive, computer adaptive, cat exam, simulations, pbq, pbqs, essay, lab, a lab, open book, closed book
  `,
  delivery: `
    online, remote, remotely, from home, at home, proctored, proctoring, proctor, test center, test centers,
    testing center, in person, pearson, pearson vue, psi, delivered, delivery, sit it online, take it online,
    where can i take, where can i sit, where do i take, where do i sit, where to sit, where to take,
    where can you take, where can you sit
  `,
  languages: `
    language, languages, in english, in japanese, in spanish, in german, in french, in portuguese,
    in korean, in chinese, translated
  `,
  domains: `
    domains, domain, syllabus, exam outline, outline, objectives, exam objectives, blueprint, weights,
    weighting, whats on the exam, what is on the exam, content outline, body of knowledge, sections,
    what does * test, what does * cover, what do * test, what do * cover, what is covered, whats covered,
    what gets tested, what is tested, whats tested, what topics, which topics, topics covered, exam content,
    what does * include, what do * include, whats included, what is included, skills measured, skills outline
  `,
  prerequisites: `
    prerequisites, requirements for, entry requirements, experience required, years of experience, experience,
    how long does it take to get, how long to get, take to get certified
  `,
  validity: `
    valid, validity, how long is it good, how long does it last, how long does the cert last, last for,
    expire, expires, expiry, expiration, lifetime, does it expire, how long * last, how long * lasts,
    how long * good for, good for life, for life, never expire, never expires
  `,
  renewal: `
    renew, renews, renewal, renewing, recertify, recertification, recert, cpe, cpes, cpd, credits,
    maintain, maintenance, maintenance fee, annual fee, amf, keep it, keep the cert, continuing education,
    renewal fee, renewal fees, renewal cost, renewal costs, maintenance fees, ceu, ceus, ce fee
  `,
  dates: `
    launch date, launched, launch, release date, released, came out, come out, introduced, first offered,
    how old is, how new is, available since, what year, since when, been around, when did * start, release,
    when did * begin
  `,
  recognition: `
    dod 8140, 8140, dod 8570, 8570, dod approved, 8140 approved, niccs, recognised, recognized,
    recognition, accredited, accreditation, ansi, anab, iso 17024, 17024, approved, accredits, accredit,
    accrediting, accreditor
  `,
  runs: `
    who runs, who issues, who offers, who owns, who administers, who maintains, who makes, who made, who is behind,
    issued by, run by, administered by, maintained by, whose cert, which company, who gives, issuer, whos behind,
    issuing body, certifying body, awarding body, who certifies, who provides, org runs, organization runs,
    organisation runs, company runs, which org, which organization, which organisation, what org,
    what organization, what organisation, what company
  `,
  register: `
    register, registration, sign up, signup, book the exam, booking, schedule the exam, buy a voucher, enroll,
    enrol, apply for, where do i get, where can i buy, official page, website, link, url, official site,
    where to buy, where to book, where do i book, where can i book, how do i book, book it, buy the exam
  `,
  codes: `
    exam code, exam codes, code for, which code, what code
  `,
};

export const NOT_HELD_TEXT: Record<NotHeldField, string> = {
  'pass-rate': `
    pass rate, passing rate, pass rates, fail rate, failure rate, how many pass, how many people pass,
    percent pass, success rate, first time pass, what percentage, what percent, percentage of, how many fail,
    how many people fail, people fail, pass on the first, pass first time, pass * first time, first attempt
  `,
  salary: `
    salary, salaries, pay raise, raise, how much can i earn, earn, earning, earnings, income, paid more,
    pay bump, comp, compensation, how much * make, make more, paid, boost pay, more money, pay increase,
    better pay, higher pay, pay rise
  `,
  difficulty: `
    difficulty, difficult, how hard, hard is, hardest, is it hard, tough, toughest, how tough, easy,
    easiest, how easy, hard to pass, hard exam, hard
  `,
  study: `
    study guide, study guides, study material, study materials, how to study, how to prepare, prep, practice test,
    practice tests, practice exam, practice exams, dumps, book, books, course for, bootcamp, training for,
    how long to study, study time, resources, study for, should i study, to study, studying, study plan,
    courses, good course, prepare for, preparing for, mock exam, mock exams, sample questions, practice questions,
    training
  `,
  jobs: `
    jobs, job market, demand, in demand, employers, hiring, job postings, career prospects, what job, which job,
    job can i get
  `,
  policies: `
    retake, retakes, retaking, resit, resits, retake policy, how many attempts, attempts, if i fail, if you fail,
    fail the exam, failed, waiting period, wait before, cooling off, results, score report, score reports,
    get my results, get my score, get results
  `,
};

/**
 * Phrases that ask a field only when nothing more specific explains them: "how long is AAISM" asks the
 * exam length, but "how long is CISSP valid" asks validity and "how long should I study" asks about
 * study time; "how much is AAISM" asks the cost, "how much is the AMF" the renewal fee.
 */
export const WEAK_TEXT: { field: FactField; text: string; unless: readonly (FactField | NotHeldField)[] }[] = [
  {
    field: 'minutes',
    text: 'how long, hours',
    unless: ['validity', 'renewal', 'dates', 'prerequisites', 'study', 'policies'],
  },
  { field: 'cost', text: 'how much, hw much, how mich', unless: ['renewal', 'salary', 'minutes'] },
  { field: 'questions', text: 'questions', unless: [...FACT_FIELDS.filter((f) => f !== 'questions'), 'study'] },
];
