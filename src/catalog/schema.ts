/**
 * The catalog schema, written once in zod. Every TypeScript type of the catalog is inferred from here.
 *
 * Conventions the data follows (see README "Catalog format"):
 * - A fact nobody published is `null` and is shown as "not published"; it is never guessed.
 * - A fact that sources disagree on is written `{ claims: [{ value, sources }, ...] }`; the engine
 *   settles it by source rank (issuer > seed > corroborated third party > single third party) or
 *   reports the disagreement.
 * - Source ids are local to the file that lists them.
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

export const sourceKindSchema = z.enum(['issuer', 'seed', 'third-party']);

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url().optional(),
    kind: sourceKindSchema,
    /** The date this source was read. */
    verified: isoDateSchema,
  })
  .strict()
  .refine((s) => s.kind === 'seed' || s.url !== undefined, {
    message: 'needs a url (only the seed article may go without one)',
    path: ['url'],
  });

const sourceRefs = z.array(idSchema).min(1);

/** One sourced value; several of them make a disputed fact. */
const claimOf = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value: value.nullable(),
      sources: sourceRefs,
      note: z.string().optional(),
    })
    .strict();

/**
 * A fact: a plain value (published by its group's sources), null (not published),
 * or the claims of sources that disagree.
 */
export const factOf = <T extends z.ZodType>(value: T) =>
  z.union([value.nullable(), z.object({ claims: z.array(claimOf(value)).min(2) }).strict()]);

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

export const priceSchema = z
  .object({
    label: z.string().min(1), // "member", "non-member", "standard", "application fee"
    amount: z.number().nonnegative(),
    currency: z.string().length(3).default('USD'),
  })
  .strict();

export const trackSchema = z.enum(['governance', 'audit', 'risk', 'practitioner', 'platform', 'foundational', 'core']);
export const levelSchema = z.enum(['foundational', 'intermediate', 'advanced', 'expert']);
export const depthSchema = z.enum(['hands-on', 'conceptual', 'mentioned']);

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
]);

export const relationSchema = z.enum([
  'companion',
  'successor', // the related credential succeeds this one
  'replaced-by',
  'predecessor',
  'stacks-with',
  'same-acronym', // acknowledges an acronym or alias shared on purpose
]);

const group = { sources: sourceRefs };

export const prerequisiteAltSchema = z.union([
  z.object({ credential: idSchema, active: z.boolean().default(true), note: z.string().optional() }).strict(),
  z.object({ qualification: idSchema, note: z.string().optional() }).strict(),
]);

export const examSchema = z
  .object({
    ...group,
    codes: z
      .array(
        z
          .object({
            code: z.string().min(1),
            current: z.boolean(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    questions: factOf(questionCountSchema),
    scored_questions: factOf(positiveInt).default(null),
    minutes: factOf(positiveInt),
    passing: factOf(passingSchema),
    item_types: factOf(z.string()).default(null),
    delivery: factOf(z.string()),
    proctoring: factOf(z.string()),
    languages: factOf(z.string()).default(null),
  })
  .strict();

export const credentialSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    acronym: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    issuer: idSchema,
    track: trackSchema,
    level: levelSchema,
    /** Who it is for, in a few words each. */
    audience: z.array(z.string().min(1)).min(1),
    /** What it validates: a sentence or two, our own words. */
    validates: z.string().min(1),
    /** The date this entry was last checked against its sources. */
    verified: isoDateSchema,
    sources: z.array(sourceSchema).min(1),
    summary_sources: sourceRefs,
    exam: examSchema,
    cost: z
      .object({
        ...group,
        prices: factOf(z.array(priceSchema).min(1)),
        note: z.string().optional(),
      })
      .strict(),
    domains: z
      .object({
        ...group,
        outline: z.string().optional(), // "2025 outline", "BoK v2.1"
        items: factOf(
          z.array(z.object({ name: z.string().min(1), weight: z.number().min(0).max(100).nullable() }).strict()).min(1),
        ),
      })
      .strict(),
    prerequisites: z
      .object({
        ...group,
        /** 'none' = published as having none; null = not published. */
        required: z
          .union([z.literal('none'), z.object({ any_of: z.array(prerequisiteAltSchema).min(1) }).strict()])
          .nullable(),
        experience: z.string().nullable(),
        recommended: z.string().nullable().default(null),
      })
      .strict(),
    recertification: z
      .object({
        ...group,
        cycle_years: factOf(positiveInt),
        requirement: factOf(z.string()),
      })
      .strict(),
    events: z
      .array(
        z
          .object({
            kind: eventKindSchema,
            date: isoDateSchema,
            sources: sourceRefs,
            replaced_by: z.array(idSchema).default([]),
            note: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    trust: z
      .object({
        ...group,
        administered_by: z.string().nullable(),
        maintained_by: z.string().nullable(),
        /** Sat under an independent proctor (test centre or online proctoring service)? null = unknown. */
        independently_proctored: z.boolean().nullable(),
        assessment: z.enum(['proctored-exam', 'performance-exam', 'course-assessment', 'unknown']),
        accreditation: z.string().nullable(),
        recognition: z
          .array(
            z
              .object({
                framework: z.string().min(1), // "NICCS", "DoD 8140", "AWS Partner Network"
                status: z.enum(['listed', 'not-listed', 'unknown']),
                note: z.string().optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),
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

export const issuerSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    url: z.url(),
    kind: z.enum(['certification-body', 'cloud-vendor', 'training-provider', 'professional-association']),
    note: z.string().optional(),
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
  .object({ version: z.string().min(1), schema: z.literal(1), description: z.string().optional() })
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

/** A raw fact as written in the catalog. */
export type Fact<T> = T | null | { claims: { value: T | null; sources: string[]; note?: string | undefined }[] };

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
