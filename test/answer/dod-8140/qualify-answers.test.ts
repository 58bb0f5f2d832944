/**
 * DoD 8140 questions answered end to end on the real catalog and matrix V2.1: the kind of answer each
 * question gets, what it holds, and its rendering within Slack's limits with the matrix cited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import type { AnswerOf } from '../../../src/answer/types.js';
import type { CatalogIndex } from '../../../src/catalog/build-catalog-index.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { validateMessage } from '../../support/block-kit-validator.js';
import { loadTestIndex, noon } from '../load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

function qualify(q: string, day = '2026-12-01'): AnswerOf<'qualify'> {
  const a = answerQuestion(q, { index, now: noon(day) });
  if (a.intent !== 'qualify') throw new Error(`${q} → ${a.intent}`);
  return a;
}

describe('qualify answers', () => {
  it('a credential: its work roles by level, V2.1 cited', () => {
    const a = qualify('is cissp 8140 approved');
    expect(a.matrix).toMatchObject({ version: '2.1', effective: '2025-09-19' });
    if (a.body.kind !== 'credential') throw new Error(a.body.kind);
    expect(a.body.subjects[0]).toMatchObject({ total: 11, byLevel: [{ level: 'Advanced' }] });
    expect(renderTextAnswer(a, { lookup: index })).toContain(
      'DoD 8140 Foundational Qualification Matrix V2.1, effective 2025-09-19',
    );
  });

  it('a role at a level: the listed certifications, cheapest first, unpriced last', () => {
    const a = qualify('which certs qualify for cyber defense analyst at intermediate');
    if (a.body.kind !== 'role') throw new Error(a.body.kind);
    expect(a.body.role.code).toBe('511');
    expect(a.body.level).toBe('Intermediate');
    expect(a.body.atLevel.map((o) => o.matrixName).sort()).toEqual(
      ['CEH(P)', 'Cloud+', 'FITSP-O', 'GCED', 'GDSA', 'GMON', 'GRID', 'GSEC', 'PenTest+', 'Security+'].sort(),
    );
    const prices = a.body.atLevel.map((o) => o.price);
    const known = prices.filter((p): p is number => p !== null);
    expect(known).toEqual([...known].sort((x, y) => x - y));
    expect(prices.slice(known.length).every((p) => p === null)).toBe(true);
    expect(a.body.otherLevels.every((o) => o.level !== 'Intermediate')).toBe(true);
  });

  it('a holding: every (role, level) by which credential', () => {
    const a = qualify('I hold CySA+ and CISSP, which DoD work roles am I qualified for?');
    if (a.body.kind !== 'holdings') throw new Error(a.body.kind);
    expect(new Set(a.body.roles.map((r) => r.role.code)).size).toBe(20);
    expect(a.body.roles.find((r) => r.role.code === '612' && r.level === 'Advanced')?.by.sort()).toEqual([
      'cissp',
      'cysa-plus',
    ]);
  });

  it('what to add to CySA+: GSEC adds the most work roles', () => {
    const a = qualify('what should I add to CySA+ to cover more 8140 roles');
    if (a.body.kind !== 'most-roles') throw new Error(a.body.kind);
    expect(a.body.ranked[0]?.view.credential.id).toBe('gsec');
    expect(a.body.ranked[0]?.added).toHaveLength(19);
  });

  it('a role with no certification options says so', () => {
    const a = qualify('dcwf 623');
    expect(a.body).toMatchObject({ kind: 'no-options', role: { code: '623', title: 'AI/ML Specialist' } });
  });

  it('AI-security credentials: none listed in V2.1, the closest listed ones named', () => {
    const a = qualify('are any AI security certs DoD 8140 approved?');
    if (a.body.kind !== 'ai') throw new Error(a.body.kind);
    expect(a.body.listedAi).toEqual([]);
    expect(a.body.closest.map((c) => c.view.credential.id)).toEqual(expect.arrayContaining(['cism', 'cissp']));
    expect(a.body.rolesWithoutOptions.map((r) => r.code)).toContain('623');
  });

  it('a job title is read as a work role in a DoD question, and the answer says so', () => {
    const a = qualify("I'm a SOC analyst, what do I need for DoD 8140?");
    expect(a.readAs[0]).toMatchObject({ role: { code: '511' } });
    expect(renderTextAnswer(a, { lookup: index })).toContain('as DCWF work role 511 Cyber Defense Analyst');
  });

  it('every kind renders within Block Kit limits', () => {
    for (const q of [
      'is cissp 8140 approved',
      'does security+ count for dod 8140',
      '8140 511',
      'dcwf 652 basic',
      'I hold CySA+ and CISSP, which DoD work roles am I qualified for?',
      'which one cert would qualify me for the most work roles',
      'what changed in 8140 v2.1',
      'are any AI security certs DoD 8140 approved?',
      'dcwf 623',
      'test and evaluation specialist 8140',
      'what is dod 8140',
    ]) {
      const msg = renderSlackAnswer(qualify(q), { lookup: index });
      expect(validateMessage(msg), q).toEqual([]);
    }
  });
});
