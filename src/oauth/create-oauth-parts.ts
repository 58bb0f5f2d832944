/**
 * OAuth mode's parts, for main.ts and the CLI alike: the sealing keys, the installation service
 * (refreshing tokens with the app's client credentials), and Bolt's installer over the database.
 */
import type { Logger } from '@slack/web-api';
import type { EncryptionConfig, OAuthConfig } from '../config.js';
import { botScopes } from '../slack/api-scopes.js';
import type { ReceiverInstaller } from '../slack/create-receiver.js';
import type { Store } from '../store/store.js';
import { createInstallationService, type InstallationService, type InstallLog } from './create-installation-service.js';
import { createInstallationStore } from './create-installation-store.js';
import { createStateStore } from './create-state-store.js';
import { createTokenRefresher } from './create-token-refresher.js';
import { createSecretBox, decodeKey, type SecretBox } from './seal-secret.js';

/** The box over CERTDESK_ENCRYPTION_KEY (and _PREVIOUS); config.ts has checked both decode. */
export function secretBoxOf(encryption: EncryptionConfig): SecretBox {
  const key = decodeKey(encryption.key);
  if (!key) throw new Error('CERTDESK_ENCRYPTION_KEY must be 32 bytes in base64');
  const previous = encryption.previousKey ? decodeKey(encryption.previousKey) : undefined;
  return createSecretBox(key, previous);
}

export interface OAuthPartsOptions {
  oauth: Pick<OAuthConfig, 'clientId' | 'clientSecret'> | undefined;
  encryption: EncryptionConfig;
  store: Store;
  log: InstallLog;
  /** The token refresher's Web API client logs here (a scrubbing logger), never to the console. */
  clientLogger?: Logger | undefined;
  slackApiUrl: string | undefined;
  holder: string;
}

export function createInstallations(opts: OAuthPartsOptions): InstallationService {
  return createInstallationService({
    store: opts.store,
    box: secretBoxOf(opts.encryption),
    log: opts.log,
    holder: opts.holder,
    refresh: opts.oauth
      ? createTokenRefresher({
          clientId: opts.oauth.clientId,
          clientSecret: opts.oauth.clientSecret,
          slackApiUrl: opts.slackApiUrl,
          logger: opts.clientLogger,
        })
      : undefined,
  });
}

export function createInstaller(oauth: OAuthConfig, service: InstallationService, store: Store): ReceiverInstaller {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    scopes: botScopes(),
    installationStore: createInstallationStore(service),
    stateStore: createStateStore({ store, secret: oauth.stateSecret }),
  };
}
