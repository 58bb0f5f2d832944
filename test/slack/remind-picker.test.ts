/**
 * The reminders form over a catalog past Slack's 100 options (issue 7 §7): the real app over HTTP,
 * signed requests, the Slack stand-in, and a 150-credential catalog (the shipped one plus generated
 * entries in a temp dir, loaded by loadCatalog). The credential picker is an external select: opening
 * the form stays within Block Kit, typing gets the matching credentials (at most 100), credentials past
 * the first 100 can be saved, and a form prefilled across issuers validates and round-trips.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { REMIND_MODAL } from '../../src/render/slack/render-remind-modal.js';
import { remindChoices } from '../../src/slack/remind-names.js';
import { validateOptionsResponse, validateView } from '../support/block-kit-validator.js';
import { fixtureId, largeCatalogIndex } from '../support/large-catalog.js';
import { CHANNEL, type Harness, memoryStore, startHarness, TEAM } from './harness.js';
import { CLOCK, channelSubs, submitModal } from './reminders-support.js';
import { checkBlockKitAfterEach } from './seen-messages.js';

interface Option {
  text: { type: string; text: string };
  value: string;
}
type PickerElement = { type: string; initial_options?: Option[]; options?: unknown; min_query_length?: number };

const { credentials: picker } = REMIND_MODAL.inputs;

/** The block_suggestion payload Slack sends as someone types `value` into the credential picker. */
function suggestion(h: Harness, value: string, actionId: string = picker.action): Promise<Response> {
  const payload = {
    type: 'block_suggestion',
    user: { id: 'U0ASKER', username: 'asker', name: 'asker', team_id: TEAM },
    container: { type: 'view', view_id: 'V0MODAL' },
    api_app_id: 'A0APP',
    token: 'verification-token',
    action_id: actionId,
    block_id: picker.block,
    value,
    team: { id: TEAM, domain: 'test' },
    enterprise: null,
    is_enterprise_install: false,
    view: {
      id: 'V0MODAL',
      team_id: TEAM,
      type: 'modal',
      callback_id: REMIND_MODAL.callbackId,
      private_metadata: JSON.stringify({ channel: CHANNEL }),
      blocks: [],
      state: { values: {} },
      hash: '1764000000.abc',
      app_id: 'A0APP',
      bot_id: 'BBOT',
    },
  };
  return h.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), {
    contentType: 'application/x-www-form-urlencoded',
  });
}

async function optionsFor(h: Harness, value: string): Promise<Option[]> {
  const res = await suggestion(h, value);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { options?: Option[] };
  expect(validateOptionsResponse(body)).toEqual([]);
  return body.options ?? [];
}

async function openedPicker(h: Harness, prefill: unknown, n = 1): Promise<{ view: unknown; element: PickerElement }> {
  await h.action('remind_channel', {
    type: 'button',
    value: JSON.stringify(prefill),
    text: { type: 'plain_text', text: 'Remind this channel' },
  });
  const opened = await h.standIn.waitFor('views.open', n);
  const view = opened[n - 1]?.body.view as { blocks: { block_id?: string; element?: PickerElement }[] };
  const element = view.blocks.find((b) => b.block_id === picker.block)?.element;
  if (!element) throw new Error('no credential picker in the modal');
  return { view, element };
}

