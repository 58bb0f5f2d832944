/** A fact: a value, a state that says why there is none, or the claims of sources that disagree. */
import { z } from 'zod';
import { idSchema, sourceRefs } from './source-schema.js';

export const NULL_FACT_MESSAGE =
  'null is not allowed (schema 2): omit the field or write { state: unknown } when no source gives it, ' +
  '{ state: not-published, sources: [id] } when a source says the issuer does not publish it, ' +
  'or { state: not-applicable } when it does not apply';

/** Why a fact has no value. An omitted fact means `unknown`. */
export const factStateSchema = z.union([
  z.object({ state: z.literal('unknown'), note: z.string().optional() }).strict(),
  z.object({ state: z.literal('not-published'), sources: sourceRefs, note: z.string().optional() }).strict(),
  z.object({ state: z.literal('not-applicable'), note: z.string().optional() }).strict(),
]);
export type FactState = z.infer<typeof factStateSchema>;

/** One sourced value. Several make a fact sources disagree on; one gives a value its own sources. */
const claimOf = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value,
      sources: sourceRefs,
      note: z.string().optional(),
    })
    .strict();

/**
 * A fact: a plain value (backed by its group's sources), a state (unknown, not-published with its
 * source, not-applicable), or the claims of sources (resolved by source tier when answers are built).
 * Use `.optional()` at the field: an omitted fact is `unknown`.
 */
export const factOf = <T extends z.ZodType>(value: T) =>
  z.union([value, factStateSchema, z.object({ claims: z.array(claimOf(value)).min(1) }).strict()], {
    error: (issue) => (issue.input === null ? NULL_FACT_MESSAGE : undefined),
  });

export const positiveInt = z.number().int().positive();

/** A group's sources back its plain values; empty when every fact in it is a state or has its own claims. */
export const group = { sources: z.array(idSchema).default([]) };

/** One sourced value of a fact. */
export interface Claim<T> {
  value: T;
  sources: string[];
  note?: string | undefined;
}

/**
 * A raw fact as written in the catalog (after the loader applied issuer rules): a plain value backed
 * by its group's sources, a state, claims, or `undefined` (omitted), which means unknown.
 */
export type Fact<T> = T | FactState | { claims: Claim<T>[] } | undefined;

/** True for a written state (`{ state: … }`); plain values and claims are not states. */
export function isFactState(fact: unknown): fact is FactState {
  return typeof fact === 'object' && fact !== null && !Array.isArray(fact) && 'state' in fact;
}

/** True for a fact written as claims. */
export function isClaims<T>(fact: Fact<T>): fact is { claims: Claim<T>[] } {
  return typeof fact === 'object' && fact !== null && !Array.isArray(fact) && 'claims' in fact;
}

/** The state of a raw fact that holds no value (omitted = unknown), or null when it holds one. */
export function stateOf<T>(fact: Fact<T>): FactState | null {
  if (fact === undefined) return { state: 'unknown' };
  return isFactState(fact) ? fact : null;
}
