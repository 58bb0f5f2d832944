/** Ids, dates and sources: what every other part of the catalog schema is built from. */
import { z } from 'zod';

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

export const sourceRefs = z.array(idSchema).min(1);

/** The shared source lists of topics.yaml and roles.yaml. */
export const sourceListSchema = z.array(sourceSchema).min(1);

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

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
