/**
 * What listeners get, passed once to every register function. Nothing here is global: main.ts builds it,
 * tests build their own.
 */
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { ReadyCheck } from '../http/health.js';
import type { EventDedupStore } from '../store/event-dedup.js';
import type { Store } from '../store/store.js';

/** The workspace the app lost access to; `enterprise` is '' outside Enterprise Grid. */
export interface LostWorkspace {
  team: string;
  enterprise: string;
}

export interface SlackDeps {
  index: CatalogIndex;
  /** The clock: every answer is placed against today. */
  now: () => Date;
  log: Logger;
  /** Remembers event ids so that Slack's retries get one reply. */
  dedup: EventDedupStore;
  /** Backs GET /readyz. */
  ready: ReadyCheck;
  /** Subscriptions, deliveries and the rest (the reminders listeners' business). */
  store: Store;
  /** CERTDESK_ADMINS: when not empty, only these users may change reminders. */
  admins: string[];
  /** Called on app_uninstalled and tokens_revoked (bot tokens): main pauses that workspace's reminders. */
  onUninstall?: (workspace: LostWorkspace, reason: 'app_uninstalled' | 'tokens_revoked') => Promise<void>;
  /** Called on tokens_revoked listing only user tokens (OAuth mode forgets those, keeps the bot). */
  onUserTokensRevoked?: (workspace: LostWorkspace, userIds: string[]) => Promise<void>;
}

/** Slack-facing names a register function wired: checked against manifest.yml by the tests. */
export interface RegisteredNames {
  commands: string[];
  /** Event names as the manifest spells them (message.im, not message). */
  events: string[];
  actions: string[];
  views: string[];
  /** Action ids of external selects whose options the app serves (block_suggestion). */
  options: string[];
}

/** One surface's listeners: `register(app, deps)` wires them and says what it wired. */
export type RegisterListeners = (app: App, deps: SlackDeps) => Partial<RegisteredNames>;
