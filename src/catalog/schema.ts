/**
 * The catalog schema, written once in zod. Every TypeScript type of the catalog is inferred from here.
 *
 * Schema 2 (the contract is /work/coord/catalog-model-spec.md; README "Catalog format" says it for users):
 * - A fact is a value, `{ state: unknown }` (omitted means the same), `{ state: not-published, sources }`
 *   or `{ state: not-applicable }`; `null` is refused with a message that says which state to use.
 * - A fact that sources disagree on is written `{ claims: [{ value, sources }, ...] }`; answers resolve
 *   it by source tier (issuer > official > seed > third-party > blog) when they are built.
 * - Issuer-wide rules (issuers.yaml `rules`) are inherited by the loader field by field.
 * - Source ids are local to the file that lists them (an issuer's sources join its credentials' lists).
 */
import { z } from 'zod';
import type { Dod8140Framework } from './dod-8140/framework-schema.js';

export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase id like "scs-c03"');

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

export const sourceKindSchema = z.enum(['issuer', 'official', 'seed', 'third-party', 'blog']);

/** Source tiers, highest first. Lower tiers never settle or dispute a higher one. */
export const SOURCE_TIERS: readonly SourceKind[] = ['issuer', 'official', 'seed', 'third-party', 'blog'];

/** The seed article's title: answers cite the seed by it. */
export const SEED_TITLE = 'The AI Security Certification Wave: ISACA AAISM, CertNexus, and AWS AI Security';

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url().optional(),
    kind: sourceKindSchema,
    /** The date this source was read (a stored copy of a page counts as the page). */
    verified: isoDateSchema,
  })
  .strict()
  .refine((s) => s.kind === 'seed' || s.url !== undefined, {
    message: 'needs a url (only the seed article may go without one)',
    path: ['url'],
  });

const sourceRefs = z.array(idSchema).min(1);

/** A month, YYYY-MM, for sources that give only the month ("December 2026"). */
export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM (01–12)');

/** A day (YYYY-MM-DD) or, where the source gives only the month, a month (YYYY-MM). */
export const dayOrMonthSchema = z.string().superRefine((s, ctx) => {
  if (/^\d{4}-\d{2}$/.test(s)) {
    if (!isoMonthSchema.safeParse(s).success) ctx.addIssue({ code: 'custom', message: 'is not a real month (01–12)' });
    return;
  }
  const day = isoDateSchema.safeParse(s);
  if (!day.success)
    ctx.addIssue({
      code: 'custom',
      message: /^\d{4}-\d{2}-\d{2}$/.test(s)
        ? 'is not a real calendar date'
        : 'must be a date written YYYY-MM-DD, or a month written YYYY-MM',
    });
});

export const NULL_FACT_MESSAGE =
  'null is not allowed (schema 2): omit the field or write { state: unknown } when no source gives it, ' +
  '{ state: not-published, sources: [id] } when a source says the issuer does not publish it, ' +
  'or { state: not-applicable } when it does not apply';

/** Why a fact has no value. An omitted fact means `unknown`. */
export const factStateSchema = z.union([
  z.object({ state: z.literal('unknown'), note: z.string().optional() }).strict(),
  z.object({ state: z.literal('not-published'), sources: sourceRefs, note: z.string().optional() }).strict(),
  z.object({ state: z.literal('not-applicable'), note: z.string().optional() }).strict(),
]);
export type FactState = z.infer<typeof factStateSchema>;

/** One sourced value. Several make a fact sources disagree on; one gives a value its own sources. */
const claimOf = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value,
      sources: sourceRefs,
      note: z.string().optional(),
    })
    .strict();

/**
 * A fact: a plain value (backed by its group's sources), a state (unknown, not-published with its
 * source, not-applicable), or the claims of sources (resolved by source tier when answers are built).
 * Use `.optional()` at the field: an omitted fact is `unknown`.
 */
export const factOf = <T extends z.ZodType>(value: T) =>
  z.union([value, factStateSchema, z.object({ claims: z.array(claimOf(value)).min(1) }).strict()], {
    error: (issue) => (issue.input === null ? NULL_FACT_MESSAGE : undefined),
  });

const positiveInt = z.number().int().positive();

/** A fixed number of questions, or a range for adaptive (CAT) exams. */
export const questionCountSchema = z.union([
  positiveInt,
  z
    .object({ min: positiveInt, max: positiveInt })
    .strict()
    .refine((r) => r.min <= r.max, 'min must not exceed max'),
]);

export const passingSchema = z.union([
  z.object({ score: z.number().positive(), min: z.number().min(0), max: z.number().positive() }).strict(),
  z.object({ percent: z.number().positive().max(100) }).strict(),
]);

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO currency code such as USD');

