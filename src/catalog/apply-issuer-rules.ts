/**
 * Issuer-wide rules (issuers.yaml `rules`) applied to a credential, field by field: the credential's
 * own field wins when present (a value, a state or claims); otherwise the issuer's rule, cited by the
 * issuer's source ids, whose sources join the credential's list. Pure: plain data in, plain data out.
 */
import {
  type Credential,
  type Fact,
  type Issuer,
  type IssuerRules,
  isClaims,
  isFactState,
  type Source,
} from './schema.js';

const RECERT_FIELDS = ['validity_years', 'credits', 'annual_fee', 'renew_by_exam', 'requirement'] as const;
const EXAM_FIELDS = ['delivery', 'provider'] as const;

/** A rule's value as a fact that carries its own sources (a plain value becomes one claim). */
function inherited<T>(fact: Fact<T>, ruleSources: string[]): Fact<T> {
  if (fact === undefined || isFactState(fact) || isClaims(fact)) return fact;
  return { claims: [{ value: fact, sources: [...ruleSources] }] };
}

/** Source ids a rule fact cites (its claims' or state's sources, else the rules' group sources). */
function citedIds(fact: unknown, ruleSources: string[]): string[] {
  if (isClaims(fact as Fact<unknown>))
    return (fact as { claims: { sources: string[] }[] }).claims.flatMap((c) => c.sources);
  if (isFactState(fact) && 'sources' in fact) return fact.sources;
  return ruleSources;
}

export function applyIssuerRules(credential: Credential, issuers: readonly Issuer[]): Credential {
  const issuer = issuers.find((i) => i.id === credential.issuer);
  const rules: IssuerRules | undefined = issuer?.rules;
  if (!issuer || !rules) return credential;

  const cited = new Set<string>();
  const recertification = { ...credential.recertification };
  for (const field of RECERT_FIELDS) {
    if (recertification[field] !== undefined || rules[field] === undefined) continue;
    (recertification as Record<string, unknown>)[field] = inherited(rules[field] as Fact<unknown>, rules.sources);
    for (const id of citedIds(rules[field], rules.sources)) cited.add(id);
  }
  const exam = { ...credential.exam };
  const hasExam = exam.codes.length > 0 || exam.sources.length > 0;
  if (hasExam) {
    for (const field of EXAM_FIELDS) {
      if (exam[field] !== undefined || rules[field] === undefined) continue;
      (exam as Record<string, unknown>)[field] = inherited(rules[field] as Fact<unknown>, rules.sources);
      for (const id of citedIds(rules[field], rules.sources)) cited.add(id);
    }
  }
  if (cited.size === 0) return credential;
  const own = new Set(credential.sources.map((s) => s.id));
  const added: Source[] = issuer.sources.filter((s) => cited.has(s.id) && !own.has(s.id));
  return { ...credential, sources: [...credential.sources, ...added], recertification, exam };
}
