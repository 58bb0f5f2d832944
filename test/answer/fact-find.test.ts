/**
 * Fact and find answers against the real catalog. Expected values and sets are computed from the
 * catalog data here, so the tests hold as the catalog grows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { evaluateAlternatives } from '../../src/answer/answer-eligibility.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { isAiFocused, isHandsOn, needsNothing, usdExamPrice } from '../../src/answer/credential-fields.js';
import { viewCredential } from '../../src/answer/credential-view.js';
import { ROUTED_INTENTS } from '../../src/answer/parse-question.js';
import { type Answer, type AnswerOf, INTENTS } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { requiredOf } from '../../src/catalog/fact-values.js';
import type { Credential } from '../../src/catalog/schema.js';
import { costText, minutesText, passingText } from '../../src/render/doc/credential-facts.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

const ask = (q: string) => answerQuestion(q, { index, now: TODAY });

function as<I extends Answer['intent']>(intent: I, q: string): AnswerOf<I> {
  const a = ask(q);
  if (a.intent !== intent) throw new Error(`${q} → ${a.intent}, expected ${intent}`);
  return a as AnswerOf<I>;
}

/** The terminal text with line wrapping undone. */
const text = (a: Answer) => renderTextAnswer(a, { lookup: index }).replace(/\s+/g, ' ');
const onOffer = (c: Credential) => viewCredential(c, index, TODAY).status.state !== 'retired';

describe('README routing table', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z]+)`\s*\|[^|]*\|\s*(.+?)\s*\|$/gm)].map((m) => ({
    intent: m[1] ?? '',
    examples: [...(m[2] ?? '').matchAll(/`([^`]+)`/g)].map((e) => e[1] ?? ''),
  }));

  it('lists every intent the engine answers with, and only those', () => {
    expect(rows.map((r) => r.intent).sort()).toEqual([...INTENTS].sort());
    expect([...ROUTED_INTENTS].sort()).toEqual([...INTENTS].sort());
  });

  it('routes each README example to its row', () => {
    for (const row of rows) {
      expect(row.examples.length, row.intent).toBeGreaterThan(0);
      for (const q of row.examples) expect(ask(q).intent, q).toBe(row.intent);
    }
  });
});

describe('fact answers', () => {
  it('give the asked fact with its value, date and source, not the whole card', () => {
    const c = viewCredential(index.credential('scs-c03') as Credential, index, TODAY);
    const a = as('fact', 'passing score for SCS-C03');
    expect(a.fields).toEqual(['passing']);
    const t = text(a);
    expect(t).toContain(passingText(c, 'full'));
    expect(t).toContain(`As of ${c.credential.verified}`);
    expect(t).not.toContain(minutesText(c, 'full'));
    expect(renderTextAnswer(a, { lookup: index }).split('\n').length).toBeLessThan(16);
  });

  it('answer several credentials one by one, and several facts each', () => {
    const a = as('fact', 'cost of aaism and aaia');
    expect(answerCredentialIds(a)).toEqual(['aaism', 'aaia']);
    const t = text(a);
    for (const id of ['aaism', 'aaia'])
      expect(t).toContain(costText(viewCredential(index.credential(id) as Credential, index, TODAY), 'full'));
    const b = as('fact', 'aaism cost and length');
    expect(b.fields).toEqual(['cost', 'minutes']);
    expect(text(b)).toContain(
      minutesText(viewCredential(index.credential('aaism') as Credential, index, TODAY), 'full'),
    );
  });

  it('say honestly what the catalog does not hold, with the issuer page and what it does hold', () => {
    const a = as('fact', 'aaism pass rate');
    expect(a.notHeld).toEqual(['pass-rate']);
    const t = text(a);
    expect(t).toContain('does not hold pass rates');
    expect(t).toContain(a.subjects[0]?.issuer.url ?? 'missing');
    expect(t).toContain(
      costText(viewCredential(index.credential('aaism') as Credential, index, TODAY), 'full').slice(0, 20),
    );
  });

  it('retake rules are not held: said so, with what the catalog does record about retakes and its source', () => {
    const a = as('fact', 'can i retake aigp if i fail');
    expect(a.notHeld).toEqual(['policies']);
    const t = text(a);
    expect(t).toContain('does not hold retake and score-report policies for AIGP');
    expect(t).toContain(a.subjects[0]?.issuer.url ?? 'missing');
    const aigp = index.credential('aigp') as Credential;
    const retakeNote = [aigp.cost.note ?? '', ...aigp.caveats.map((c) => c.text)].find((x) => /retake/i.test(x));
    if (retakeNote) expect(t).toContain(retakeNote.replace(/\s+/g, ' '));
  });

  it('an experience requirement is never hidden behind "none required"', () => {
    // Every credential that needs no prior credential but does need experience, asked something unheld.
    const withExperience = index.catalog.credentials.filter((c) => {
      const v = viewCredential(c, index, TODAY);
      return (
        v.facts.required.state === 'value' && v.facts.required.value === 'none' && v.facts.experience.state === 'value'
      );
    });
    expect(withExperience.map((c) => c.id)).toContain('cissp');
    for (const c of withExperience) {
      const t = text(as('fact', `${c.acronym} salary`));
      expect(t, c.id).not.toMatch(/Prerequisites: None required/);
      expect(t, c.id).toContain('experience');
    }
  });

  it('a fact question naming what is held stays eligibility', () => {
    expect(ask('can I take AAISM with CISA').intent).toBe('eligibility');
    expect(ask('can I take AAISM online').intent).toBe('fact');
  });
});

