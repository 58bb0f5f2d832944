/**
 * OAuth states kept in the database, so that any replica can finish an install another one began and
 * a callback is accepted once: the state is a random nonce signed with SLACK_STATE_SECRET; the callback
 * checks the signature (a forged state is refused without a database read), then consumes the row
 * atomically (a replayed or expired state finds nothing).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/bolt';
import type { Store } from '../store/store.js';

/** The code Bolt's callback failure handler answers 400 for. */
export class InvalidStateError extends Error {
  readonly code = 'slack_oauth_invalid_state';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStateError';
  }
}

export interface StateStoreOptions {
  store: Pick<Store, 'oauthStates'>;
  secret: string;
  /** How long an install link stays good (default 10 minutes, as Bolt's cookie). */
  ttlSeconds?: number;
}

function sign(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(nonce).digest('base64url');
}

export function createStateStore(opts: StateStoreOptions): StateStore {
  const ttlMs = (opts.ttlSeconds ?? 600) * 1000;
  return {
    async generateStateParam(installOptions, now) {
      const nonce = randomBytes(24).toString('base64url');
      const state = `${nonce}.${sign(opts.secret, nonce)}`;
      await opts.store.oauthStates.issue(state, JSON.stringify(installOptions), now, new Date(now.getTime() + ttlMs));
      return state;
    },
    async verifyStateParam(now, state) {
      const [nonce, mac, ...rest] = state.split('.');
      const expected = nonce ? Buffer.from(sign(opts.secret, nonce)) : undefined;
      const given = Buffer.from(mac ?? '');
      if (!expected || rest.length > 0 || expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new InvalidStateError('the state was not issued by this app');
      }
      const options = await opts.store.oauthStates.consume(state, now);
      if (options === undefined) throw new InvalidStateError('the state is unknown, already used or expired');
      return JSON.parse(options) as InstallURLOptions;
    },
  };
}
