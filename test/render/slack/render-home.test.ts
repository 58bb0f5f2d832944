import { describe, expect, it } from 'vitest';
import { viewCredential } from '../../../src/answer/credential-view.js';
import { datedChanges } from '../../../src/answer/dated-changes.js';
import { EXAMPLE_QUESTIONS } from '../../../src/answer/examples.js';
import { renderHome } from '../../../src/render/slack/render-home.js';
import { validateView } from '../../support/block-kit-validator.js';
import { visibleText } from '../support/collect-text.js';
import { at, loadIndex } from '../support/make-answers.js';

async function home(day: string) {
  const index = await loadIndex();
  const now = at(day);
  const views = index.catalog.credentials.map((c) => viewCredential(c, index, now));
  return {
    index,
    views,
    view: renderHome({
      upcoming: datedChanges(index, now, { fromDays: 0, toDays: 90 }),
      views,
      examples: EXAMPLE_QUESTIONS,
      names: (id) => index.credentialLabel(id),
    }),
  };
}

describe('renderHome', () => {
  it('shows the next 90 days, the catalog by track and how to ask, as a valid home view', async () => {
    const { view, index } = await home('2026-03-01');
    expect(view.type).toBe('home');
    expect(validateView(view)).toEqual([]);
    const text = visibleText(view.blocks);
    expect(text).toContain('Coming up in the next 90 days');
    expect(text).toContain('*2026-03-31* (in 30 days) — *MLS-C01*: last day to sit the exam');
    expect(text).toContain('*Governance*');
    expect(text).toContain('*AAISM* — Advanced in AI Security Management · ISACA');
    expect(text).toContain('How to ask');
    expect(text).toContain('`aaism vs aaia`');
    for (const c of index.catalog.credentials) expect(text).toContain(c.name);
    expect(view.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(JSON.stringify(view)).not.toContain('remind_channel');
  });

  it('says so when nothing is dated in the window', async () => {
    const { view } = await home('2029-06-01');
    expect(visibleText(view.blocks)).toContain('Nothing dated in the next 90 days.');
  });

  it('stays within 100 blocks however large the catalog grows', async () => {
    const { views, index } = await home('2026-11-24');
    const many = Array.from({ length: 400 }, (_, i) =>
      views.map((v) => ({
        ...v,
        credential: { ...v.credential, id: `${v.credential.id}-${i}`, track: v.credential.track },
      })),
    ).flat();
    const view = renderHome({ upcoming: [], views: many, examples: EXAMPLE_QUESTIONS, names: (id) => id });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(validateView(view)).toEqual([]);
    expect(index.catalog.credentials.length).toBeGreaterThan(0);
  });
});
