/**
 * Installations in the database, sealed at rest, for every part of the app alike (Bolt's authorize,
 * the reminder scheduler, the CLI): look one up (refreshing an expiring bot token first, one process
 * at a time across replicas), record an install (restoring what an uninstall paused), remove one on
 * uninstall (its other data kept paused until the purge), re-seal everything with the current key.
 *
 * A short-lived memory of the installations recently read keeps answers flowing through a brief
 * database outage; a workspace not read recently cannot be served until the database returns.
 */
import type { Installation, InstallationQuery } from '@slack/bolt';
import { pauseWorkspace } from '../reminders/pause-workspace.js';
import type { WorkspaceRef } from '../reminders/reminder-types.js';
import type { InstallationRow, Store } from '../store/store.js';
import { describeWorkspace, NotInstalledError, RefreshBusyError } from './installation-errors.js';
import { sealingContext, workspaceKey, workspaceOfInstallation, workspaceOfQuery } from './installation-key.js';
import type { SecretBox } from './seal-secret.js';

export interface InstallLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** oauth.v2.access with grant_type=refresh_token: the new token, its refresh token and lifetime. */
export type RefreshToken = (
  refreshToken: string,
) => Promise<{ accessToken: string; refreshToken: string; expiresInSeconds: number }>;

export interface InstallationServiceOptions {
  store: Pick<Store, 'installations' | 'locks' | 'workspaces' | 'subscriptions'>;
  box: SecretBox;
  log: InstallLog;
  /** Needed once a workspace's token expires (token rotation on); without it, expiring tokens are used as they are. */
  refresh?: RefreshToken | undefined;
  /** This process, as written into the refresh lock. */
  holder: string;
  now?: () => Date;
  /** How long a workspace read stays usable through a database outage (default 5 minutes). */
  cacheMs?: number;
  /** How long to wait for another process's refresh (default 10 s). */
  lockWaitMs?: number;
}

/** Why subscriptions were paused when the app lost the workspace: a reinstall resumes these. */
export const UNINSTALL_REASONS: readonly string[] = ['app_uninstalled', 'tokens_revoked'];
/** How long an uninstalled workspace's data is kept (paused) before it is purged. */
export const RETENTION_DAYS = 30;
/** Refresh a bot token that expires within this (Bolt's own check, 2 hours, then never fires). */
export const REFRESH_WINDOW_MS = (2 * 60 + 15) * 60 * 1000;
const LOCK_LEASE_MS = 30_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface InstallationService {
  /** Record an installation from the OAuth flow; restores what an uninstall paused. */
  install(installation: Installation): Promise<{ restored: number }>;
  /** The installation serving `query`, its bot token refreshed when about to expire. */
  fetch(query: InstallationQuery<boolean>): Promise<Installation>;
  /** The workspace's bot token (refreshed when about to expire). */
  botToken(workspace: WorkspaceRef): Promise<string>;
  /** The app lost the workspace (app_uninstalled, bot tokens_revoked): delete the installation, pause the rest. */
  removeBot(workspace: WorkspaceRef, reason: string): Promise<{ removed: boolean; paused: number }>;
  /** tokens_revoked listing only user tokens: forget those, keep the bot. */
  removeUserTokens(workspace: WorkspaceRef, userIds: string[]): Promise<boolean>;
  /** Re-seal every installation with the current key; returns how many were re-sealed and how many already were. */
  rotateKeys(): Promise<{ resealed: number; current: number }>;
  /** Purge the workspaces uninstalled more than RETENTION_DAYS ago; returns them. */
  purgeExpired(): Promise<WorkspaceRef[]>;
}

type StoredInstallation = Installation;

