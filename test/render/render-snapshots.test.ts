/**
 * Snapshots of every answer kind, rendered for Slack and for the terminal, from a frozen copy of part of
 * the catalog (test/render/fixtures/catalog) so that catalog edits do not churn them. Explicit
 * assertions of the facts live beside the renderers' other tests; these catch unintended layout changes.
 */
import { describe, expect, it } from 'vitest';
import { viewCredential } from '../../src/answer/credential-view.js';
import { datedChanges } from '../../src/answer/dated-changes.js';
import type { Answer } from '../../src/answer/types.js';
import { renderDetailsView } from '../../src/render/slack/render-details.js';
import { renderHome } from '../../src/render/slack/render-home.js';
import { renderSlackAnswer } from '../../src/render/slack/render-slack-answer.js';
import { renderSlackSources } from '../../src/render/slack/render-sources.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { validateMessage, validateView } from '../support/block-kit-validator.js';
import { loadFixtureIndex } from './support/load-fixture-index.js';
import { AnswerMaker, at } from './support/make-answers.js';

const index = loadFixtureIndex();
const june = new AnswerMaker(index, at('2026-06-01'));
const march = new AnswerMaker(index, at('2026-03-01'));

const answers: [string, Answer][] = [
  ['lookup', { ...june.lookup('aaism', 'aasim'), interpretations: [{ typed: 'aasim', readAs: 'AAISM' }] }],
  ['lookup retired', june.lookup('mls-c01')],
  ['lookup retiring', march.lookup('mls-c01')],
  ['compare', june.compare(['aaism', 'aaia'])],
  ['recommend', june.recommend('grc-lead')],
  ['recommend without a role', june.recommend(null)],
  ['eligibility not yet', june.eligibility('aaism', [{ kind: 'qualification', id: 'security-plus' }])],
  ['eligibility yes', june.eligibility('aaism', [{ kind: 'credential', id: 'cissp' }])],
  ['eligibility needs info', june.eligibility('aaia', [])],
  ['eligibility list with a CISSP', june.eligibleFor([{ kind: 'credential', id: 'cissp' }])],
  ['eligibility list with Security+', june.eligibleFor([{ kind: 'qualification', id: 'security-plus' }])],
  ['deadlines', march.deadlines([], 90)],
  ['deadlines of one credential', june.deadlines(['mls-c01'], 90)],
  ['coverage', june.coverage('mitre-atlas')],
  ['coverage gaps', june.coverage(null)],
  ['browse', june.browse()],
  ['disambiguate', june.disambiguate('caisp', ['caisp', 'pecb-caisp'])],
  ['help', june.help()],
  ['unknown', june.unknown('what is the airspeed of an unladen swallow')],
];

describe('rendered answers', () => {
  it.each(answers)('%s', (_name, answer) => {
    const slack = renderSlackAnswer(answer, { lookup: index });
    expect(validateMessage(slack)).toEqual([]);
    expect(slack).toMatchSnapshot('slack');
    expect(renderTextAnswer(answer, { lookup: index })).toMatchSnapshot('text');
  });

  it('compare without tables', () => {
    const slack = renderSlackAnswer(june.compare(['aaism', 'aaia']), { lookup: index, tables: false });
    expect(validateMessage(slack)).toEqual([]);
    expect(slack).toMatchSnapshot();
  });

  it('shared into a channel', () => {
    const slack = renderSlackAnswer(june.lookup('scs-c03'), { lookup: index, shareable: false, sharedBy: 'U024BE7LH' });
    expect(validateMessage(slack)).toEqual([]);
    expect(slack).toMatchSnapshot();
  });

  it('More details of a card, as a modal and as `ask --full`', () => {
    const view = renderDetailsView(june.lookup('aaism'), index);
    expect(validateView(view)).toEqual([]);
    expect(view).toMatchSnapshot();
    expect(renderTextAnswer(june.lookup('aaism'), { lookup: index, full: true })).toMatchSnapshot('full text');
  });

  it('sources', () => {
    const slack = renderSlackSources(june.view('aaism'));
    expect(validateMessage(slack)).toEqual([]);
    expect(slack).toMatchSnapshot();
  });

  it('home', () => {
    const view = renderHome({
      upcoming: datedChanges(index, at('2026-03-01'), { fromDays: 0, toDays: 90 }),
      views: index.catalog.credentials.map((c) => viewCredential(c, index, at('2026-03-01'))),
      examples: ['aaism', 'aaism vs aaia'],
      names: (id) => index.credentialLabel(id),
    });
    expect(validateView(view)).toEqual([]);
    expect(view).toMatchSnapshot();
  });
});