export const priceItemSchema = z.enum(['exam', 'application-fee', 'annual-fee', 'course-bundle', 'retake', 'other']);
export const priceAudienceSchema = z.enum(['standard', 'member', 'student', 'government', 'other']);

export const priceSchema = z
  .object({
    item: priceItemSchema,
    audience: priceAudienceSchema.default('standard'),
    amount: z.number().nonnegative(),
    currency: currencySchema.default('USD'),
    note: z.string().optional(),
  })
  .strict();

export const trackSchema = z.enum([
  'governance',
  'audit',
  'risk',
  'privacy',
  'practitioner',
  'offensive',
  'defensive',
  'platform',
  'foundational',
  'core',
]);
export const levelSchema = z.enum(['foundational', 'intermediate', 'advanced', 'expert']);
export const aiFocusSchema = z.enum(['primary', 'partial', 'none']);
export const depthSchema = z.enum(['hands-on', 'conceptual', 'mentioned']);
export const deliveryModeSchema = z.enum(['test-centre', 'online-proctored', 'online-unproctored', 'in-person-course']);
export const assessmentKindSchema = z.enum([
  'multiple-choice',
  'performance',
  'course-assessment',
  'portfolio',
  'interview',
]);

export const eventKindSchema = z.enum([
  'announced',
  'launched',
  'beta-starts',
  'beta-ends',
  'outline-change',
  'version-change',
  'price-change',
  'last-exam',
  'retired',
  'framework-version',
]);

export const relationSchema = z.enum([
  'companion',
  'successor', // the related credential succeeds this one
  'replaced-by',
  'predecessor',
  'stacks-with',
  'same-acronym', // acknowledges an acronym or alias shared on purpose
]);

/** A group's sources back its plain values; empty when every fact in it is a state or has its own claims. */
const group = { sources: z.array(idSchema).default([]) };

export const prerequisiteAltSchema = z.union([
  z.object({ credential: idSchema, active: z.boolean().default(true), note: z.string().optional() }).strict(),
  z.object({ qualification: idSchema, note: z.string().optional() }).strict(),
]);

