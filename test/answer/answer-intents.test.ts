/** The answer each intent builds: verdicts, lists, reasons and sources, on the real catalog. */
import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { EXAMPLE_QUESTIONS } from '../../src/answer/examples.js';
import type { Answer, AnswerOf, CredentialView } from '../../src/answer/types.js';
import { stateOf } from '../../src/catalog/schema.js';

function isIntent<I extends Answer['intent']>(a: Answer, intent: I): a is AnswerOf<I> {
  return a.intent === intent;
}

import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();

function ask<I extends Answer['intent']>(intent: I, question: string): AnswerOf<I> {
  const a = answerQuestion(question, { index, now: TODAY });
  if (!isIntent(a, intent)) throw new Error(`${question} was answered as ${a.intent}`);
  return a;
}

type Targeted = Extract<AnswerOf<'eligibility'>, { target: CredentialView }>;

/** An eligibility question about one credential. */
function askAbout(question: string): Targeted {
  const a = ask('eligibility', question);
  if (a.target === null) throw new Error(`${question} was answered without a target`);
  return a;
}

const viewIds = (views: readonly { credential: { id: string } }[]) => views.map((v) => v.credential.id);

describe('eligibility', () => {
  it('Security+ alone does not open AAISM; the answer lists the ways in and what is open instead', () => {
    const a = askAbout('can I sit AAISM with only Security+?');
    expect(a.verdict).toBe('not-eligible');
    expect(a.held).toEqual([{ held: { kind: 'credential', id: 'security-plus' }, label: 'Security+' }]);
    expect(a.alternatives.map((x) => [x.label, x.satisfied])).toEqual([
      ['an active CISM', false],
      ['an active CISSP', false],
    ]);
    expect(a.instead.length).toBeGreaterThan(0);
    for (const v of a.instead) {
      expect(v.credential.prerequisites.required, v.credential.id).toBe('none');
      expect(v.status.state).not.toBe('retired');
      expect(v.credential.id).not.toBe('aaism');
    }
    expect(viewIds(a.instead)).toContain('secai-plus');
    expect(answerCredentialIds(a)).toEqual(['aaism', ...viewIds(a.instead)]);
  });

  it('a CISSP opens AAISM, and the satisfied path is marked', () => {
    const a = askAbout('I have CISSP, can I take AAISM');
    expect(a.verdict).toBe('eligible');
    expect(a.alternatives.find((x) => x.satisfied)?.alt).toEqual({ credential: 'cissp', active: true });
    expect(a.instead).toEqual([]);
  });

  it('asked with nothing held, it lists the paths (AAIA: CISA or an audit/accounting designation)', () => {
    const a = askAbout('what do I need before AAIA');
    expect(a.verdict).toBe('needs-info');
    const labels = a.alternatives.map((x) => x.label).join(' | ');
    expect(labels).toMatch(/CISA/);
    expect(labels).toMatch(/CIA/);
    expect(labels).toMatch(/CPA/);
  });

  it('"do I need CISSP before AAISM?" explains that CISM or CISSP will do', () => {
    const a = askAbout('do I need CISSP before AAISM?');
    expect(a.verdict).toBe('needs-info');
    expect(a.alternatives.map((x) => x.label)).toEqual(['an active CISM', 'an active CISSP']);
  });

  it('an accounting designation opens AAIA', () => {
    expect(askAbout('can i take aaia with a us cpa').verdict).toBe('eligible');
  });

  it('AWS exams have no prerequisite, on AWS’s own word, and keep their recommended experience', () => {
    const a = askAbout('can I take aif-c01 with no experience');
    expect(a.verdict).toBe('no-prerequisite');
    expect(a.recommended).toMatch(/six months/);
    expect(a.sources.find((s) => s.kind === 'issuer')?.url).toMatch(
      /aws\.amazon\.com\/.*certification\/policies\/before-testing/,
    );
    for (const id of ['aif-c01', 'aip-c01', 'mla-c01', 'scs-c03', 'scs-c02', 'mls-c01']) {
      const c = index.credential(id);
      expect(c?.prerequisites.required, id).toBe('none');
      expect(c?.prerequisites.sources[0], id).toBe('aws-before-testing');
    }
  });

  it('with Security+ only, AWS AI Practitioner is among what is open instead of AAISM', () => {
    expect(viewIds(askAbout('can I sit AAISM with only Security+?').instead)).toContain('aif-c01');
  });

  it('no prerequisite and not published are told apart', () => {
    expect(askAbout('are there prerequisites for secai+').verdict).toBe('no-prerequisite');
    expect(askAbout('prerequisites for caiss').verdict).toBe('not-published');
  });
});

