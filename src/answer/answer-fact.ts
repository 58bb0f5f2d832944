/**
 * "how much is AAISM", "aaism cost and length", "cost of aaism and aaia": the asked fields of the named
 * credentials. Each field is resolved here by source tier (its state and the sources behind the value),
 * so renderers only format it. What the catalog does not hold (pass rates, salaries, difficulty …) is
 * said as such, with the fields it does hold offered instead; never the whole card.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { Credential, Fact, Source } from '../catalog/schema.js';
import { viewCredentials } from './credential-view.js';
import type { FactField, NotHeldField } from './read-fact-fields.js';
import { resolveFact } from './resolve-fact.js';
import type { AnswerOf, FactResolution } from './types.js';

type FactBody = Omit<AnswerOf<'fact'>, 'question' | 'interpretations'>;

/** Words by which a caveat speaks about an unheld fact ("ISACA does not publish pass rates"). */
const NOT_HELD_WORDS: Record<NotHeldField, RegExp> = {
  'pass-rate': /pass(ing)? rates?/i,
  salary: /salar/i,
  difficulty: /difficult|hard/i,
  study: /study|course|training/i,
  jobs: /\bjobs?\b|employer|demand/i,
  policies: /retake|resit|re-sit|score report|results/i,
};

/** Offered when the asked fact is not held: what people usually want next. */
const OFFERED: readonly FactField[] = ['cost', 'minutes', 'passing', 'prerequisites'];

/** The catalog fact behind a field (the main one where a field shows several) and its group's sources. */
function factOf(c: Credential, field: FactField): { fact: Fact<unknown>; group: string[] } | null {
  switch (field) {
    case 'cost':
      return { fact: c.cost.prices, group: c.cost.sources };
    case 'questions':
      return { fact: c.exam.questions, group: c.exam.sources };
    case 'minutes':
      return { fact: c.exam.minutes, group: c.exam.sources };
    case 'passing':
      return { fact: c.exam.passing, group: c.exam.sources };
    case 'format':
      return { fact: c.assessment, group: c.exam.sources };
    case 'delivery':
      return { fact: c.exam.delivery, group: c.exam.sources };
    case 'languages':
      return { fact: c.exam.languages, group: c.exam.sources };
    case 'domains':
      return { fact: c.domains.items, group: c.domains.sources };
    case 'prerequisites':
      return { fact: c.prerequisites.required, group: c.prerequisites.sources };
    case 'validity':
      return { fact: c.recertification.validity_years, group: c.recertification.sources };
    case 'renewal':
      return { fact: c.recertification.requirement, group: c.recertification.sources };
    case 'runs':
      return { fact: c.trust.administered_by, group: c.trust.sources };
    case 'recognition':
      return { fact: c.trust.accreditation, group: c.trust.sources };
    case 'dates':
    case 'register':
    case 'codes':
      return null;
  }
}

function sourcesOf(c: Credential, ids: readonly string[]): Source[] {
  return ids.map((id) => c.sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

/** A field of one credential, resolved: its state and the sources that back what is shown. */
export function resolveField(c: Credential, field: FactField): FactResolution {
  const base = { credential: c.id, field };
  if (field === 'dates') {
    const launched = c.events.find((e) => e.kind === 'launched');
    const ids = launched ? launched.sources : [...new Set(c.events.flatMap((e) => e.sources))];
    return { ...base, state: c.events.length > 0 ? 'value' : 'unknown', sources: sourcesOf(c, ids) };
  }
  if (field === 'register' || field === 'codes') {
    return { ...base, state: 'value', sources: sourcesOf(c, field === 'codes' ? c.exam.sources : c.summary_sources) };
  }
  const found = factOf(c, field);
  if (!found) return { ...base, state: 'unknown', sources: [] };
  const r = resolveFact(found.fact, found.group, c);
  switch (r.state) {
    case 'value':
      return { ...base, state: r.restsOnThirdParties ? 'third-party' : 'value', sources: r.sources };
    case 'disputed':
      return { ...base, state: 'disputed', sources: r.claims.flatMap((x) => x.sources) };
    case 'not-published':
      return { ...base, state: 'not-published', sources: r.sources };
    default:
      return { ...base, state: r.state, sources: sourcesOf(c, found.group) };
  }
}

export function answerFact(
  credentials: readonly string[],
  fields: readonly FactField[],
  notHeld: readonly NotHeldField[],
  index: CatalogIndex,
  now: Date,
): FactBody {
  const subjects = viewCredentials(credentials, index, now);
  const asked = [...new Set(fields)];
  const offered = notHeld.length > 0 && asked.length === 0 ? [...OFFERED] : [];
  const shown = asked.length > 0 ? asked : offered;
  const facts = subjects.flatMap((v) => shown.map((f) => resolveField(v.credential, f)));
  const notHeldNotes = subjects.flatMap((v) =>
    [...new Set(notHeld)].flatMap((field) =>
      [
        ...v.credential.caveats,
        // A cost note may carry what the catalog knows of retakes ("Retakes: $475 member …").
        ...(v.credential.cost.note ? [{ text: v.credential.cost.note, sources: v.credential.cost.sources }] : []),
      ]
        .filter((cv) => NOT_HELD_WORDS[field].test(cv.text))
        .slice(0, 1)
        .map((cv) => ({
          credential: v.credential.id,
          field,
          text: cv.text,
          sources: sourcesOf(v.credential, cv.sources),
        })),
    ),
  );
  return { intent: 'fact', subjects, fields: asked, notHeld: [...new Set(notHeld)], offered, facts, notHeldNotes };
}
