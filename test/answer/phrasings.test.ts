/**
 * The phrasing corpus (phrasings.yaml): realistic questions per intent, with typos, shorthand and
 * Slack markup, plus negatives that must not resolve to a neighbouring credential. Answered at a pinned
 * date against the real catalog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { type Answer, INTENTS } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const ids = z.array(z.string());
const caseSchema = z
  .object({
    q: z.string(),
    intent: z.union([z.enum(INTENTS), z.array(z.enum(INTENTS))]).optional(),
    credentials: ids.optional(),
    exactly: z.boolean().optional(),
    candidates: ids.optional(),
    reason: z.enum(['acronym-collision', 'near-tie', 'missing-second']).optional(),
    role: z.string().nullable().optional(),
    topic: z.string().nullable().optional(),
    issuer: z.string().nullable().optional(),
    track: z.string().nullable().optional(),
    level: z.string().nullable().optional(),
    horizon: z.number().optional(),
    gapsOnly: z.boolean().optional(),
    verdict: z.string().optional(),
    held: ids.optional(),
    target: z.string().nullable().optional(),
    readAs: z.string().optional(),
    not: ids.optional(),
    fields: ids.optional(),
    notHeld: ids.optional(),
    conditions: ids.optional(),
    sort: z.string().nullable().optional(),
    count: z.boolean().optional(),
    brief: z.boolean().optional(),
  })
  .strict();
type Case = z.infer<typeof caseSchema>;

const cases = z.array(caseSchema);
const corpusSchema = z
  .object({
    lookup: cases,
    fact: cases,
    compare: cases,
    find: cases,
    qualify: cases,
    recommend: cases,
    eligibility: cases,
    deadlines: cases,
    coverage: cases,
    browse: cases,
    disambiguate: cases,
    help: cases,
    unknown: cases,
    negatives: cases,
  })
  .strict();

const corpus = corpusSchema.parse(parse(readFileSync(join(import.meta.dirname, 'phrasings.yaml'), 'utf8')));
const byIntent = INTENTS.map((intent) => [intent, corpus[intent]] as const);

/** The fields of an answer a case can name, in one flat shape. */
function fieldsOf(a: Answer) {
  return {
    role: a.intent === 'recommend' ? (a.role?.id ?? null) : undefined,
    topic: a.intent === 'coverage' ? (a.topic?.id ?? null) : undefined,
    gapsOnly: a.intent === 'coverage' ? a.topic === null && a.gaps.length > 0 : undefined,
    issuer:
      a.intent === 'browse'
        ? (a.filter.issuer?.id ?? null)
        : a.intent === 'deadlines'
          ? (a.scope.issuer?.id ?? null)
          : a.intent === 'find'
            ? (a.issuer?.id ?? null)
            : undefined,
    track: a.intent === 'browse' ? a.filter.track : undefined,
    level: a.intent === 'browse' ? a.filter.level : undefined,
    horizon: a.intent === 'deadlines' ? a.horizonDays : undefined,
    verdict: a.intent === 'eligibility' && a.target !== null ? a.verdict : undefined,
    target: a.intent === 'eligibility' ? (a.target?.credential.id ?? null) : undefined,
    held: a.intent === 'eligibility' ? a.held.map((h) => h.held.id) : undefined,
    reason: a.intent === 'disambiguate' ? a.reason : undefined,
    candidates: a.intent === 'disambiguate' ? a.candidates.map((v) => v.credential.id) : undefined,
    fields: a.intent === 'fact' ? a.fields : undefined,
    notHeld: a.intent === 'fact' ? a.notHeld : undefined,
    conditions: a.intent === 'find' ? a.filter.conditions.map((c) => c.field) : undefined,
    sort: a.intent === 'find' ? a.filter.sort : undefined,
    count: a.intent === 'find' ? a.filter.count : undefined,
    brief: a.intent === 'help' ? (a.brief ?? false) : undefined,
  };
}

function check(c: Case, expectedIntent: readonly string[], a: Answer): void {
  const got = answerCredentialIds(a);
  const fields = fieldsOf(a);
  const where = `${JSON.stringify(c.q)} → ${a.intent} ${JSON.stringify(got)}`;
  expect(expectedIntent, where).toContain(a.intent);
  if (c.credentials) {
    if (c.exactly) expect(got, where).toEqual(c.credentials);
    else expect(got.slice(0, c.credentials.length), where).toEqual(c.credentials);
  }
  if (c.candidates) expect([...(fields.candidates ?? [])].sort(), where).toEqual([...c.candidates].sort());
  for (const key of [
    'reason',
    'role',
    'topic',
    'issuer',
    'track',
    'level',
    'horizon',
    'gapsOnly',
    'verdict',
    'target',
    'sort',
    'count',
    'brief',
  ] as const) {
    if (c[key] !== undefined) expect(fields[key], `${where} (${key})`).toEqual(c[key]);
  }
  if (c.held) expect(fields.held, `${where} (held)`).toEqual(c.held);
  if (c.fields) expect(fields.fields, `${where} (fields)`).toEqual(c.fields);
  if (c.notHeld) expect(fields.notHeld, `${where} (notHeld)`).toEqual(c.notHeld);
  // The conditions named must be among those read (the status default may be added by the engine).
  for (const f of c.conditions ?? []) expect(fields.conditions, `${where} (conditions)`).toContain(f);
  for (const id of c.not ?? []) {
    expect([...got, ...(fields.candidates ?? [])], `${where} must not name ${id}`).not.toContain(id);
  }
  if (c.readAs) {
    const notes = a.interpretations.map((i) => `${i.typed} → ${i.readAs}`.toLowerCase());
    expect(
      notes.some((n) => n.includes(c.readAs?.toLowerCase() ?? '')),
      `${where} read as ${JSON.stringify(notes)}`,
    ).toBe(true);
  }
}

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

describe('phrasing corpus', () => {
  it('has at least 25 phrasings for every intent', () => {
    for (const [intent, cases] of byIntent) expect(cases.length, intent).toBeGreaterThanOrEqual(25);
  });

  for (const [intent, cases] of byIntent) {
    it.each(cases)(`${intent}: %j`, (c) => {
      check(c, [c.intent ?? intent].flat(), answerQuestion(c.q, { index, now: TODAY }));
    });
  }

  it.each(corpus.negatives)('negative: %j', (c) => {
    check(c, [c.intent ?? 'unknown'].flat(), answerQuestion(c.q, { index, now: TODAY }));
  });

  it('gives every unknown answer suggestions and examples', () => {
    for (const c of corpus.unknown) {
      const a = answerQuestion(c.q, { index, now: TODAY });
      if (a.intent !== 'unknown') continue;
      expect(a.suggestions.length, c.q).toBeGreaterThan(0);
      expect(a.examples.length, c.q).toBeGreaterThan(0);
    }
  });
});