type EligibleFor = Extract<AnswerOf<'eligibility'>, { target: null }>;

/** "What can I take with X?": an eligibility answer without a target. */
function askList(question: string): EligibleFor {
  const a = ask('eligibility', question);
  if (a.target !== null) throw new Error(`${question} was answered about ${a.target.credential.id}`);
  return a;
}

describe('eligibility without a target ("what can I take with X?")', () => {
  const unlockedIds = (a: EligibleFor) => a.eligibleFor.unlocked.map((u) => u.view.credential.id);
  const openIds = (a: EligibleFor) => viewIds(a.eligibleFor.open);

  it('CISSP unlocks AAISM, through the CISSP alternative, and lists it first', () => {
    const a = askList('what can I sit with a CISSP');
    expect(a.held.map((h) => h.held)).toEqual([{ kind: 'credential', id: 'cissp' }]);
    expect(unlockedIds(a)).toEqual(['aaism']);
    expect(a.eligibleFor.unlocked[0]?.via.map((v) => v.alt)).toEqual([{ credential: 'cissp', active: true }]);
    expect(answerCredentialIds(a)[0]).toBe('aaism');
    expect(answerCredentialIds(a)).not.toContain('cissp');
    expect(viewIds(a.eligibleFor.notYet.map((n) => n.view))).toContain('aaia');
  });

  it('CISA unlocks AAIA, not AAISM', () => {
    const a = askList('I hold CISA — which AI certs am I eligible for?');
    expect(unlockedIds(a)).toEqual(['aaia']);
    expect(answerCredentialIds(a)[0]).toBe('aaia');
    expect(answerCredentialIds(a)).not.toContain('aaism');
  });

  it('an accounting designation unlocks AAIA on its published condition', () => {
    const a = askList('got my CIA, which ai certs can i sit?');
    expect(unlockedIds(a)).toEqual(['aaia']);
    expect(a.eligibleFor.unlocked[0]?.via[0]?.alt).toMatchObject({ qualification: 'cia', note: /IT audit/ });
  });

  it('Security+ unlocks nothing, so not AAISM; AIF-C01 is open because AWS publishes no prerequisite', () => {
    const a = askList('I only have Security+, what can I take?');
    expect(a.held.map((h) => h.held)).toEqual([{ kind: 'credential', id: 'security-plus' }]);
    expect(a.eligibleFor.unlocked).toEqual([]);
    expect(answerCredentialIds(a)).not.toContain('aaism');
    expect(answerCredentialIds(a)).toContain('aif-c01');
    expect(index.credential('aif-c01')?.prerequisites.required).toBe('none');
    const aaism = a.eligibleFor.notYet.find((n) => n.view.credential.id === 'aaism');
    expect(aaism?.alternatives.map((x) => [x.label, x.satisfied])).toEqual([
      ['an active CISM', false],
      ['an active CISSP', false],
    ]);
  });

  it('open means published as none; unpublished prerequisites are listed apart and never as open', () => {
    const a = askList('what can I take with CEH?');
    for (const v of a.eligibleFor.open) expect(v.credential.prerequisites.required, v.credential.id).toBe('none');
    const unpublished = viewIds(a.eligibleFor.notPublished);
    // An omitted fact means unknown (catalog model v2).
    for (const id of unpublished)
      expect(stateOf(index.credential(id)?.prerequisites.required), id).toEqual({ state: 'unknown' });
    expect(unpublished).toEqual(expect.arrayContaining(['aair', 'caiss', 'pecb-caisp']));
    for (const id of unpublished) expect(answerCredentialIds(a)).not.toContain(id);
  });

  it('leaves out retired credentials and what the asker already holds', () => {
    const a = askList('i have cissp and cisa, what can i do now');
    const all = [
      ...unlockedIds(a),
      ...openIds(a),
      ...viewIds(a.eligibleFor.notYet.map((n) => n.view)),
      ...viewIds(a.eligibleFor.notPublished),
    ];
    expect(all).not.toContain('mls-c01');
    expect(all).not.toContain('scs-c02');
    expect(all).not.toContain('cissp');
    expect(all).not.toContain('cisa');
    expect(new Set(all).size).toBe(all.length);
    // In the order the asker named what they hold.
    expect(unlockedIds(a)).toEqual(['aaism', 'aaia']);
  });

  it('lists what needs no prerequisite by track, then level', () => {
    const open = askList('no certs yet, what can I take?').eligibleFor.open.map((v) => v.credential);
    const tracks = open.map((c) => c.track);
    expect(tracks.filter((t, i) => t !== tracks[i - 1])).toEqual([...new Set(tracks)]);
    expect(tracks.at(-1)).toBe('core');
    const platform = open.filter((c) => c.track === 'platform').map((c) => c.id);
    expect(platform[0]).toBe('aif-c01');
  });

  it('cites the prerequisite sources of what it lists', () => {
    const a = askList('what can I sit with a CISSP');
    expect(a.sources.length).toBeGreaterThan(0);
    expect(a.sources.map((s) => s.kind)).toContain('issuer');
  });
});

