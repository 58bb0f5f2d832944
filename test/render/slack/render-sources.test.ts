import { describe, expect, it } from 'vitest';
import { viewCredential } from '../../../src/answer/credential-view.js';
import { renderSlackSources } from '../../../src/render/slack/render-sources.js';
import { validateMessage } from '../../support/block-kit-validator.js';
import { visibleText } from '../support/collect-text.js';
import { at, loadIndex } from '../support/make-answers.js';

describe('renderSlackSources', () => {
  it('lists every source, strongest first, linked, with its read date and what it backs', async () => {
    const index = await loadIndex();
    const aaism = index.credential('aaism');
    if (!aaism) throw new Error('no aaism');
    const msg = renderSlackSources(viewCredential(aaism, index, at('2026-11-24')));
    expect(validateMessage(msg)).toEqual([]);
    const text = visibleText(msg.blocks);
    for (const s of aaism.sources) if (s.url) expect(text).toContain(`<${s.url.replace(/&/g, '&amp;')}|`);
    expect(text.indexOf('isaca.org')).toBeLessThan(text.indexOf('certificationbox.com'));
    // The read date is the catalog's own (it moves when the page is read again).
    const outline = aaism.sources.find((s) => s.id === 'isaca-outline');
    expect(outline?.verified).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(text).toMatch(
      new RegExp(
        `AAISM Exam Content Outline.*— ISACA · issuer's own page · read ${outline?.verified} · backs [^\n]*exam format`,
      ),
    );
    expect(msg.text).toContain('AAISM');
  });

  it('every credential’s sources fit one message, and stale entries say so', async () => {
    const index = await loadIndex();
    for (const c of index.catalog.credentials) {
      expect(validateMessage(renderSlackSources(viewCredential(c, index, at('2026-11-24'))))).toEqual([]);
    }
    const aaism = index.credential('aaism');
    if (!aaism) throw new Error('no aaism');
    const old = renderSlackSources(viewCredential(aaism, index, at('2027-11-24')));
    expect(visibleText(old.blocks)).toContain('details may be out of date');
  });
});
