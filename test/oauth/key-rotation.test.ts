/**
 * Rolling in a new CERTDESK_ENCRYPTION_KEY, on SQLite and PostgreSQL: records sealed with the old key
 * open while it is CERTDESK_ENCRYPTION_KEY_PREVIOUS, a write re-seals with the new one, and
 * `certdesk keys rotate` re-seals everything, after which the new key alone opens every record.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstallationService } from '../../src/oauth/create-installation-service.js';
import { secretBoxOf } from '../../src/oauth/create-oauth-parts.js';
import { decodeKey, keyIdOf } from '../../src/oauth/seal-secret.js';
import { runCertdesk } from '../cli/run-cli-harness.js';
import { KEY_A, KEY_B, type OAuthHarness, startOAuthHarness } from '../slack/oauth-harness.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { installedToken } from '../support/slack-stand-in.js';

const silent = { info() {}, warn() {}, error() {} };
const idOf = (key: string) => keyIdOf(decodeKey(key) as Buffer);

describe.each(STORE_KINDS)('encryption key rotation on %s', (kind) => {
  let target: StoreTarget;
  let h: OAuthHarness;

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    h = await startOAuthHarness({ url: target.url, encryption: { key: KEY_A } });
    await h.install('T0AAA');
    await h.install('T0BBB');
  });
  afterEach(async () => {
    await h.close();
    await target.cleanup();
  });

  const service = (key: string, previousKey?: string) =>
    createInstallationService({ store: h.store, box: secretBoxOf({ key, previousKey }), log: silent, holder: 't' });
  const keyIds = async () => (await h.store.installations.list()).map((r) => [r.team, r.keyId]);

  it('opens old records with the previous key and re-seals them on write', async () => {
    expect(await keyIds()).toEqual([
      ['T0AAA', idOf(KEY_A)],
      ['T0BBB', idOf(KEY_A)],
    ]);
    await expect(service(KEY_B).botToken({ team: 'T0AAA', enterprise: '' })).rejects.toThrow(
      /neither CERTDESK_ENCRYPTION_KEY nor CERTDESK_ENCRYPTION_KEY_PREVIOUS/,
    );
    const rolling = service(KEY_B, KEY_A);
    expect(await rolling.botToken({ team: 'T0AAA', enterprise: '' })).toBe(installedToken('T0AAA'));
    // A write (here: a user token revoked) seals with the current key.
    expect(await rolling.removeUserTokens({ team: 'T0AAA', enterprise: '' }, ['U0INSTALLER'])).toBe(true);
    expect(await keyIds()).toEqual([
      ['T0AAA', idOf(KEY_B)],
      ['T0BBB', idOf(KEY_A)],
    ]);
    expect(await service(KEY_B).botToken({ team: 'T0AAA', enterprise: '' })).toBe(installedToken('T0AAA'));
  });

  it('re-seals everything with certdesk keys rotate', async () => {
    const env = { DATABASE_URL: target.url, CERTDESK_ENCRYPTION_KEY: KEY_B, CERTDESK_ENCRYPTION_KEY_PREVIOUS: KEY_A };
    const r = await runCertdesk(['keys', 'rotate'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Re-encrypted 2 installations with the current key \(0 already used it\)\./);
    expect(await keyIds()).toEqual([
      ['T0AAA', idOf(KEY_B)],
      ['T0BBB', idOf(KEY_B)],
    ]);
    for (const team of ['T0AAA', 'T0BBB']) {
      expect(await service(KEY_B).botToken({ team, enterprise: '' })).toBe(installedToken(team));
    }
    expect((await runCertdesk(['keys', 'rotate'], { env })).stdout).toMatch(
      /^Re-encrypted 0 installations .*\(2 already/,
    );
    // Without the previous key a record it sealed would not open: rotate says which variable is missing.
    const noKey = await runCertdesk(['keys', 'rotate'], { env: { DATABASE_URL: target.url } });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/CERTDESK_ENCRYPTION_KEY is missing/);
  });

  it('refuses a sealed value moved onto another workspace row', async () => {
    const a = await h.store.installations.get({ team: 'T0AAA', enterprise: '' });
    const b = await h.store.installations.get({ team: 'T0BBB', enterprise: '' });
    if (!a || !b) throw new Error('both installed');
    await h.store.installations.put({ ...b, secret: a.secret });
    await expect(service(KEY_A).botToken({ team: 'T0BBB', enterprise: '' })).rejects.toThrow(/does not open/);
  });
});
