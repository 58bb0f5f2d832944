/** How a credential is kept: validity, credits, fees; issuers may set these for all their credentials. */
import { z } from 'zod';
import { currencySchema, priceAudienceSchema } from './exam-schema.js';
import { factOf, group, positiveInt } from './fact-schema.js';
import { idSchema } from './source-schema.js';

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
export const ruleFacts = {
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

export type Credits = z.infer<typeof creditsSchema>;
export type AnnualFee = z.infer<typeof annualFeeSchema>;