export const examCodeSchema = z
  .object({
    code: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

export const examSchema = z
  .object({
    ...group,
    /** Newest first. Whether a code is announced, current or previous is computed from its events. */
    codes: z.array(examCodeSchema).default([]),
    questions: factOf(questionCountSchema).optional(),
    scored_questions: factOf(positiveInt).optional(),
    minutes: factOf(positiveInt).optional(),
    passing: factOf(passingSchema).optional(),
    item_types: factOf(z.string().min(1)).optional(),
    delivery: factOf(z.array(deliveryModeSchema).min(1)).optional(),
    /** The exam delivery vendor (Pearson VUE, PSI …). */
    provider: factOf(z.string().min(1)).optional(),
    languages: factOf(z.array(z.string().min(1)).min(1)).optional(),
  })
  .strict();

export const creditsSchema = z
  .object({
    per_year: positiveInt.optional(),
    per_cycle: positiveInt.optional(),
    unit: z.string().min(1).default('CPE'),
    note: z.string().optional(),
  })
  .strict();

export const annualFeeSchema = z
  .object({
    amount: z.number().nonnegative(),
    currency: currencySchema.default('USD'),
    audience: priceAudienceSchema.optional(),
    /** When it is due, in words: "by 31 January". */
    due: z.string().optional(),
  })
  .strict();

/** Facts an issuer's rules may set for all its credentials (issuers.yaml `rules`). */
const ruleFacts = {
  validity_years: factOf(positiveInt).optional(),
  credits: factOf(creditsSchema).optional(),
  annual_fee: factOf(z.union([annualFeeSchema, z.array(annualFeeSchema).min(1)])).optional(),
  renew_by_exam: factOf(z.boolean()).optional(),
  requirement: factOf(z.string().min(1)).optional(),
};

export const recertificationSchema = z
  .object({
    ...group,
    ...ruleFacts,
    /** Higher credentials whose passing renews this one. */
    renewed_by: z.array(idSchema).default([]),
  })
  .strict();

export const eventIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, 'must be an event id like "security-plus/sy0-701-last-exam"');

/** An event's date: a day, a month, or the claims of sources that disagree on it. */
export const eventDateSchema = z.union([
  dayOrMonthSchema,
  z
    .object({
      claims: z
        .array(z.object({ value: dayOrMonthSchema, sources: sourceRefs, note: z.string().optional() }).strict())
        .min(2),
    })
    .strict(),
]);

export const eventSchema = z
  .object({
    /** Unique in the catalog and never reused: reminders and sightings key on it. */
    id: eventIdSchema,
    kind: eventKindSchema,
    /** The exam code this event is about; absent = the certification itself. */
    code: z.string().min(1).optional(),
    /** The primary (English) date. */
    date: eventDateSchema,
    dates_by_language: z
      .array(z.object({ languages: z.array(z.string().min(1)).min(1), date: dayOrMonthSchema }).strict())
      .default([]),
    sources: sourceRefs,
    replaced_by: z.array(idSchema).default([]),
    replaced_by_code: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict();

const emptyGroup = { sources: [] as string[] };

export const credentialSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    acronym: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Ids this entry had before another entry was folded into it: they keep resolving to it. */
    former_ids: z.array(idSchema).default([]),
    issuer: idSchema,
    track: trackSchema,
    level: levelSchema,
    ai_focus: aiFocusSchema,
    /** Who it is for, in a few words each. */
    audience: z.array(z.string().min(1)).min(1),
    /** What it validates: a sentence or two, our own words. */
    validates: z.string().min(1),
    /** The date this entry was last checked against its sources. */
    verified: isoDateSchema,
    sources: z.array(sourceSchema).min(1),
    summary_sources: sourceRefs,
    /** Omitted for credentials without an exam; loaded as an empty group (no codes, every fact unknown). */
    exam: examSchema.default({ ...emptyGroup, codes: [] }),
    /** How the credential is assessed (backed by the exam group's sources). */
    assessment: factOf(z.array(assessmentKindSchema).min(1)).optional(),
    cost: z
      .object({
        ...group,
        prices: factOf(z.array(priceSchema).min(1)).optional(),
        note: z.string().optional(),
      })
      .strict()
      .default(emptyGroup),
    domains: z
      .object({
        ...group,
        outline: z.string().optional(), // "2025 outline", "BoK v2.1"
        items: factOf(
          z.array(z.object({ name: z.string().min(1), weight: z.number().min(0).max(100).nullable() }).strict()).min(1),
        ).optional(),
      })
      .strict()
      .default(emptyGroup),
    prerequisites: z
      .object({
        ...group,
        /** 'none' = published as having none. */
        required: factOf(
          z.union([z.literal('none'), z.object({ any_of: z.array(prerequisiteAltSchema).min(1) }).strict()]),
        ).optional(),
        experience: factOf(z.string().min(1)).optional(),
        recommended: factOf(z.string().min(1)).optional(),
      })
      .strict()
      .default(emptyGroup),
    /** Overrides the issuer's rules field by field. */
    recertification: recertificationSchema.default({ ...emptyGroup, renewed_by: [] }),
    events: z.array(eventSchema).default([]),
    trust: z
      .object({
        ...group,
        administered_by: factOf(z.string().min(1)).optional(),
        maintained_by: factOf(z.string().min(1)).optional(),
        /** Sat under an independent proctor (test centre or online proctoring service)? */
        independently_proctored: factOf(z.boolean()).optional(),
        accreditation: factOf(z.string().min(1)).optional(),
        recognition: z
          .array(
            z
              .object({
                framework: z.string().min(1), // "NICCS", "DoD 8140", "AWS Partner Network"
                status: z.enum(['listed', 'not-listed', 'unknown']),
                note: z.string().optional(),
                sources: sourceRefs.optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .default({ ...emptyGroup, recognition: [] }),
    coverage: z
      .array(
        z
          .object({
            topic: idSchema,
            depth: depthSchema,
            sources: sourceRefs,
            note: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    related: z
      .array(z.object({ credential: idSchema, relation: relationSchema, note: z.string().optional() }).strict())
      .default([]),
    caveats: z.array(z.object({ text: z.string().min(1), sources: sourceRefs }).strict()).default([]),
  })
  .strict();

/** Rules that hold for every credential of an issuer; a credential's own field overrides each. */
export const issuerRulesSchema = z
  .object({
    ...group,
    ...ruleFacts,
    delivery: factOf(z.array(deliveryModeSchema).min(1)).optional(),
    provider: factOf(z.string().min(1)).optional(),
  })
  .strict();

export const issuerSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    url: z.url(),
    kind: z.enum(['certification-body', 'cloud-vendor', 'training-provider', 'professional-association']),
    note: z.string().optional(),
    /** Sources of the issuer's rules; credentials cite them by these ids. */
    sources: z.array(sourceSchema).default([]),
    rules: issuerRulesSchema.optional(),
  })
  .strict();

export const qualificationSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    acronym: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).default([]),
    issuer: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

const listSources = z.array(sourceSchema).min(1);

export const topicSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1),
    /** True for what the seed names as covered well by none of the credentials. */
    gap: z.boolean().default(false),
    gap_note: z.string().optional(),
    sources: sourceRefs,
  })
  .strict();

export const roleSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    summary: z.string().min(1),
    /**
     * A hands-on technical role: a workshop badge or an entry resting on one source never ranks first
     * for it (answer/recommend/rank-picks.ts).
     */
    technical: z.boolean().default(false),
    /** A platform variant of another role ("cloud security engineer" on AWS): the issuer whose cloud it is. */
    platform: idSchema.optional(),
    /** The general role this one is a platform variant of; asking the general role on that platform gets this one. */
    variant_of: idSchema.optional(),
    recommendations: z
      .array(z.object({ credential: idSchema, reason: z.string().min(1), sources: sourceRefs }).strict())
      .min(1),
    paths: z.array(z.object({ steps: z.array(idSchema).min(2), note: z.string().min(1) }).strict()).default([]),
    sources: sourceRefs,
  })
  .strict();

export const issuersFileSchema = z.object({ issuers: z.array(issuerSchema).min(1) }).strict();
export const qualificationsFileSchema = z.object({ qualifications: z.array(qualificationSchema) }).strict();
export const topicsFileSchema = z.object({ sources: listSources, topics: z.array(topicSchema).min(1) }).strict();
export const rolesFileSchema = z.object({ sources: listSources, roles: z.array(roleSchema).min(1) }).strict();
export const catalogMetaSchema = z
  .object({
    version: z.string().min(1),
    schema: z.literal(2, { error: 'must be 2 (catalog schema v2)' }),
    description: z.string().optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type QuestionCount = z.infer<typeof questionCountSchema>;
export type Passing = z.infer<typeof passingSchema>;
export type Price = z.infer<typeof priceSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Depth = z.infer<typeof depthSchema>;
export type EventKind = z.infer<typeof eventKindSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type PrerequisiteAlt = z.infer<typeof prerequisiteAltSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type CredentialEvent = Credential['events'][number];
export type Issuer = z.infer<typeof issuerSchema>;
export type Qualification = z.infer<typeof qualificationSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Role = z.infer<typeof roleSchema>;
export type CatalogMeta = z.infer<typeof catalogMetaSchema>;

export type AiFocus = z.infer<typeof aiFocusSchema>;
export type DeliveryMode = z.infer<typeof deliveryModeSchema>;
export type AssessmentKind = z.infer<typeof assessmentKindSchema>;
export type PriceItem = z.infer<typeof priceItemSchema>;
export type PriceAudience = z.infer<typeof priceAudienceSchema>;
export type Credits = z.infer<typeof creditsSchema>;
export type AnnualFee = z.infer<typeof annualFeeSchema>;
export type ExamCode = z.infer<typeof examCodeSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type IssuerRules = z.infer<typeof issuerRulesSchema>;

/** One sourced value of a fact. */
export interface Claim<T> {
  value: T;
  sources: string[];
  note?: string | undefined;
}

/**
 * A raw fact as written in the catalog (after the loader applied issuer rules): a plain value backed
 * by its group's sources, a state, claims, or `undefined` (omitted), which means unknown.
 */
export type Fact<T> = T | FactState | { claims: Claim<T>[] } | undefined;

/** True for a written state (`{ state: … }`); plain values and claims are not states. */
export function isFactState(fact: unknown): fact is FactState {
  return typeof fact === 'object' && fact !== null && !Array.isArray(fact) && 'state' in fact;
}

/** True for a fact written as claims. */
export function isClaims<T>(fact: Fact<T>): fact is { claims: Claim<T>[] } {
  return typeof fact === 'object' && fact !== null && !Array.isArray(fact) && 'claims' in fact;
}

/** The state of a raw fact that holds no value (omitted = unknown), or null when it holds one. */
export function stateOf<T>(fact: Fact<T>): FactState | null {
  if (fact === undefined) return { state: 'unknown' };
  return isFactState(fact) ? fact : null;
}

/** An event date's days: the day itself, the 1st of its month, or every claimed value. */
export function eventDateValues(date: EventDate): string[] {
  return typeof date === 'string' ? [date] : date.claims.map((c) => c.value);
}

/** The whole catalog, loaded and cross-checked. Plain data: safe to pass to the pure core. */
export interface Catalog {
  meta: CatalogMeta;
  credentials: Credential[];
  issuers: Issuer[];
  qualifications: Qualification[];
  topics: Topic[];
  topicSources: Source[];
  roles: Role[];
  roleSources: Source[];
  /** The DoD 8140 qualification matrix, when the catalog carries it (catalog/frameworks/dod-8140/). */
  dod8140?: Dod8140Framework;
}