describe('find answers', () => {
  it('filters by prerequisites and AI focus, as the data implies', () => {
    const a = as('find', 'which AI certs have no prerequisites');
    const expected = index.catalog.credentials
      .filter((c) => isAiFocused(c) && needsNothing(c) && onOffer(c))
      .map((c) => c.id)
      .sort();
    expect(a.items.map((i) => i.view.credential.id).sort()).toEqual(expected);
    for (const i of a.items) expect(i.values.map((v) => v.field)).toContain('prerequisites');
  });

  it('sorts by the standard US-dollar exam price and counts those without one', () => {
    const a = as('find', 'cheapest AI security cert');
    const ai = index.catalog.credentials.filter((c) => isAiFocused(c) && onOffer(c));
    const priced = ai.filter((c) => usdExamPrice(c).kind === 'usd');
    const amounts = a.items.map((i) => {
      const p = usdExamPrice(i.view.credential);
      return p.kind === 'usd' ? p.amount : Number.NaN;
    });
    expect(a.items.length).toBe(priced.length);
    expect(amounts).toEqual([...amounts].sort((x, y) => x - y));
    const left = a.leftOut.find((l) => l.field === 'price')?.views.length ?? 0;
    expect(left).toBe(ai.length - priced.length);
    if (left > 0) expect(text(a)).toContain(`${left} credential`);
  });

  it('combines conditions, and an empty result names what emptied it and the nearest', () => {
    const a = as('find', 'hands-on certs under $1');
    const handsOn = index.catalog.credentials.filter((c) => isHandsOn(c) && onOffer(c));
    expect(a.items).toEqual([]);
    if (handsOn.length > 0) {
      expect(a.emptiedBy?.field).toBe('price');
      expect(a.nearest.length).toBeGreaterThan(0);
      for (const n of a.nearest) expect(isHandsOn(n.view.credential)).toBe(true);
    }
  });

  it('counts, and lists AI security certifications grouped by track', () => {
    const count = as('find', 'how many AI security certs are there');
    const ai = index.catalog.credentials.filter((c) => isAiFocused(c) && onOffer(c));
    expect(count.filter.count).toBe(true);
    expect(count.items.length).toBe(ai.length);
    expect(text(count)).toContain(`${ai.length} credentials match`);
    const list = as('find', 'what AI security certifications are there?');
    expect(list.byTrack).toBe(true);
    expect(list.items.length).toBe(ai.length);
  });

  it('reads prices written many ways', () => {
    for (const q of [
      'ai certs under $500',
      'ai certs under 500 dollars',
      'ai certs < $500',
      'ai certs for under 0.5k',
    ]) {
      const a = as('find', q);
      expect(a.filter.conditions, q).toContainEqual({ field: 'price', op: 'max', amount: 500 });
    }
  });
});

