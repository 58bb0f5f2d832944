/** Explicit assertions on the real catalog: the seed's facts must appear in the answers, not just in snapshots. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../src/render/slack/block-types.js';
import { renderDetailsView } from '../../../src/render/slack/render-details.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { validateMessage, validateView } from '../../support/block-kit-validator.js';
import { visibleText } from '../support/collect-text.js';
import { type AnswerMaker, answerMaker } from '../support/make-answers.js';

let today: AnswerMaker;
beforeAll(async () => {
  today = await answerMaker('2026-11-24');
});

function render(...args: Parameters<typeof renderSlackAnswer>): SlackMessage {
  const msg = renderSlackAnswer(args[0], { lookup: today.index, ...args[1] });
  expect(validateMessage(msg)).toEqual([]);
  return msg;
}

function actionsOf(msg: SlackMessage) {
  return msg.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
}

describe('lookup card', () => {
  it('AAISM: 90 questions, 150 minutes, 450 on 200–800, an active CISM or CISSP', () => {
    const text = visibleText(render(today.lookup('aaism')).blocks);
    expect(text).toContain('AAISM — Advanced in AI Security Management');
    expect(text).toMatch(/\*Questions\*\n90\b/);
    expect(text).toMatch(/\*Time\*\n150 min\b/);
    expect(text).toContain('450 on a 200–800 scale');
    expect(text).toContain('An active CISM or CISSP');
  });

  it('a single blog against the issuer is not a dispute, and nothing "settles" it', () => {
    const text = visibleText(render(today.lookup('aaism')).blocks);
    expect(text).toMatch(/\*Questions\*\n90\n/);
    expect(text).not.toMatch(/CertificationBox says|settles it/);
  });

  it('says when sources disagree, with each value and its source', () => {
    const text = visibleText(render(today.lookup('aaism')).blocks);
    expect(text).toMatch(
      /Sources disagree: \$459 exam \(member\), \$599 exam \(non-member\).*\(aaismexam\.com\) · \$575 .*\(SecProve\)/,
    );
  });

  it('SCS-C03: 65 questions, 170 minutes, 750/1000, $300, domains 16/14/18/20/18/14 in order', () => {
    const text = visibleText(render(today.lookup('scs-c03')).blocks);
    expect(text).toMatch(/\*Questions\*\n65\b/);
    expect(text).toContain('170 min');
    expect(text).toContain('750 on a 100–1000 scale');
    expect(text).toContain('$300');
    // The domains are one of the card's details, behind More details.
    const details = visibleText(renderDetailsView(today.lookup('scs-c03'), today.index)?.blocks);
    const weights = [...details.matchAll(/^• [^\n]+ — (\d+)%$/gm)].map((m) => Number(m[1]));
    expect(weights).toEqual([16, 14, 18, 20, 18, 14]);
  });

  it('names the strongest source on the card; details show unknown trust signals and every source with its date', () => {
    const msg = render(today.lookup('aaism'));
    const text = visibleText(msg.blocks);
    const view = renderDetailsView(today.lookup('aaism'), today.index);
    expect(validateView(view)).toEqual([]);
    const details = visibleText(view?.blocks);
    // DoD 8140 comes from the matrix V2.1, where no AI-security credential is listed.
    expect(details).toContain('*Recognised by*\nDoD 8140: not listed (matrix V2.1) · NICCS: unknown');
    expect(details).toContain("*Accreditation*\nnot in certdesk's sources yet");
    const sources = today.view('aaism').credential.sources;
    const outline = sources.find((s) => s.id === 'isaca-outline');
    expect(text).toContain(
      `Source: <https://www.isaca.org/credentialing/aaism/aaism-exam-content-outline|ISACA> (issuer's own page, read ${outline?.verified}) · ${sources.length - 1} more under More details`,
    );
    for (const s of sources) {
      expect(details).toContain(s.url ? `<${s.url}|${s.title}>` : `*${s.title}*`);
      expect(details).toContain(`read ${s.verified}`);
    }
    // content-e (issue 8): AAISM was rechecked against ISACA's exam content outline on 2026-12-01.
    expect(text).toContain('As of 2026-12-01');
    expect(text).not.toContain('may be stale');
  });

  it('warns when the entry was verified more than 180 days ago', () => {
    const aaism = today.view('aaism').credential;
    const old = today.viewOf({ ...aaism, verified: '2026-03-01' });
    const text = visibleText(render({ ...today.lookup('aaism'), subject: old }).blocks);
    expect(text).toContain(':warning: AAISM was last checked against its sources on 2026-03-01, 268 days ago');
    expect(text).toContain('As of 2026-03-01 (may be stale)');
  });

  it('says "not in certdesk\'s sources yet" for what no source we checked gives', () => {
    expect(visibleText(render(today.lookup('caiss')).blocks)).toMatch(/\*Questions\*\nnot in certdesk's sources yet/);
  });

  it('carries the card actions with their stable ids and JSON values', () => {
    const elements = actionsOf(render(today.lookup('aaism', 'tell me about aaism')));
    expect(elements.map((e) => e.action_id)).toEqual(['card_details', 'card_compare', 'card_prereqs', 'share_answer']);
    const [details, select, prereqs, share] = elements;
    expect(details?.type === 'button' && JSON.parse(details.value ?? '')).toEqual({ id: 'aaism' });
    if (select?.type !== 'static_select') throw new Error('expected the compare menu first');
    const values = select.options.map((o) => JSON.parse(o.value) as { a: string; b: string });
    expect(values.every((v) => v.a === 'aaism' && v.b !== 'aaism')).toBe(true);
    expect(values.slice(0, 4).map((v) => v.b)).toEqual(['aaia', 'aair', 'cism', 'cissp']);
    expect(values.length).toBeGreaterThanOrEqual(Math.min(20, today.index.catalog.credentials.length - 1));
    expect(new Set(values.map((v) => v.b)).size).toBe(values.length);
    expect(prereqs?.type === 'button' && JSON.parse(prereqs.value ?? '')).toEqual({ id: 'aaism' });
    expect(share?.type === 'button' && JSON.parse(share.value ?? '')).toEqual({ q: 'tell me about aaism' });
  });

  it('leaves out the share button when not shareable, and starts with who shared', () => {
    const msg = render(today.lookup('aaism'), { shareable: false, sharedBy: 'U024BE7LH' });
    expect(actionsOf(msg).map((e) => e.action_id)).not.toContain('share_answer');
    expect(msg.blocks.filter((b) => b.block_id === 'shared_by')).toHaveLength(1);
    expect(msg.blocks[0]).toEqual({
      type: 'context',
      block_id: 'shared_by',
      elements: [{ type: 'mrkdwn', text: 'Shared by <@U024BE7LH>' }],
    });
  });

  it('gives a plain fallback text with the key facts', () => {
    const { text } = render(today.lookup('scs-c03'));
    expect(text).toContain('SCS-C03');
    expect(text).toContain('65');
    expect(text).toContain('$300');
  });
});

describe('dated status on a card', () => {
  it('MLS-C01 before, on and after its last exam date', async () => {
    const before = await answerMaker('2026-03-20');
    const on = await answerMaker('2026-03-31');
    const after = await answerMaker('2026-06-01');
    const text = (m: AnswerMaker) => visibleText(renderSlackAnswer(m.lookup('mls-c01'), { lookup: m.index }).blocks);
    expect(text(before)).toContain('Retiring: last exam 2026-03-31 (in 11 days) · replaced by MLA-C01, AIF-C01');
    expect(text(on)).toContain('Last day to sit: today · replaced by MLA-C01, AIF-C01');
    expect(text(after)).toContain('Retired since 2026-04-01 · replaced by MLA-C01, AIF-C01');
    expect(renderSlackAnswer(after.lookup('mls-c01')).text).toContain('Retired 2026-04-01');
  });
});

describe('compare', () => {
  it('two credentials: the bottom line first, then one three-column table of the rows that differ', () => {
    const msg = render(today.compare(['scs-c03', 'aaism']));
    expect(msg.blocks[1]?.block_id).toBe('compare_bottom_line');
    const tables = msg.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0];
    if (table?.type !== 'table') throw new Error('no table');
    const rows = table.rows.map((row) => row.map((cell) => cell.text));
    expect(rows[0]).toEqual(['Credential', 'SCS-C03', 'AAISM']);
    const row = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(row('Questions')).toEqual(['65 (50 scored)', '90']);
    expect(row('Time')).toEqual(['170 min', '150 min']);
    expect(row('Passing score')?.[0]).toBe('750 on a 100–1000 scale');
    expect(row('Cost')?.[1]).toContain('(sources disagree)');
    expect(row('Domains')?.[0]).toBe('6 domains: 16/14/18/20/18/14 %');
    for (const r of rows) expect(new Set(r.slice(1)).size).toBe(2);
  });

  it('three credentials: no table, one section each with the rows that differ', () => {
    const msg = render(today.compare(['scs-c03', 'aaism', 'caiss']));
    expect(msg.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(msg.blocks[1]?.block_id).toBe('compare_bottom_line');
    const section = (id: string) => {
      const b = msg.blocks.find((x) => x.block_id === `compare_${id}`);
      return b?.type === 'section' ? (b.text?.text ?? '') : '';
    };
    expect(section('scs-c03')).toContain('*SCS-C03* — AWS Certified Security');
    expect(section('scs-c03')).toContain('*Questions:* 65 (50 scored)');
    expect(section('caiss')).toContain("*Questions:* not in certdesk's sources yet");
    expect(section('aaism')).toContain('(sources disagree)');
  });

  it('falls back to fields without tables: the same facts, side by side', () => {
    const msg = render(today.compare(['scs-c03', 'aaism']), { tables: false });
    expect(msg.blocks.some((b) => b.type === 'table')).toBe(false);
    const questions = msg.blocks.find((b) => b.type === 'section' && b.text?.text === '*Questions*');
    expect(questions?.type === 'section' && questions.fields?.map((f) => f.text)).toEqual([
      '*SCS-C03*\n65 (50 scored)',
      '*AAISM*\n90',
    ]);
  });

  it('says once what is the same for both', () => {
    const text = visibleText(render(today.compare(['aaism', 'aaia'])).blocks);
    expect(text).toContain('Same for both:');
    expect(text).toContain('Questions: 90');
    expect(text).not.toMatch(/Questions\n90\n90/);
  });
});

describe('other answers', () => {
  it('eligibility puts the verdict first', () => {
    const no = render(today.eligibility('aaism', [{ kind: 'qualification', id: 'security-plus' }]));
    expect(no.blocks[1]).toMatchObject({ text: { text: '*Not yet — AAISM needs an active CISM or CISSP.*' } });
    const yes = render(today.eligibility('aaism', [{ kind: 'credential', id: 'cissp' }]));
    expect(yes.blocks[1]).toMatchObject({ text: { text: '*Yes — your CISSP qualifies you for AAISM.*' } });
    expect(yes.text).toBe('Yes — your CISSP qualifies you for AAISM.');
  });

  it('coverage lists by depth, then what none of them cover well', () => {
    const text = visibleText(render(today.coverage('mitre-atlas')).blocks);
    expect(text.indexOf('*Tested hands-on*')).toBeLessThan(text.indexOf('*Tested conceptually*'));
    expect(text.indexOf('*Tested conceptually*')).toBeLessThan(text.indexOf('*What none of them cover well*'));
    expect(text).toContain('*Membership inference*');
  });

  it('browse groups by track', () => {
    const text = visibleText(render(today.browse()).blocks);
    expect(text).toContain('*Governance*\n• *AAISM*');
    expect(text.indexOf('*Governance*')).toBeLessThan(text.indexOf('*Platform*'));
  });

  it('disambiguation shows every candidate with its trust signals and how to tell them apart', () => {
    const msg = render(today.disambiguate('caisp', ['caisp', 'pecb-caisp']));
    const text = visibleText(msg.blocks);
    expect(text).toContain('*CAISP — Certified AI Security Professional (Practical DevSecOps)*');
    expect(text).toContain('*CAISP — Certified AI Security Professional (PECB)*');
    expect(text).toContain('*Independently proctored*');
    expect(text).toContain('*How to tell them apart: which one did you mean?*');
    expect(text).toContain('• *Practical DevSecOps CAISP* — Hands-on AI and LLM security');
    // Each candidate is a button that opens its card.
    expect(actionsOf(msg).filter((e) => e.action_id?.startsWith('answer_choice'))).toMatchObject([
      { type: 'button', text: { text: 'Practical DevSecOps CAISP' }, value: '{"id":"caisp"}' },
      { type: 'button', text: { text: 'PECB CAISP' }, value: '{"id":"pecb-caisp"}' },
    ]);
    expect(text).toContain('• *PECB CAISP* — Knowledge and practical skills to secure AI systems');
  });

  it('the “how to tell them apart” part adds to the side-by-side instead of repeating its trust facts', () => {
    const answer = today.disambiguate('caisp', ['caisp', 'pecb-caisp']);
    const text = visibleText(render(answer).blocks);
    expect(text).toContain('*How to tell them apart');
    const how = text.slice(text.indexOf('*How to tell them apart'));
    expect(how).not.toMatch(/administered|proctor|assessment|performance exam|DoD 8140|NICCS/i);
    expect(text).not.toContain(answer.howToTell);
    // Without the per-candidate notes, the engine's own words are the fallback.
    expect(visibleText(render({ ...answer, tellApart: [] }).blocks)).toContain('Check who administers the exam');
  });

  it('deadlines list upcoming changes with days to go and replacements', async () => {
    const m = await answerMaker('2026-03-01');
    const msg = renderSlackAnswer(m.deadlines([], 90), { lookup: m.index });
    expect(validateMessage(msg)).toEqual([]);
    expect(visibleText(msg.blocks)).toContain(
      '*2026-03-31* (in 30 days) — *MLS-C01*: last day to sit the exam · replaced by MLA-C01, AIF-C01',
    );
  });

  it('help lists examples; unknown offers the closest suggestions and no share button', () => {
    expect(visibleText(render(today.help()).blocks)).toContain('`aaism vs aaia`');
    const unknown = render(today.unknown('blorp'));
    expect(visibleText(unknown.blocks)).toContain('*Did you mean one of these?*');
    // "Did you mean" is buttons (a credential by id, the rest by question), and still no share button.
    const choices = actionsOf(unknown);
    expect(choices[0]).toMatchObject({ action_id: 'answer_choice', text: { text: 'AAISM' }, value: '{"id":"aaism"}' });
    expect(choices.map((e) => e.action_id)).not.toContain('share_answer');
  });
});
