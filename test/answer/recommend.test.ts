/**
 * Recommendations (issue 9 §3): the first pick per role follows roles.yaml and the trust rules, workshop
 * badges and single-source entries never lead a technical role and carry their caveat wherever they
 * appear, and holdings, topics, budgets and constraints re-rank the picks. Expectations are computed
 * from the catalog data, so they hold as it grows.
 */
import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { sittable } from '../../src/answer/answer-eligibility.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { answerRecommend } from '../../src/answer/answer-recommend.js';
import { isHandsOn, isVendorNeutral, usdExamPrice } from '../../src/answer/credential-fields.js';
import { viewCredential } from '../../src/answer/credential-view.js';
import { trustFlagsOf } from '../../src/answer/recommend/trust-flags.js';
import { roleQuestion } from '../../src/answer/role-question.js';
import type { Answer, AnswerOf } from '../../src/answer/types.js';
import type { Role } from '../../src/catalog/schema.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();
const now = TODAY;

function recommend(q: string): AnswerOf<'recommend'> {
  const a: Answer = answerQuestion(q, { index, now });
  expect(a.intent, q).toBe('recommend');
  return a as AnswerOf<'recommend'>;
}

const ids = (a: AnswerOf<'recommend'>) => a.picks.map((p) => p.view.credential.id);
const flagged = (id: string) => {
  const c = index.credential(id);
  return c ? trustFlagsOf(c).length > 0 : false;
};
const canSit = (id: string) => {
  const c = index.credential(id);
  return c ? sittable(viewCredential(c, index, now)) : false;
};

/** The first pick the data and the rules imply for a role asked about with nothing else said. */
function expectedFirst(role: Role): string | undefined {
  const open = role.recommendations.map((r) => r.credential).filter(canSit);
  return open.find((id) => !flagged(id)) ?? (role.technical ? undefined : open[0]);
}

describe('first pick per role', () => {
  it('the catalog has at least 25 roles, each asked about by its own question', () => {
    expect(index.catalog.roles.length).toBeGreaterThanOrEqual(25);
  });

  it.each(index.catalog.roles.map((r) => [r.id, r] as const))('%s', (id, role) => {
    const a = recommend(roleQuestion(role));
    expect(a.role?.id).toBe(id);
    expect(ids(a)[0]).toBe(expectedFirst(role));
    // The --json contract: `credentials` lists the picks in order.
    expect(answerCredentialIds(a)).toEqual(ids(a));
  });

  it('no technical role starts with a workshop badge or a single-source entry, in the data or the answer', () => {
    const technical = index.catalog.roles.filter((r) => r.technical);
    expect(technical.length).toBeGreaterThan(10);
    for (const role of technical) {
      expect(flagged(role.recommendations[0]?.credential ?? ''), role.id).toBe(false);
      const first = recommend(roleQuestion(role)).picks[0];
      expect(first && first.caveat == null, role.id).toBe(true);
    }
  });

  it('a flagged pick carries its caveat beside it wherever it appears', () => {
    let seen = 0;
    for (const role of index.catalog.roles) {
      for (const pick of recommend(roleQuestion(role)).picks) {
        if (!flagged(pick.view.credential.id)) continue;
        seen++;
        expect(pick.caveat?.flags.length, pick.view.credential.id).toBeGreaterThan(0);
        expect(pick.caveat?.caveats.map((c) => c.text)).toEqual(pick.view.credential.caveats.map((c) => c.text));
      }
    }
    expect(seen).toBeGreaterThan(0);
    const text = renderTextAnswer(recommend('what should ai red teamers take first'), { lookup: index });
    expect(text).toMatch(/CAISS[\s\S]*Caveat:/);
  });

  it('the six technical roles that once got the same stack now get different answers', () => {
    const lists = [
      'penetration-tester',
      'ai-red-teamer',
      'appsec-engineer',
      'security-architect',
      'ml-engineer',
      'data-scientist',
    ]
      .map((id) => index.role(id))
      .map((role) => (role ? ids(recommend(roleQuestion(role))).join(' ') : ''));
    expect(new Set(lists).size).toBe(lists.length);
    expect(lists.every((l) => l.length > 0)).toBe(true);
  });
});

describe('what the asker holds', () => {
  it('"I\'m a SOC analyst who holds Security+, what next?" drops Security+ and ranks the rest', () => {
    const a = recommend("I'm a SOC analyst who holds Security+, what next?");
    expect(a.role?.id).toBe('soc-analyst');
    expect(ids(a)).not.toContain('security-plus');
    expect(a.dropped?.map((d) => [d.view.credential.id, d.why])).toContainEqual(['security-plus', 'held']);
    const rest = (index.role('soc-analyst')?.recommendations ?? [])
      .map((r) => r.credential)
      .filter((id) => id !== 'security-plus');
    expect(ids(a)[0]).toBe(rest.find((id) => !flagged(id)));
  });

  it('what a holding renews is dropped as redundant', () => {
    const a = recommend("I'm a SOC analyst with CySA+, what next?");
    const redundant = (a.dropped ?? []).filter((d) => d.why === 'redundant');
    expect(redundant.length).toBeGreaterThan(0);
    for (const d of redundant) expect(d.view.credential.recertification.renewed_by).toContain('cysa-plus');
    for (const id of ids(a)) expect(index.credential(id)?.recertification.renewed_by ?? []).not.toContain('cysa-plus');
  });

  it('"I\'m a CISSP and CISA holder working as a cloud architect on AWS, what next?" recommends for that role', () => {
    const a = recommend("I'm a CISSP and CISA holder working as a cloud architect on AWS, what next?");
    expect(a.role?.id).toBe('cloud-architect');
    expect(a.held?.map((h) => h.held.id).sort()).toEqual(['cisa', 'cissp']);
    expect(a.picks[0]?.view.issuer.id).toBe('aws');
    // What the holdings already qualify them for: every entry has a prerequisite they meet.
    const unlocked = a.unlocked ?? [];
    expect(unlocked.map((u) => u.view.credential.id)).toEqual(expect.arrayContaining(['aaism', 'aaia']));
    for (const u of unlocked) expect(u.via.length).toBeGreaterThan(0);
    // A pick that stacks with a holding says so (CCSP: a CISSP satisfies its experience requirement).
    const ccsp = a.picks.find((p) => p.view.credential.id === 'ccsp');
    expect(ccsp?.notes?.join(' ')).toContain('CISSP');
  });

  it('a prerequisite the holdings meet lifts the pick; one they do not meet lowers it', () => {
    const met = recommend("I'm a security manager with CISM, what should I take?");
    expect(ids(met)[0]).toBe('aaism');
    expect(met.picks[0]?.notes?.join(' ')).toMatch(/meets its prerequisite/);
    const unmet = recommend('security manager with security+, what should i take');
    expect(ids(unmet)[0]).not.toBe('aaism');
    const aaism = unmet.picks.find((p) => p.view.credential.id === 'aaism');
    expect(aaism?.notes?.join(' ')).toMatch(/Needs .* first/);
  });
});

