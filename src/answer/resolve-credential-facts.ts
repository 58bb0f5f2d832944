/**
 * Every fact of a credential resolved by source tier, once, when its view is built: Slack, the
 * terminal and --json all show these same resolved facts; renderers only format them. Pure.
 */
import type { Credential } from '../catalog/schema.js';
import { resolveFact } from './resolve-fact.js';
import type { ResolvedFact } from './types.js';

type Exam = Credential['exam'];
type Recert = Credential['recertification'];
type Prereq = Credential['prerequisites'];
type Trust = Credential['trust'];
type ValueOf<F> = Exclude<F, undefined | { state: string } | { claims: unknown[] }>;
type R<F> = ResolvedFact<ValueOf<F>>;

export interface CredentialFacts {
  questions: R<Exam['questions']>;
  scored_questions: R<Exam['scored_questions']>;
  minutes: R<Exam['minutes']>;
  passing: R<Exam['passing']>;
  item_types: R<Exam['item_types']>;
  delivery: R<Exam['delivery']>;
  provider: R<Exam['provider']>;
  languages: R<Exam['languages']>;
  assessment: R<Credential['assessment']>;
  prices: R<Credential['cost']['prices']>;
  domains: R<Credential['domains']['items']>;
  required: R<Prereq['required']>;
  experience: R<Prereq['experience']>;
  recommended: R<Prereq['recommended']>;
  validity_years: R<Recert['validity_years']>;
  credits: R<Recert['credits']>;
  annual_fee: R<Recert['annual_fee']>;
  renew_by_exam: R<Recert['renew_by_exam']>;
  requirement: R<Recert['requirement']>;
  administered_by: R<Trust['administered_by']>;
  maintained_by: R<Trust['maintained_by']>;
  independently_proctored: R<Trust['independently_proctored']>;
  accreditation: R<Trust['accreditation']>;
}

export type FactName = keyof CredentialFacts;

export function resolveCredentialFacts(c: Credential): CredentialFacts {
  const { exam, cost, domains, prerequisites: p, recertification: r, trust: t } = c;
  const f = <T>(fact: Parameters<typeof resolveFact<T>>[0], sources: string[]) => resolveFact<T>(fact, sources, c);
  return {
    questions: f(exam.questions, exam.sources),
    scored_questions: f(exam.scored_questions, exam.sources),
    minutes: f(exam.minutes, exam.sources),
    passing: f(exam.passing, exam.sources),
    item_types: f(exam.item_types, exam.sources),
    delivery: f(exam.delivery, exam.sources),
    provider: f(exam.provider, exam.sources),
    languages: f(exam.languages, exam.sources),
    assessment: f(c.assessment, exam.sources),
    prices: f(cost.prices, cost.sources),
    domains: f(domains.items, domains.sources),
    required: f(p.required, p.sources),
    experience: f(p.experience, p.sources),
    recommended: f(p.recommended, p.sources),
    validity_years: f(r.validity_years, r.sources),
    credits: f(r.credits, r.sources),
    annual_fee: f(r.annual_fee, r.sources),
    renew_by_exam: f(r.renew_by_exam, r.sources),
    requirement: f(r.requirement, r.sources),
    administered_by: f(t.administered_by, t.sources),
    maintained_by: f(t.maintained_by, t.sources),
    independently_proctored: f(t.independently_proctored, t.sources),
    accreditation: f(t.accreditation, t.sources),
  };
}

/** Words for each fact, for notes that list facts ("Questions, Delivery"). */
export const FACT_LABELS: Record<FactName, string> = {
  questions: 'Questions',
  scored_questions: 'Scored questions',
  minutes: 'Time',
  passing: 'Passing score',
  item_types: 'Item types',
  delivery: 'Delivery',
  provider: 'Exam provider',
  languages: 'Languages',
  assessment: 'Assessment',
  prices: 'Cost',
  domains: 'Domains',
  required: 'Prerequisites',
  experience: 'Experience',
  recommended: 'Recommended experience',
  validity_years: 'Validity',
  credits: 'Renewal credits',
  annual_fee: 'Annual fee',
  renew_by_exam: 'Renewal by exam',
  requirement: 'Renewal requirement',
  administered_by: 'Administered by',
  maintained_by: 'Maintained by',
  independently_proctored: 'Independently proctored',
  accreditation: 'Accreditation',
};