describe('recommend', () => {
  it('a GRC lead gets ordered picks with reasons and sources', () => {
    const a = ask('recommend', 'what should a GRC lead take first');
    expect(a.role?.id).toBe('grc-lead');
    expect(a.picks[0]?.view.credential.id).toBe('aaism');
    for (const p of a.picks) {
      expect(p.reason.length).toBeGreaterThan(20);
      expect(p.sources.length).toBeGreaterThan(0);
    }
    expect(a.paths[0]?.steps.map((v) => v.credential.id)).toEqual(['cism', 'aaism']);
    expect(a.roles).toEqual([]);
  });

  it('the AWS shop gets SCS-C03 then AI Practitioner', () => {
    const a = ask('recommend', 'cloud security engineer in an AWS shop');
    expect(viewIds(a.picks.map((p) => p.view))).toEqual(['scs-c03', 'aif-c01']);
  });
});

describe('coverage', () => {
  it('lists who tests a topic, hands-on before conceptual, nothing retired', () => {
    const a = ask('coverage', 'which certs test MITRE ATLAS');
    expect(a.topic?.id).toBe('mitre-atlas');
    const order = ['hands-on', 'conceptual', 'mentioned'];
    const depths = a.matches.map((m) => order.indexOf(m.depth));
    expect(depths).toEqual([...depths].sort((x, y) => x - y));
    expect(a.matches.every((m) => m.view.status.state !== 'retired')).toBe(true);
    expect(a.matches.length).toBeGreaterThan(0);
    expect(a.sources.map((s) => s.id)).toContain('mitre-atlas');
  });

  it('"what do none of these cover?" lists the seed’s gaps', () => {
    const a = ask('coverage', 'what do none of these cover?');
    expect(a.topic).toBeNull();
    expect(a.gaps.map((t) => t.id).sort()).toEqual(
      [
        'agentic-ai-security',
        'ai-red-teaming',
        'membership-inference',
        'model-extraction',
        'model-supply-chain',
        'training-data-reconstruction',
      ].sort(),
    );
  });

  it('"does X cover Y?" answers for X first: listed with its depth, or not listed', () => {
    const no = ask('coverage', 'does aaism cover prompt injection');
    expect(no.asked?.map((x) => [x.view.credential.id, x.depth])).toEqual([['aaism', null]]);
    expect(answerCredentialIds(no)[0]).toBe('aaism');
    const yes = ask('coverage', 'does secai+ test prompt injection?');
    expect(yes.asked?.[0]?.depth).not.toBeNull();
    expect(yes.asked?.[0]?.depth).toBe(yes.matches.find((m) => m.view.credential.id === 'secai-plus')?.depth);
    expect(ask('coverage', 'which certs cover prompt injection').asked).toBeUndefined();
  });

  it('a gap topic asked directly is flagged as a gap', () => {
    const a = ask('coverage', 'which certs cover membership inference');
    expect(a.gaps.map((t) => t.id)).toEqual(['membership-inference']);
  });
});

