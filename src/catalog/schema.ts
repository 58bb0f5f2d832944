/**
 * The catalog schema, written once in zod. Every TypeScript type of the catalog is inferred from it.
 *
 * Schema 2 (README "Catalog format" is its long form, for users):
 * - A fact is a value, `{ state: unknown }` (omitted means the same), `{ state: not-published, sources }`
 *   or `{ state: not-applicable }`; `null` is refused with a message that says which state to use.
 * - A fact that sources disagree on is written `{ claims: [{ value, sources }, ...] }`; answers resolve
 *   it by source tier (issuer > official > seed > third-party > blog) when they are built.
 * - Issuer-wide rules (issuers.yaml `rules`) are inherited by the loader field by field.
 * - Source ids are local to the file that lists them (an issuer's sources join its credentials' lists).
 *
 * The schema is written in parts, one file each: source-schema (ids, dates, sources), fact-schema (facts,
 * states, claims), exam-schema (exam, delivery, prices), recertification-schema, event-schema,
 * credential-schema, issuer-schema (issuers, qualifications), topic-schema and role-schema. This file
 * holds the whole catalog and re-exports the parts, so the rest of the code imports one module.
 */
import { z } from 'zod';
import type { Credential } from './credential-schema.js';
import type { Dod8140Framework } from './dod-8140/framework-schema.js';
import type { Issuer, Qualification } from './issuer-schema.js';
import type { Role } from './role-schema.js';
import type { Source } from './source-schema.js';
import type { Topic } from './topic-schema.js';

export {
  type AiFocus,
  aiFocusSchema,
  type Credential,
  type CredentialEvent,
  credentialSchema,
  type Depth,
  depthSchema,
  type Level,
  levelSchema,
  type PrerequisiteAlt,
  prerequisiteAltSchema,
  type Relation,
  relationSchema,
  type Track,
  trackSchema,
} from './credential-schema.js';
export {
  type EventDate,
  type EventKind,
  eventDateSchema,
  eventDateValues,
  eventIdSchema,
  eventKindSchema,
  eventSchema,
} from './event-schema.js';
export {
  type AssessmentKind,
  assessmentKindSchema,
  currencySchema,
  type DeliveryMode,
  deliveryModeSchema,
  type ExamCode,
  examCodeSchema,
  examSchema,
  type Passing,
  type Price,
  type PriceAudience,
  type PriceItem,
  passingSchema,
  priceAudienceSchema,
  priceItemSchema,
  priceSchema,
  type QuestionCount,
  questionCountSchema,
} from './exam-schema.js';
export {
  type Claim,
  type Fact,
  type FactState,
  factOf,
  factStateSchema,
  isClaims,
  isFactState,
  NULL_FACT_MESSAGE,
  stateOf,
} from './fact-schema.js';
export {
  type Issuer,
  type IssuerRules,
  issuerRulesSchema,
  issuerSchema,
  issuersFileSchema,
  type Qualification,
  qualificationSchema,
  qualificationsFileSchema,
} from './issuer-schema.js';
export {
  type AnnualFee,
  annualFeeSchema,
  type Credits,
  creditsSchema,
  recertificationSchema,
} from './recertification-schema.js';
export { type Role, roleSchema, rolesFileSchema } from './role-schema.js';
export {
  dayOrMonthSchema,
  idSchema,
  isoDateSchema,
  isoMonthSchema,
  SEED_TITLE,
  SOURCE_TIERS,
  type Source,
  type SourceKind,
  sourceKindSchema,
  sourceSchema,
} from './source-schema.js';
export { type Topic, topicSchema, topicsFileSchema } from './topic-schema.js';

export const catalogMetaSchema = z
  .object({
    version: z.string().min(1),
    schema: z.literal(2, { error: 'must be 2 (catalog schema v2)' }),
    description: z.string().optional(),
  })
  .strict();

export type CatalogMeta = z.infer<typeof catalogMetaSchema>;

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
