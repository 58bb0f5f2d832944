/**
 * Issue #10 §2, comparisons and lists at phone width: a sample of 3- and 4-way comparisons (bottom line
 * first, only the rows that differ, no wide table), warnings that name their credential, choices as
 * buttons or a menu, deadline lines that name exam codes, and live exam codes never marked previous.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { credentialChanges } from '../../../src/answer/dated-changes.js';
import type { Answer } from '../../../src/answer/types.js';
import { createNamer } from '../../../src/render/doc/create-namer.js';
import { describeAnswer } from '../../../src/render/doc/describe-answer.js';
import { changeLine } from '../../../src/render/doc/describe-deadlines.js';
import type { Line, Part } from '../../../src/render/doc/doc-types.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { lineText } from '../../../src/render/text/render-doc-text.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { visibleText } from '../support/collect-text.js';
import { type AnswerMaker, answerMaker } from '../support/make-answers.js';
import { MANY_BUDGET, phoneProblems } from '../support/phone-budget.js';

const DAYS = ['2025-06-01', '2026-03-31', '2026-12-01'];
let makers: AnswerMaker[];
let m: AnswerMaker;
beforeAll(async () => {
  makers = await Promise.all(DAYS.map((day) => answerMaker(day)));
  m = makers[2] as AnswerMaker;
});

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(ids: readonly string[], size: number, count: number, seed: number): string[][] {
  const next = seeded(seed);
  const out: string[][] = [];
  while (out.length < count) {
    const pick = new Set<string>();
    while (pick.size < size) pick.add(ids[Math.floor(next() * ids.length)] as string);
    out.push([...pick]);
  }
  return out;
}

const doc = (answer: Answer) => describeAnswer(answer, m.index);
const warnings = (parts: readonly Part[]) =>
  parts.filter((p): p is Extract<Part, { kind: 'warning' }> => p.kind === 'warning');

describe('comparisons of three and four credentials', () => {
  const cases = () => {
    const ids = m.index.catalog.credentials.map((c) => c.id);
    return [...sample(ids, 3, 30, 3), ...sample(ids, 4, 30, 4)];
  };

  it('fit a phone: valid, no table past three columns, within the budget', () => {
    const problems = cases().flatMap((ids) => {
      const answer = m.compare(ids);
      return [true, false].flatMap((tables) =>
        phoneProblems(renderSlackAnswer(answer, { lookup: m.index, tables }), MANY_BUDGET, answer.question),
      );
    });
    expect(problems).toEqual([]);
  });

  it('say the bottom line first, then one section per credential with only the rows that differ', () => {
    for (const ids of cases()) {
      const answer = m.compare(ids);
      const { doc: parts, namer } = doc(answer);
      expect(parts[0]).toMatchObject({ kind: 'title' });
      expect(parts[1]).toMatchObject({ kind: 'para', id: 'compare_bottom_line' });
      expect(parts.some((p) => p.kind === 'grid')).toBe(false);
      // Every credential named has its own section, headed by its name.
      const sections = ids.map((id) => parts.find((p) => p.id === `compare_${id}`));
      for (const [i, section] of sections.entries()) {
        if (section?.kind !== 'para') throw new Error(`${answer.question}: no section for ${ids[i]}`);
        expect(lineText(section.lines[0] as Line)).toContain(namer.credential(ids[i] as string));
      }
      // A row shown is a row that differs: its value is not the same in every section.
      const rowsOf = (section: Part | undefined) =>
        new Map(
          section?.kind === 'para'
            ? section.lines.slice(1).map((line) => {
                const [label, ...value] = lineText(line).split(': ');
                return [label, value.join(': ')] as const;
              })
            : [],
        );
      const rows = sections.map(rowsOf);
      for (const label of rows[0]?.keys() ?? []) {
        const values = new Set(rows.map((r) => r.get(label)));
        expect(values.size, `${answer.question}: ${label}`).toBeGreaterThan(1);
      }
      // What is the same for all is said once, not dropped.
      const same = parts.find((p) => p.id === 'compare_same');
      const shown = new Set([
        ...(rows[0]?.keys() ?? []),
        ...(same?.kind === 'note' ? same.lines.slice(1).map((l) => lineText(l).split(':')[0]) : []),
      ]);
      for (const label of ['Status', 'Questions', 'Time', 'Passing score', 'Cost', 'Prerequisites']) {
        expect(shown.has(label), `${answer.question}: ${label}`).toBe(true);
      }
    }
  });

  it('name every credential in Slack and in the terminal', () => {
    for (const ids of cases().slice(0, 10)) {
      const answer = m.compare(ids);
      const { namer } = doc(answer);
      const slack = visibleText(renderSlackAnswer(answer, { lookup: m.index }).blocks);
      const text = renderTextAnswer(answer, { lookup: m.index });
      for (const id of ids) {
        expect(slack).toContain(namer.credential(id));
        expect(text).toContain(namer.credential(id));
      }
    }
  });
});

describe('every warning names the credential it is about', () => {
  it('on every credential card, and in comparisons, on dates before, on and after dated events', () => {
    const problems = makers.flatMap((mk) => {
      const ids = mk.index.catalog.credentials.map((c) => c.id);
      return ids.flatMap((id, i) => {
        const other = ids[(i + 1) % ids.length] as string;
        const answers: Answer[] = [mk.lookup(id), mk.compare([id, other]), mk.eligibility(id, [])];
        return answers.flatMap((answer) => {
          const { doc: parts, namer } = describeAnswer(answer, mk.index);
          return warnings(parts)
            .filter((w) => w.id.includes('status') || w.id.includes('stale'))
            .filter((w) => {
              const about = answer.intent === 'compare' ? (w.id.includes(id) ? id : other) : id;
              return !lineText(w.line).includes(namer.credential(about));
            })
            .map((w) => `${answer.intent} ${answer.question}: ${lineText(w.line)}`);
        });
      });
    });
    expect(problems).toEqual([]);
  });

  it('a retired credential compared: "MLS-C01: Retired since …"', () => {
    const june = makers[2] as AnswerMaker;
    const text = renderTextAnswer(june.compare(['aaism', 'aaia', 'mls-c01', 'aif-c01']), { lookup: june.index });
    expect(text).toMatch(/^!! MLS-C01: Retired since 2026-04-01 · replaced by MLA-C01, AIF-C01/m);
  });
});

describe('choices are buttons or a menu', () => {
  it('the role picker is one menu of every role, each answering that role', () => {
    const msg = renderSlackAnswer(m.recommend(null), { lookup: m.index });
    const menus = msg.blocks.flatMap((b) =>
      b.type === 'section' && b.accessory?.type === 'static_select' ? [b.accessory] : [],
    );
    expect(menus).toHaveLength(1);
    const values = menus[0]?.options.map((o) => JSON.parse(o.value)) ?? [];
    expect(values).toEqual(m.index.catalog.roles.slice(0, 100).map((r) => ({ role: r.id })));
    expect(menus[0]?.action_id).toBe('answer_choice_menu');
    // No role question left to retype.
    expect(visibleText(msg.blocks)).not.toMatch(/`what should/);
  });

  it('the terminal lists the command to type for each role', () => {
    const text = renderTextAnswer(m.recommend(null), { lookup: m.index }).replace(/\s+/g, ' ');
    for (const role of m.index.catalog.roles) expect(text).toContain(`${role.name}: certdesk ask "what should`);
  });
});

describe('deadline lines of exam-code events', () => {
  it('name the codes, never "replaced by" the credential itself', () => {
    const { namer } = doc(m.compare(['cysa-plus', 'security-plus']));
    const all = createNamer([], m.index);
    const lines = m.index.catalog.credentials.flatMap((c) =>
      credentialChanges(c, '2026-12-01')
        .filter((d) => d.code !== undefined)
        .map((d) => ({ d, text: lineText(changeLine(d, all)) })),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const { d, text } of lines) {
      expect(text).toContain(d.code);
      if (d.event.replaced_by_code) expect(text).toContain(`replaced by ${d.event.replaced_by_code}`);
      // (A credential named by its newest code, SCS-C03, is rightly "replaced by SCS-C03" on its old code.)
      const name = all.credential(d.credentialId);
      if (d.event.replaced_by_code !== name) expect(text).not.toContain(`replaced by ${name}`);
    }
    const cysa = renderTextAnswer(m.deadlines(['cysa-plus']), { lookup: m.index }).replace(/\s+/g, ' ');
    expect(cysa).toContain(`${namer.credential('cysa-plus')} CS0-003: retired · replaced by CS0-004`);
  });
});

describe('exam codes on cards', () => {
  it('a code still sittable (its last day ahead, or the newest without an end) is never marked previous', () => {
    const problems = makers.flatMap((mk) =>
      mk.index.catalog.credentials.flatMap((c) => {
        const view = mk.view(c.id);
        const card = renderTextAnswer(mk.lookup(c.id), { lookup: mk.index });
        return view.status.versions
          .filter((v) => v.status !== 'previous')
          .filter((v) => card.includes(`${v.code} (previous)`) || card.includes(`${v.code} (former)`))
          .map((v) => `${c.id} ${v.code}`);
      }),
    );
    expect(problems).toEqual([]);
    for (const mk of makers) {
      for (const c of mk.index.catalog.credentials) {
        const today = mk.now.toISOString().slice(0, 10);
        for (const v of mk.view(c.id).status.versions) {
          const end = v.ends?.date;
          if (end && end.length === 10 && end > today) expect(v.status, `${c.id} ${v.code}`).not.toBe('previous');
        }
      }
    }
  });
});
