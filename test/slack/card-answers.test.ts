/**
 * Every answer the card buttons can produce, over the whole catalog, is a valid Block Kit message:
 * each credential compared with every other, its prerequisites, its sources; and the Home tab.
 */
import { describe, expect, it } from 'vitest';
import { viewCredential } from '../../src/answer/credential-view.js';
import { renderDetailsMessage, renderDetailsView } from '../../src/render/slack/render-details.js';
import { renderSlackSources } from '../../src/render/slack/render-sources.js';
import { queryMessage } from '../../src/slack/answer-message.js';
import { buildHomeView } from '../../src/slack/build-home-view.js';
import { compareQuery, prerequisitesQuery } from '../../src/slack/card-questions.js';
import { credentialAnswer } from '../../src/slack/show-details.js';
import { validateMessage, validateView } from '../support/block-kit-validator.js';
import { catalogIndex, NOW, testDeps } from './harness.js';

const index = await catalogIndex();
const deps = await testDeps();
const ids = index.catalog.credentials.map((c) => c.id);

describe('card button answers over the whole catalog', () => {
  it('compares every credential with every other, as a valid message naming both', () => {
    const problems: string[] = [];
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        const c = compareQuery(index, a, b);
        const m = queryMessage(deps, c.query, c.question, { tables: true });
        problems.push(...validateMessage(m).map((p) => `${a} vs ${b}: ${p}`));
        const fields = queryMessage(deps, c.query, c.question, { tables: false });
        problems.push(...validateMessage(fields).map((p) => `${a} vs ${b} (fields): ${p}`));
        if (!m.text.includes(index.credentialLabel(a).split(' ')[0] ?? a)) problems.push(`${a} vs ${b}: ${m.text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers prerequisites and sources for every credential', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const p = prerequisitesQuery(index, id);
      const m = queryMessage(deps, p.query, p.question, { tables: true });
      problems.push(...validateMessage(m).map((x) => `${id} prerequisites: ${x}`));
      if (/could mean/.test(m.text)) problems.push(`${id} prerequisites ask which one: ${m.text}`);
      const credential = index.credential(id);
      if (credential) {
        const sources = renderSlackSources(viewCredential(credential, index, NOW));
        problems.push(...validateMessage(sources).map((x) => `${id} sources: ${x}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens More details for every credential as a valid modal, and as a valid private message', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const answer = credentialAnswer(deps, id);
      const view = renderDetailsView(answer, deps.index);
      problems.push(...validateView(view).map((x) => `${id} details view: ${x}`));
      if ((view?.blocks.length ?? 0) > 100) problems.push(`${id} details view: over 100 blocks`);
      const message = renderDetailsMessage(answer, deps.index);
      problems.push(...(message ? validateMessage(message) : ['none']).map((x) => `${id} details message: ${x}`));
    }
    expect(problems).toEqual([]);
  });

  it('builds a valid Home tab', () => {
    const view = buildHomeView(index, NOW);
    expect(validateView(view)).toEqual([]);
    expect(view.blocks.length).toBeGreaterThan(3);
  });
});
