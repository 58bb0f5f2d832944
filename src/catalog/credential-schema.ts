/** One credential file (catalog/credentials/*.yaml): the heart of the catalog. */
import { z } from 'zod';
import { eventSchema } from './event-schema.js';
import { assessmentKindSchema, examSchema, priceSchema } from './exam-schema.js';
import { factOf, group } from './fact-schema.js';
import { recertificationSchema } from './recertification-schema.js';
import { idSchema, isoDateSchema, sourceRefs, sourceSchema } from './source-schema.js';

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

export const relationSchema = z.enum([
  'companion',
  'successor', // the related credential succeeds this one
  'replaced-by',
  'predecessor',
  'stacks-with',
  'same-acronym', // acknowledges an acronym or alias shared on purpose
]);

export const prerequisiteAltSchema = z.union([
  z.object({ credential: idSchema, active: z.boolean().default(true), note: z.string().optional() }).strict(),
  z.object({ qualification: idSchema, note: z.string().optional() }).strict(),
]);

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

export type Track = z.infer<typeof trackSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Depth = z.infer<typeof depthSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type PrerequisiteAlt = z.infer<typeof prerequisiteAltSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type CredentialEvent = Credential['events'][number];
export type AiFocus = z.infer<typeof aiFocusSchema>;
