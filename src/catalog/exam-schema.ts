/** The exam group of a credential, with its prices, delivery modes and assessment kinds. */
import { z } from 'zod';
import { factOf, group, positiveInt } from './fact-schema.js';

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

export const deliveryModeSchema = z.enum(['test-centre', 'online-proctored', 'online-unproctored', 'in-person-course']);
export const assessmentKindSchema = z.enum([
  'multiple-choice',
  'performance',
  'course-assessment',
  'portfolio',
  'interview',
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

export type QuestionCount = z.infer<typeof questionCountSchema>;
export type Passing = z.infer<typeof passingSchema>;
export type Price = z.infer<typeof priceSchema>;
export type DeliveryMode = z.infer<typeof deliveryModeSchema>;
export type AssessmentKind = z.infer<typeof assessmentKindSchema>;
export type PriceItem = z.infer<typeof priceItemSchema>;
export type PriceAudience = z.infer<typeof priceAudienceSchema>;
export type ExamCode = z.infer<typeof examCodeSchema>;
