/** A credential's dated events (launch, last exam, retirement …): what deadlines and reminders read. */
import { z } from 'zod';
import { dayOrMonthSchema, idSchema, sourceRefs } from './source-schema.js';

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

export type EventKind = z.infer<typeof eventKindSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;

/** An event date's days: the day itself, the 1st of its month, or every claimed value. */
export function eventDateValues(date: EventDate): string[] {
  return typeof date === 'string' ? [date] : date.claims.map((c) => c.value);
}
