/** issuers.yaml (with the rules an issuer sets for all its credentials) and qualifications.yaml. */
import { z } from 'zod';
import { deliveryModeSchema } from './exam-schema.js';
import { factOf, group } from './fact-schema.js';
import { ruleFacts } from './recertification-schema.js';
import { idSchema, sourceSchema } from './source-schema.js';

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

export const issuersFileSchema = z.object({ issuers: z.array(issuerSchema).min(1) }).strict();
export const qualificationsFileSchema = z.object({ qualifications: z.array(qualificationSchema) }).strict();

export type Issuer = z.infer<typeof issuerSchema>;
export type Qualification = z.infer<typeof qualificationSchema>;
export type IssuerRules = z.infer<typeof issuerRulesSchema>;
