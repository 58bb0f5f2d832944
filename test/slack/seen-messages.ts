/**
 * Everything the app sent Slack during a test, gathered from acknowledgments and the stand-in's records,
 * for the Block Kit validator and the mention scan.
 */
import { afterEach, expect } from 'vitest';
import { validateMessage, validateView } from '../support/block-kit-validator.js';
import type { Harness } from './harness.js';

type Msg = { text: string; blocks?: unknown[] };

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.scheduleMessage']);
const VIEW_METHODS = new Set(['views.publish', 'views.open', 'views.update']);

function asMessage(body: unknown): Msg | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.text !== 'string' && !Array.isArray(b.blocks)) return null;
  return { text: typeof b.text === 'string' ? b.text : '', ...(Array.isArray(b.blocks) ? { blocks: b.blocks } : {}) };
}

export function seenMessages(h: Pick<Harness, 'replies' | 'standIn'>): Msg[] {
  const fromCalls = h.standIn.calls
    .filter((c) => MESSAGE_METHODS.has(c.method) || c.method.startsWith('/respond/'))
    .map((c) => c.body);
  return [...h.replies, ...fromCalls].map(asMessage).filter((m): m is Msg => m !== null);
}

export function seenViews(h: Pick<Harness, 'standIn'>): unknown[] {
  return h.standIn.calls.filter((c) => VIEW_METHODS.has(c.method)).map((c) => c.body.view);
}

/** Block Kit problems of every message and view seen, each prefixed with where it was seen. */
export function blockKitProblems(h: Pick<Harness, 'replies' | 'standIn'>): string[] {
  return [
    ...seenMessages(h).flatMap((m, i) => validateMessage(m).map((p) => `message ${i}: ${p}`)),
    ...seenViews(h).flatMap((v, i) => validateView(v).map((p) => `view ${i}: ${p}`)),
  ];
}

/**
 * After each test of the suite: every message and view its harness saw is valid Block Kit, then the
 * harness is closed. `current` reads the suite's harness variable.
 */
export function checkBlockKitAfterEach(current: () => Harness): void {
  afterEach(async () => {
    const h = current();
    expect(blockKitProblems(h)).toEqual([]);
    await h?.close();
  });
}

/**
 * Everything sent, as one string, for pattern scans. Button and option `value`s are left out: Slack
 * never displays them (they carry the question back to the app, as typed, when the button is clicked).
 */
export function everythingSent(h: Pick<Harness, 'replies' | 'standIn'>): string {
  const shown = (key: string, value: unknown) => (key === 'value' && typeof value === 'string' ? undefined : value);
  return JSON.stringify([h.replies, h.standIn.calls.map((c) => ({ method: c.method, body: c.body }))], shown);
}