export function createInstallationService(opts: InstallationServiceOptions): InstallationService {
  const { store, box, log } = opts;
  const now = opts.now ?? (() => new Date());
  const cacheMs = opts.cacheMs ?? 5 * 60 * 1000;
  const lockWaitMs = opts.lockWaitMs ?? 10_000;
  const recent = new Map<string, { installation: StoredInstallation; at: number }>();

  const open = (row: InstallationRow): StoredInstallation =>
    JSON.parse(box.open({ keyId: row.keyId, sealed: row.secret }, sealingContext(row))) as StoredInstallation;

  const load = async (ws: WorkspaceRef) => {
    const row = await store.installations.get(ws);
    return row ? { row, installation: open(row) } : undefined;
  };

  const write = async (ws: WorkspaceRef, installation: StoredInstallation, installedAt?: Date) => {
    const at = now();
    const sealed = box.seal(JSON.stringify(installation), sealingContext(ws));
    const expiresAt = installation.bot?.expiresAt;
    await store.installations.put({
      ...ws,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      keyId: sealed.keyId,
      secret: sealed.sealed,
      botExpiresAt: expiresAt === undefined ? null : new Date(expiresAt * 1000),
      installedAt: installedAt ?? at,
      updatedAt: at,
    });
  };

  const needsRefresh = (i: StoredInstallation) =>
    i.bot?.refreshToken !== undefined &&
    i.bot.expiresAt !== undefined &&
    i.bot.expiresAt * 1000 - now().getTime() <= REFRESH_WINDOW_MS;

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function refreshUnderLock(ws: WorkspaceRef): Promise<StoredInstallation> {
    const refresh = opts.refresh;
    const name = `token-refresh/${workspaceKey(ws)}`;
    const giveUpAt = Date.now() + lockWaitMs;
    for (;;) {
      const t = now();
      if (await store.locks.acquire(name, opts.holder, t, new Date(t.getTime() + LOCK_LEASE_MS))) break;
      await sleep(100);
      // Another process is refreshing: its result, once written, is ours too.
      const seen = await load(ws);
      if (!seen) throw new NotInstalledError(ws);
      if (!needsRefresh(seen.installation)) return seen.installation;
      if (Date.now() > giveUpAt) throw new RefreshBusyError(ws);
    }
    try {
      const current = await load(ws);
      if (!current) throw new NotInstalledError(ws);
      const { installation } = current;
      const bot = installation.bot;
      if (!needsRefresh(installation) || !bot?.refreshToken || !refresh) return installation;
      const fresh = await refresh(bot.refreshToken);
      const updated: StoredInstallation = {
        ...installation,
        bot: {
          ...bot,
          token: fresh.accessToken,
          refreshToken: fresh.refreshToken,
          expiresAt: Math.floor(now().getTime() / 1000) + fresh.expiresInSeconds,
        },
      };
      await write(ws, updated, current.row.installedAt);
      log.info({ ...ws, expiresInSeconds: fresh.expiresInSeconds }, 'bot token refreshed');
      return updated;
    } finally {
      await store.locks.release(name, opts.holder);
    }
  }

  async function resolve(ws: WorkspaceRef): Promise<StoredInstallation> {
    let found = await load(ws);
    let at = ws;
    // A workspace of an organization where the app is installed org-wide.
    if (!found && ws.team !== '' && ws.enterprise !== '') {
      at = { team: '', enterprise: ws.enterprise };
      found = await load(at);
    }
    if (!found) throw new NotInstalledError(ws);
    return needsRefresh(found.installation) ? refreshUnderLock(at) : found.installation;
  }

  async function fetchWorkspace(ws: WorkspaceRef): Promise<StoredInstallation> {
    const key = workspaceKey(ws);
    try {
      const installation = await resolve(ws);
      recent.set(key, { installation, at: now().getTime() });
      return installation;
    } catch (err) {
      if (err instanceof NotInstalledError) {
        recent.delete(key);
        throw err;
      }
      const hit = recent.get(key);
      const expires = hit?.installation.bot?.expiresAt;
      const t = now().getTime();
      const usable = hit && t - hit.at <= cacheMs && (expires === undefined || expires * 1000 > t);
      if (hit && usable) {
        log.warn(
          { ...ws, err },
          'installation store unavailable: serving the workspace from the recent-installations cache',
        );
        return hit.installation;
      }
      log.error(
        { ...ws, err },
        `installation store unavailable and ${describeWorkspace(ws)} was not seen recently: it cannot be served until the database returns`,
      );
      throw err;
    }
  }

  return {
    async install(installation) {
      const ws = workspaceOfInstallation(installation);
      const before = await store.installations.get(ws);
      await write(ws, installation, before?.installedAt);
      recent.delete(workspaceKey(ws));
      const wasRemoved = await store.workspaces.restore(ws);
      let restored = 0;
      if (wasRemoved || !before) {
        const paused = (await store.subscriptions.list(ws)).filter(
          (s) => s.status === 'paused' && s.pausedReason !== null && UNINSTALL_REASONS.includes(s.pausedReason),
        );
        if (paused.length > 0) {
          restored = (
            await store.subscriptions.resume(
              ws,
              paused.map((s) => s.id),
              'certdesk',
              now(),
            )
          ).length;
        }
      }
      log.info({ ...ws, reinstall: wasRemoved, restored }, 'installed');
      return { restored };
    },

    fetch: (query) => fetchWorkspace(workspaceOfQuery(query)),

    async botToken(ws) {
      const token = (await fetchWorkspace(ws)).bot?.token;
      if (!token) throw new NotInstalledError(ws);
      return token;
    },

    async removeBot(ws, reason) {
      recent.delete(workspaceKey(ws));
      const removed = await store.installations.remove(ws);
      await store.workspaces.markRemoved(ws, reason, now());
      const paused = await pauseWorkspace(store, { ...ws, reason, now: now() });
      log.info(
        { ...ws, reason, removed, paused: paused.length },
        'installation removed; data kept paused until purged',
      );
      return { removed, paused: paused.length };
    },

    async removeUserTokens(ws, userIds) {
      const found = await load(ws);
      const user = found?.installation.user;
      if (!found || !user?.token || !userIds.includes(user.id)) return false;
      const { token: _t, refreshToken: _r, expiresAt: _e, ...rest } = user;
      await write(ws, { ...found.installation, user: { ...rest, token: undefined } }, found.row.installedAt);
      recent.delete(workspaceKey(ws));
      log.info({ ...ws, users: userIds.length }, 'user tokens revoked; bot installation kept');
      return true;
    },

    async rotateKeys() {
      let resealed = 0;
      let current = 0;
      for (const row of await store.installations.list()) {
        if (row.keyId === box.keyId) {
          current++;
          continue;
        }
        await write(row, open(row), row.installedAt);
        resealed++;
      }
      return { resealed, current };
    },

    async purgeExpired() {
      const before = new Date(now().getTime() - RETENTION_DAYS * DAY_MS);
      const due = await store.workspaces.removedBefore(before);
      for (const ws of due) {
        const deleted = await store.workspaces.purge(ws);
        log.info({ ...ws, deleted }, `purged a workspace uninstalled more than ${RETENTION_DAYS} days ago`);
      }
      return due;
    },
  };
}

/** What Bolt's authorize gets: no refresh tokens, so Bolt never refreshes on its own (we did, under the lock). */
export function withoutRefreshTokens(installation: Installation): Installation {
  const { bot, user } = installation;
  return {
    ...installation,
    ...(bot ? { bot: { token: bot.token, scopes: bot.scopes, id: bot.id, userId: bot.userId } } : {}),
    user: { token: user.token, scopes: user.scopes, id: user.id },
  } as Installation;
}