describe('browse', () => {
  it('lists ISACA credentials, current ones first', () => {
    const a = ask('browse', 'list ISACA credentials');
    expect(a.filter.issuer?.id).toBe('isaca');
    expect(viewIds(a.items).sort()).toEqual([
      'aaia',
      'aair',
      'aaism',
      'ccoa',
      'cdpse',
      'cgeit',
      'cisa',
      'cism',
      'crisc',
    ]);
  });

  it('puts retired credentials last', () => {
    const a = ask('browse', 'aws certs');
    const states = a.items.map((v) => v.status.state === 'retired');
    expect(states).toEqual([...states].sort((x, y) => Number(x) - Number(y)));
    expect(viewIds(a.items).slice(-1)).toEqual(['mls-c01']);
  });

  it('filters by track and by level', () => {
    expect(ask('browse', 'governance track').items.every((v) => v.credential.track === 'governance')).toBe(true);
    expect(ask('browse', 'foundational certs').items.every((v) => v.credential.level === 'foundational')).toBe(true);
  });
});

describe('compare, help and unknown', () => {
  it('compares in the order asked', () => {
    expect(viewIds(ask('compare', 'compare scs-c03, aaism and caiss').subjects)).toEqual(['scs-c03', 'aaism', 'caiss']);
  });

  it('"compare aaism" asks for the second one, offering companions', () => {
    const a = ask('disambiguate', 'compare aaism');
    expect(a.reason).toBe('missing-second');
    expect(viewIds(a.candidates)[0]).toBe('aaism');
    expect(a.howToTell).toMatch(/second credential/);
  });

  it('a shared acronym says, per candidate, what it is about and the name to ask for it by', () => {
    const a = ask('disambiguate', 'caisp');
    expect(a.tellApart).toEqual([
      { id: 'caisp', focus: 'Hands-on AI and LLM security', ask: 'Practical DevSecOps CAISP' },
      {
        id: 'pecb-caisp',
        focus: 'Knowledge and practical skills to secure AI systems across their whole life cycle',
        ask: 'PECB CAISP',
      },
    ]);
    // The whole story, trust signals included, stays in howToTell for other consumers.
    expect(a.howToTell).toMatch(/hands-on performance exam/);
    for (const { ask: typed, id } of a.tellApart) {
      const again = answerQuestion(typed, { index, now: TODAY });
      expect(again.intent === 'lookup' && again.subject.credential.id, typed).toBe(id);
    }
  });

  it('help carries the example questions', () => {
    expect(ask('help', 'help').examples).toEqual(EXAMPLE_QUESTIONS);
  });

  it('an off-topic question gets suggestions and a short help, never an empty answer', () => {
    const a = ask('unknown', "what's for lunch");
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.every((s) => s.ask.length > 0 && s.label.length > 0)).toBe(true);
    expect(a.examples.length).toBeGreaterThan(0);
  });

  it('a near miss suggests what is close to it', () => {
    const a = ask('unknown', 'CIA');
    expect(a.suggestions.map((s) => s.id)).toContain('aaia');
    expect(a.notInCatalog?.map((q) => q.id)).toContain('cia');
  });

  it('a credential not in the catalog set against one that is: says so, the named entry offered first', () => {
    for (const [q, named] of [
      ['compare cia and aaia', 'aaia'],
      ['cia vs cisa', 'cisa'],
    ] as const) {
      const a = ask('unknown', q);
      expect(
        a.notInCatalog?.map((n) => n.id),
        q,
      ).toEqual(['cia']);
      expect(a.suggestions[0]?.id, q).toBe(named);
    }
  });

  it('every example question is understood', () => {
    for (const q of EXAMPLE_QUESTIONS) {
      expect(['unknown', 'help'], q).not.toContain(answerQuestion(q, { index, now: TODAY }).intent);
    }
  });
});
