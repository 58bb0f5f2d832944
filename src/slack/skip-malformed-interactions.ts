/**
 * Interactive payloads that no listener can handle — a block_actions without a user or without
 * actions, or whose action ids none of our listeners registered — are acknowledged at once and ignored
 * (logged at debug). Bolt would otherwise fail on them (HTTP 500 for a missing user) or leave them
 * unacknowledged until Slack's 3 seconds run out (404). It sits between the receiver and the app, so
 * it sees every payload before Bolt reads it.
 */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';

const WITH_USER = new Set(['block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action']);

/** Why the payload is ignored, or null to hand it to Bolt. */
export function malformedInteraction(body: unknown, knownActions: ReadonlySet<string>): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as { type?: unknown; user?: { id?: unknown } | null; actions?: unknown };
  if (typeof b.type !== 'string' || !WITH_USER.has(b.type)) return null;
  if (typeof b.user?.id !== 'string') return 'no user';
  if (b.type !== 'block_actions') return null;
  if (!Array.isArray(b.actions) || b.actions.length === 0) return 'no actions';
  const ids = b.actions.map((a: { action_id?: unknown }) => a?.action_id);
  if (!ids.some((id) => typeof id === 'string' && knownActions.has(id))) return 'unknown action id';
  return null;
}

export function skipMalformedInteractions(
  inner: Receiver,
  knownActions: () => ReadonlySet<string>,
  log: Pick<Logger, 'debug'>,
): Receiver {
  return {
    init(app: App) {
      // The receiver sees an app whose processEvent filters first; everything else is the app's own.
      const filtering: App = Object.create(app, {
        processEvent: {
          value: async (event: ReceiverEvent) => {
            const why = malformedInteraction(event.body, knownActions());
            if (why === null) return app.processEvent(event);
            log.debug({ why, type: (event.body as { type?: unknown }).type }, 'interactive payload ignored');
            await event.ack();
          },
        },
      });
      inner.init(filtering);
    },
    start: (...args: unknown[]) => inner.start(...args),
    stop: (...args: unknown[]) => inner.stop(...args),
  };
}
