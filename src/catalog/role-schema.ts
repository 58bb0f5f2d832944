/** roles.yaml: job roles and the credentials recommended for each. */
import { z } from 'zod';
import { idSchema, sourceListSchema, sourceRefs } from './source-schema.js';

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

export const rolesFileSchema = z.object({ sources: sourceListSchema, roles: z.array(roleSchema).min(1) }).strict();

export type Role = z.infer<typeof roleSchema>;
