/** topics.yaml: the subjects credentials cover, and the gaps none covers well. */
import { z } from 'zod';
import { idSchema, sourceListSchema, sourceRefs } from './source-schema.js';

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

export const topicsFileSchema = z.object({ sources: sourceListSchema, topics: z.array(topicSchema).min(1) }).strict();

export type Topic = z.infer<typeof topicSchema>;
