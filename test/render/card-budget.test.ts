/**
 * Issue 10 §1 over the whole catalog: every credential card, every fact answer about every credential,
 * a find over the whole catalog and the long DoD 8140 role lists fit a phone; everything they leave out is
 * behind More details or Show all, within view limits. Visible characters are counted by the test's own
 * function (support/count-visible.ts), not the app's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { buildAnswer } from '../../src/answer/build-answer.js';
import { FACT_FIELDS } from '../../src/answer/read-fact-fields.js';
import type { Answer } from '../../src/answer/types.js';
import type { Block, SlackMessage } from '../../src/render/slack/block-types.js';
import { renderDetailsMessage, renderDetailsView } from '../../src/render/slack/render-details.js';
import { renderSlackAnswer } from '../../src/render/slack/render-slack-answer.js';
import { validateMessage, validateView } from '../support/block-kit-validator.js';
import { blockText, visibleChars } from './support/count-visible.js';
import { type AnswerMaker, answerMaker } from './support/make-answers.js';

const DAYS = ['2025-06-01', '2026-03-31', '2026-12-01'];
let makers: AnswerMaker[];
let today: AnswerMaker;
beforeAll(async () => {
  makers = await Promise.all(DAYS.map((day) => answerMaker(day)));
  today = makers[2] as AnswerMaker;
});

const CARD = { blocks: 8, chars: 1000 };
const FACT = { blocks: 6, chars: 600 };
const LIST_LINES = 10;

/** What is wrong with a message against a budget: Block Kit problems, too many blocks, too much text. */
function overBudget(what: string, msg: SlackMessage, budget: { blocks: number; chars: number }): string[] {
  const chars = visibleChars(msg.blocks);
  return [
    ...validateMessage(msg).map((p) => `${what}: ${p}`),
    ...(msg.blocks.length > budget.blocks ? [`${what}: ${msg.blocks.length} blocks`] : []),
    ...(chars > budget.chars ? [`${what}: ${chars} visible characters`] : []),
  ];
}

const actionIds = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));

/** Lines that name a credential in a list (bulleted or numbered), in the blocks' visible text. */
const listLines = (blocks: readonly unknown[]) =>
  blocks.flatMap((b) => blockText(b).split('\n')).filter((line) => /^(•|\d+\.) /.test(line));

function modalProblems(what: string, answer: Answer, lookup = today.index): string[] {
  const view = renderDetailsView(answer, lookup);
  if (!view) return [`${what}: no details view`];
  const message = renderDetailsMessage(answer, lookup);
  return [
    ...validateView(view).map((p) => `${what} (modal): ${p}`),
    ...(view.blocks.length > 100 ? [`${what} (modal): ${view.blocks.length} blocks`] : []),
    ...(view.blocks.some((b) => b.type === 'table') ? [`${what} (modal): a table block`] : []),
    ...(message ? validateMessage(message).map((p) => `${what} (ephemeral): ${p}`) : [`${what}: no details message`]),
  ];
}