describe('find with what the asker holds', () => {
  it('"hands-on certs I can take with Security+" keeps hands-on ones that need nothing or what Security+ meets', () => {
    const a = as('find', 'hands-on certs I can take with Security+');
    const held = [{ kind: 'credential' as const, id: 'security-plus' }];
    const expected = index.catalog.credentials
      .filter((c) => isHandsOn(c) && onOffer(c) && c.id !== 'security-plus')
      .filter((c) => {
        const required = requiredOf(c);
        return (
          required === 'none' || (required !== null && evaluateAlternatives(c, held, index).some((x) => x.satisfied))
        );
      })
      .map((c) => c.id)
      .sort();
    expect(a.items.map((i) => i.view.credential.id).sort()).toEqual(expected);
    for (const i of a.items) expect(i.values.map((v) => v.field)).toContain('sittable');
    expect(text(a)).toContain('you can sit with Security+');
  });

  it('a holding that opens a credential lists it with what opens it', () => {
    const a = as('find', 'cheapest certs I can sit with my CISA');
    const opened = index.catalog.credentials.filter((c) => {
      const r = requiredOf(c);
      return (
        r !== null &&
        r !== 'none' &&
        onOffer(c) &&
        usdExamPrice(c).kind === 'usd' &&
        evaluateAlternatives(c, [{ kind: 'credential', id: 'cisa' }], index).some((x) => x.satisfied)
      );
    });
    const ids = a.items.map((i) => i.view.credential.id);
    for (const c of opened) expect(ids).toContain(c.id);
    expect(ids).not.toContain('cisa');
    const amounts = a.items.map((i) => {
      const p = usdExamPrice(i.view.credential);
      return p.kind === 'usd' ? p.amount : Number.NaN;
    });
    expect(amounts).toEqual([...amounts].sort((x, y) => x - y));
  });

  it('counts as left out for lack of a price only what the other conditions keep', () => {
    const a = as('find', 'AI certs under $1000 I can take with CISM');
    for (const v of a.leftOut.flatMap((l) => l.views)) expect(isAiFocused(v.credential)).toBe(true);
  });
});

describe('same credential, two names', () => {
  it('"casp+ vs securityx" answers SecurityX and says they are one credential', () => {
    const a = as('lookup', 'casp+ vs securityx');
    expect(answerCredentialIds(a)).toEqual(['securityx']);
    expect(a.interpretations.some((i) => i.readAs.includes('the same credential'))).toBe(true);
  });
});

describe('dated changes of a kind and in a year', () => {
  it('"anything changing before June" ends the range the day before the next 1 June', () => {
    const a = as('deadlines', 'anything changing before June');
    const june = new Date('2027-06-01T00:00:00Z');
    for (const d of a.upcoming) expect(Date.parse(`${d.date}T00:00:00Z`)).toBeLessThan(june.getTime());
    expect(a.horizonDays).toBe(Math.round((june.getTime() - Date.parse('2026-11-24T00:00:00Z')) / 86_400_000) - 1);
    const by = as('deadlines', 'what changes by march');
    expect(by.horizonDays).toBe(Math.round((Date.parse('2027-03-31') - Date.parse('2026-11-24')) / 86_400_000));
  });

  it('"retired certs" lists only what already retired, and "being retired" looks ahead', () => {
    const a = as('deadlines', 'retired certs');
    expect(a.upcoming).toEqual([]);
    expect(a.recent.length + (a.latest?.length ?? 0)).toBeGreaterThan(0);
    for (const d of a.recent) expect(d.days).toBeLessThan(0);
    expect(text(a)).not.toContain('Nothing dated');
    expect(as('deadlines', 'what certs are being retired').past).toBeUndefined();
  });

  it('"what retired in 2025" keeps to retirements dated in 2025', () => {
    const a = as('deadlines', 'what retired in 2025');
    const all = [...a.upcoming, ...a.recent];
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(['last-exam', 'retired']).toContain(d.kind);
      expect(d.date.startsWith('2025')).toBe(true);
    }
  });

  it('"what launched in 2026" lists launches of 2026 only, and "retiring soon" no launches', () => {
    const a = as('deadlines', 'what launched in 2026');
    for (const d of [...a.upcoming, ...a.recent]) {
      expect(d.kind).toBe('launched');
      expect(d.date.startsWith('2026')).toBe(true);
    }
    const soon = as('deadlines', "what's retiring soon");
    for (const d of [...soon.upcoming, ...soon.recent]) expect(['last-exam', 'retired']).toContain(d.kind);
  });
});