describe('the reminders form over a 150-credential catalog', () => {
  let index: CatalogIndex;
  let h: Harness;
  beforeAll(async () => {
    index = await largeCatalogIndex(150, CLOCK);
  });
  checkBlockKitAfterEach(() => h);
  const start = async () => {
    h = await startHarness({ deps: { index, now: () => CLOCK } });
    return h;
  };

  it('has 150 credentials, and the form opens within Block Kit with a type-ahead credential picker', async () => {
    expect(index.catalog.credentials.length).toBeGreaterThanOrEqual(150);
    await start();
    const { view, element } = await openedPicker(h, {});
    expect(validateView(view)).toEqual([]);
    expect(element.type).toBe('multi_external_select');
    expect(element.options).toBeUndefined();
    expect(element.min_query_length).toBe(0);
    expect(element.initial_options).toBeUndefined();
  });

  it('answers what is typed with the matching credentials, best first, never more than 100', async () => {
    await start();
    // The menu opened, nothing typed yet: the first 100 by label.
    const first = remindChoices(index).credentials.slice(0, 100);
    expect((await optionsFor(h, '')).map((o) => o.value)).toEqual(first.map((c) => c.id));
    // Acronym prefix: exactly the generated PFX120…PFX123 (123 were generated), in order.
    expect((await optionsFor(h, 'pfx12')).map((o) => o.value)).toEqual([120, 121, 122, 123].map(fixtureId));
    // Exact acronym first, then the others that contain the word.
    expect((await optionsFor(h, 'AAISM'))[0]?.value).toBe('aaism');
    // An alias and a name, typed as people type them.
    expect((await optionsFor(h, 'isaca ai audit'))[0]?.value).toBe('aaia');
    expect((await optionsFor(h, 'Picker Fixture 007'))[0]?.value).toBe(fixtureId(7));
    expect((await optionsFor(h, 'fixture alias 099')).map((o) => o.value)).toEqual([fixtureId(99)]);
    // The id.
    expect((await optionsFor(h, fixtureId(113)))[0]?.value).toBe(fixtureId(113));
    // An issuer's name: its credentials, only its.
    const aws = await optionsFor(h, 'Amazon Web Services');
    expect(aws.length).toBeGreaterThan(20);
    for (const o of aws) expect(index.credential(o.value)?.issuer).toBe('aws');
    // 123 generated entries match "picker": cut at 100, every option valid.
    const many = await optionsFor(h, 'picker');
    expect(many).toHaveLength(100);
    expect(new Set(many.map((o) => o.value)).size).toBe(100);
    for (const o of many) expect(o.text.text).toMatch(/^PFX\d{3} — Picker Fixture/);
    // Nothing matches: an empty list (Slack shows "no results").
    expect(await optionsFor(h, 'zzzzqqq')).toEqual([]);
  });

  it('saves credentials beyond the first 100 of the list', async () => {
    await start();
    const all = remindChoices(index).credentials;
    expect(all.length).toBeGreaterThanOrEqual(150);
    const beyond = all.slice(100).map((c) => c.id);
    const picked = [beyond[0], beyond[25], beyond[49]] as string[];
    // Each one can be found by typing its acronym.
    for (const id of picked) {
      const acronym = index.credential(id)?.acronym ?? '';
      expect((await optionsFor(h, acronym)).map((o) => o.value)).toContain(id);
    }
    const res = await submitModal(h, { credentials: picked, leads: '30, 7' }, meta('C0BEYOND'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [sub, ...more] = await channelSubs(await memoryStore(), 'C0BEYOND');
    expect(more).toEqual([]);
    expect(sub?.scope).toEqual({ kind: 'credentials', ids: [...picked].sort() });
  });

  it('prefills credentials of different issuers as initial options, valid, and submits them unchanged', async () => {
    await start();
    const all = remindChoices(index).credentials.map((c) => c.id);
    const chosen = ['aaism', 'aif-c01', fixtureId(3), fixtureId(118), all[149] as string];
    const issuers = new Set(chosen.map((id) => index.credential(id)?.issuer));
    expect(issuers.size).toBeGreaterThanOrEqual(3);
    const { view, element } = await openedPicker(h, { ids: chosen });
    expect(validateView(view)).toEqual([]);
    const initial = element.initial_options ?? [];
    expect(initial.map((o) => o.value).sort()).toEqual([...new Set(chosen)].sort());
    for (const o of initial) expect(o.text.text.startsWith(index.credentialLabel(o.value))).toBe(true);

    // Slack submits the initial options as the selected ones when left as they are.
    const res = await submitModal(h, { credentials: initial.map((o) => o.value) }, meta('C0PREFILL'));
    expect(await res.text()).toBe('');
    const [sub] = await channelSubs(await memoryStore(), 'C0PREFILL');
    expect(sub?.scope).toEqual({ kind: 'credentials', ids: [...new Set(chosen)].sort() });

    // The saved subscription's credentials prefill the form again, the same.
    const ids = sub?.scope.kind === 'credentials' ? sub.scope.ids : [];
    const again = await openedPicker(h, { ids }, 2);
    expect(validateView(again.view)).toEqual([]);
    expect(again.element.initial_options).toEqual(
      initial.slice().sort((a, b) => a.text.text.localeCompare(b.text.text)),
    );
  });

  it('a former id in the prefill becomes its entry, and unknown ids are dropped', async () => {
    await start();
    const folded = index.catalog.credentials.find((c) => c.former_ids.length > 0);
    const former = folded?.former_ids[0];
    const { element } = await openedPicker(h, { ids: [...(former ? [former] : []), 'no-such-thing', fixtureId(1)] });
    expect((element.initial_options ?? []).map((o) => o.value).sort()).toEqual(
      [...(folded ? [folded.id] : []), fixtureId(1)].sort(),
    );
  });
});

function meta(channel: string) {
  return { privateMetadata: JSON.stringify({ channel }) };
}