describe('what the asker wants and can spend', () => {
  it('a budget puts picks within it first, then unknown prices (said), then those over it', () => {
    const a = recommend('im a soc analyst, what should i take under $500');
    const rank = (id: string) => {
      const c = index.credential(id);
      const p = c ? usdExamPrice(c) : { kind: 'none' as const };
      return p.kind === 'none' ? 1 : p.amount <= 500 ? 0 : 2;
    };
    const ranks = ids(a).map(rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(ranks[0]).toBe(0);
    for (const p of a.picks.filter((x) => rank(x.view.credential.id) === 1)) {
      expect(p.notes?.join(' ')).toMatch(/not in certdesk’s sources/);
    }
    expect(a.rankedFor).toContain('up to $500');
  });

  it('hands-on puts a hands-on pick first', () => {
    const a = recommend('appsec engineer, what should i take, hands-on only');
    const first = index.credential(ids(a)[0] ?? '');
    expect(first && isHandsOn(first)).toBe(true);
  });

  it('vendor-neutral puts a vendor-neutral pick first; a cloud named puts its own exam first', () => {
    const neutral = recommend('cloud architect, vendor-neutral, what should I take');
    expect(neutral.picks[0] && isVendorNeutral(neutral.picks[0].view)).toBe(true);
    const aws = recommend("I'm a cloud architect on AWS, what should I take?");
    expect(aws.picks[0]?.view.issuer.id).toBe('aws');
  });

  it('a cloud named picks that role’s platform variant', () => {
    for (const [q, id] of [
      ['cloud security engineer on azure, what should i take', 'cloud-security-engineer-azure'],
      ['im a cloud security engineer at an aws shop, what should i get', 'cloud-security-engineer-aws'],
      ['cloud security engineer, what should i get', 'cloud-security-engineer'],
    ] as const) {
      expect(recommend(q).role?.id, q).toBe(id);
    }
  });

  it('a topic wanted lifts the picks that test it deepest', () => {
    const a = recommend("I'm an ML engineer and want to learn prompt injection, what should I take?");
    const depth = (id: string) => index.credential(id)?.coverage.find((c) => c.topic === 'prompt-injection')?.depth;
    expect(depth(ids(a)[0] ?? '')).toBe('hands-on');
    expect(a.rankedFor?.join(' ')).toMatch(/Prompt injection/i);
  });

  it('a topic no curated pick tests brings in the credentials that do', () => {
    const body = answerRecommend(
      { intent: 'recommend', role: 'risk-manager', topic: 'prompt-injection', held: [], conditions: [] },
      index,
      now,
    );
    const added = body.picks.filter((p) => p.from === 'topic');
    expect(added.length).toBeGreaterThan(0);
    for (const p of added) {
      expect(p.view.credential.coverage.some((c) => c.topic === 'prompt-injection' && c.depth !== 'mentioned')).toBe(
        true,
      );
    }
  });

  it('asking a role for an AI cert brings in AI-security credentials whose audience names the role', () => {
    const a = recommend("i'm a SOC analyst, which ai cert");
    const first = a.picks[0]?.view.credential;
    expect(first?.ai_focus).toBe('primary');
    expect(first?.audience.some((x) => /soc analyst/i.test(x))).toBe(true);
  });
});

describe('a role the catalog lacks', () => {
  it.each([
    ["I'm a threat intel analyst, what should I take?", /threat intelligence analyst/i],
    ['what should a compliance officer take', /compliance officer/i],
  ])('%s is matched against credentials’ audience lists, and says so', (q, entry) => {
    expect(index.catalog.roles.some((r) => r.aliases.some((x) => entry.test(x)))).toBe(false);
    const a = recommend(q);
    expect(a.role).toBeNull();
    expect(a.audience?.matched.some((m) => entry.test(m))).toBe(true);
    expect(a.picks.length).toBeGreaterThan(0);
    for (const p of a.picks) {
      expect(p.from).toBe('audience');
      expect(p.view.credential.audience.some((x) => a.audience?.matched.includes(x))).toBe(true);
    }
    expect(renderTextAnswer(a, { lookup: index })).toMatch(/audience names it/);
  });

  it('with no role and no audience match, the roles one can ask about', () => {
    const a = recommend('which cert should I take first?');
    expect(a.audience ?? null).toBeNull();
    expect(a.roles.length).toBe(index.catalog.roles.length);
  });
});