describe('credential cards', () => {
  it('every card, on every pinned date, is at most 8 blocks and 1,000 visible characters, with More details', () => {
    const problems = makers.flatMap((m) =>
      m.index.catalog.credentials.flatMap((c) => {
        const msg = renderSlackAnswer(m.lookup(c.id), { lookup: m.index });
        const ids = actionIds(msg.blocks);
        return [
          ...overBudget(`${c.id} on ${m.now.toISOString().slice(0, 10)}`, msg, CARD),
          ...(ids[0] === 'card_details' ? [] : [`${c.id}: More details is not the first button (${ids.join(', ')})`]),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('still fits when read from a typo and shared into a channel', () => {
    const problems = today.index.catalog.credentials.flatMap((c) => {
      const answer = { ...today.lookup(c.id, 'x'), interpretations: [{ typed: 'x', readAs: c.acronym }] };
      const msg = renderSlackAnswer(answer, { lookup: today.index, sharedBy: 'U024BE7LH', shareable: false });
      return overBudget(`${c.id} shared`, msg, CARD);
    });
    expect(problems).toEqual([]);
  });

  it('a stale, retired card says both in one warning and still fits', () => {
    const june = makers[2] as AnswerMaker;
    const mls = june.view('mls-c01').credential;
    const stale = { ...june.lookup('mls-c01'), subject: june.viewOf({ ...mls, verified: '2026-01-02' }) };
    const msg = renderSlackAnswer(stale, { lookup: june.index });
    expect(overBudget('stale mls-c01', msg, CARD)).toEqual([]);
    const warnings = msg.blocks.map(blockText).filter((t) => t.startsWith('•'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /Retired since 2026-04-01 .* · MLS-C01 was last checked against its sources on 2026-01-02/,
    );
  });

  it('names the strongest source and counts the rest; says the first caveat', () => {
    for (const c of today.index.catalog.credentials) {
      const msg = renderSlackAnswer(today.lookup(c.id), { lookup: today.index });
      const shown = msg.blocks.map(blockText).join('\n');
      expect(shown, c.id).toMatch(c.sources.length > 1 ? new RegExp(`· ${c.sources.length - 1} more`) : /Source: /);
      const first = c.caveats[0]?.text.split(' ').slice(0, 4).join(' ');
      if (first) expect(shown, c.id).toContain(`Caveat: ${first}`);
    }
  });

  it('opens everything else for every credential in a valid modal (and a valid private message)', () => {
    const problems = today.index.catalog.credentials.flatMap((c) => modalProblems(c.id, today.lookup(c.id)));
    expect(problems).toEqual([]);
  });

  it('the details hold what the card leaves out: domains, trust, coverage, dates, related, every caveat and source', () => {
    for (const id of ['aaism', 'scs-c03', 'security-plus']) {
      const c = today.view(id).credential;
      const view = renderDetailsView(today.lookup(id), today.index);
      const text = (view?.blocks ?? []).map(blockText).join('\n');
      expect(text).toContain('Domains');
      expect(text).toContain('Trust signals');
      expect(text).toContain('Recognised by');
      for (const caveat of c.caveats) expect(text).toContain(caveat.text.slice(0, 40));
      for (const source of c.sources) expect(text).toContain(source.title.slice(0, 30));
      expect(text).toMatch(/issuer's own page · read \d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('fact answers', () => {
  it('every field of every credential is at most 6 blocks and 600 visible characters', () => {
    const problems = today.index.catalog.credentials.flatMap((c) =>
      FACT_FIELDS.flatMap((field) => {
        const answer = buildAnswer(
          { intent: 'fact', credentials: [c.id], fields: [field], notHeld: [] },
          { question: `${field} of ${c.id}`, interpretations: [], index: today.index, now: today.now },
        );
        return overBudget(`${c.id} ${field}`, renderSlackAnswer(answer, { lookup: today.index }), FACT);
      }),
    );
    expect(problems).toEqual([]);
    expect(FACT_FIELDS).toEqual(expect.arrayContaining(['cost', 'prerequisites']));
  });

  it('as asked: "how much is X" and "X prerequisites" for every credential', () => {
    const problems = today.index.catalog.credentials.flatMap((c) =>
      [`how much is ${c.id}`, `${c.id} prerequisites`].flatMap((q) => {
        const answer = answerQuestion(q, { index: today.index, now: today.now });
        if (answer.intent !== 'fact') return [];
        return overBudget(q, renderSlackAnswer(answer, { lookup: today.index }), FACT);
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('long lists', () => {
  const ask = (q: string) => answerQuestion(q, { index: today.index, now: today.now });

  it.each(['all AI security certs', 'certs with no prerequisites', 'certs under $10000, cheapest first'])(
    'a find over the whole catalog (%s) shows at most 10 lines, the rest counted and behind Show all',
    (q) => {
      const answer = ask(q);
      expect(answer.intent).toBe('find');
      if (answer.intent !== 'find') return;
      const msg = renderSlackAnswer(answer, { lookup: today.index });
      expect(validateMessage(msg)).toEqual([]);
      const lines = listLines(msg.blocks);
      expect(lines.length).toBe(Math.min(LIST_LINES, answer.items.length));
      const text = msg.blocks.map(blockText).join('\n');
      if (answer.items.length > LIST_LINES) {
        expect(text).toContain(`… and ${answer.items.length - LIST_LINES} more credential`);
        expect(actionIds(msg.blocks)).toContain('show_all');
        // Show all opens every line.
        const view = renderDetailsView(answer, today.index);
        expect(modalProblems(q, answer)).toEqual([]);
        expect(listLines(view?.blocks ?? []).length).toBe(answer.items.length);
      } else {
        expect(actionIds(msg.blocks)).not.toContain('show_all');
      }
    },
  );

  it('a find over the whole catalog has more than 10 lines to show', () => {
    const answer = ask('certs with no prerequisites');
    if (answer.intent !== 'find') throw new Error(answer.intent);
    expect(answer.items.length).toBeGreaterThan(LIST_LINES);
  });

  it.each(['is cissp 8140 approved', 'does Security+ count for DoD 8140'])(
    'a DoD 8140 role list (%s) is grouped by level and element, counted, and every role is behind Show all',
    (q) => {
      const answer = ask(q);
      if (answer.intent !== 'qualify' || answer.body.kind !== 'credential') throw new Error(answer.intent);
      const subject = answer.body.subjects[0];
      if (!subject) throw new Error('no subject');
      const msg = renderSlackAnswer(answer, { lookup: today.index });
      expect(overBudget(q, msg, { blocks: 10, chars: 1500 })).toEqual([]);
      const shown = msg.blocks.map(blockText).join('\n');
      expect(shown).toContain(`is listed for ${subject.total} work roles`);
      expect(shown).toMatch(/• (Basic|Intermediate|Advanced) · [^(]+ \(\d+\): /);
      expect(actionIds(msg.blocks)).toContain('show_all');
      expect(modalProblems(q, answer)).toEqual([]);
      const all = (renderDetailsView(answer, today.index)?.blocks ?? []).map(blockText).join('\n');
      const roles = subject.byLevel.flatMap((g) => g.roles);
      for (const r of roles) expect(all).toContain(`${r.code} ${r.title}`);
      expect(roles.filter((r) => !shown.includes(`${r.code} ${r.title}`)).length).toBeGreaterThan(0);
    },
  );

  it('a holding with many roles shows 10 lines and the rest behind Show all', () => {
    const answer = ask('I hold CySA+ and CISSP, which DoD work roles am I qualified for?');
    if (answer.intent !== 'qualify' || answer.body.kind !== 'holdings') throw new Error(answer.intent);
    const msg = renderSlackAnswer(answer, { lookup: today.index });
    expect(validateMessage(msg)).toEqual([]);
    expect(listLines(msg.blocks).filter((l) => !l.startsWith('• …')).length).toBe(LIST_LINES);
    expect(actionIds(msg.blocks)).toContain('show_all');
    const view = renderDetailsView(answer, today.index);
    expect(listLines(view?.blocks ?? []).length).toBe(answer.body.roles.length);
  });

  it('a short list has no Show all', () => {
    const answer = ask('8140 623');
    const msg = renderSlackAnswer(answer, { lookup: today.index });
    expect(actionIds(msg.blocks)).not.toContain('show_all');
    expect(renderDetailsView(answer, today.index)).toBeNull();
  });
});

describe('the visible-character count', () => {
  it('counts what a reader sees: link labels, not markup or entities', () => {
    const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
    expect(visibleChars([section('*Cost*\n$599 &amp; up')])).toBe('Cost$599 & up'.length);
    expect(visibleChars([section('Source: <https://www.isaca.org/x|ISACA> · `aaism`')])).toBe(
      'Source: ISACA · aaism'.length,
    );
    expect(visibleChars([{ type: 'header', text: { type: 'plain_text', text: 'AAISM' } }])).toBe(5);
    expect(
      visibleChars([{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'x' } }] }]),
    ).toBe(0);
  });
});
