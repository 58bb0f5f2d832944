import { ConfigError, parseBaseConfig } from '../../config.js';
import { createInstallations } from '../../oauth/create-oauth-parts.js';
import { processHolderId } from '../../reminders/create-reminder-service.js';
import { openStore } from '../../store/open-store.js';
import { type CliCommand, UsageError } from '../cli-io.js';
import { parseOptions } from '../parse-options.js';

export const KEYS_USAGE = 'usage: certdesk keys rotate';

/**
 * `certdesk keys rotate`: re-encrypt every installation with CERTDESK_ENCRYPTION_KEY (records sealed
 * with CERTDESK_ENCRYPTION_KEY_PREVIOUS still open). Afterwards the previous key can be dropped.
 */
export const keysCommand: CliCommand = async (args, io) => {
  const { positionals } = parseOptions(args, {}, KEYS_USAGE);
  const [sub, ...extra] = positionals;
  if (sub !== 'rotate')
    throw new UsageError(sub ? `unknown keys command "${sub}"` : 'keys needs a command', KEYS_USAGE);
  if (extra.length > 0) throw new UsageError('keys rotate takes no arguments', KEYS_USAGE);
  const config = parseBaseConfig(io.env);
  if (!config.encryption) {
    throw new ConfigError([
      'CERTDESK_ENCRYPTION_KEY is missing — the key to re-encrypt installations with (32 bytes, base64); set the key it replaces as CERTDESK_ENCRYPTION_KEY_PREVIOUS',
    ]);
  }
  const store = await openStore(config.databaseUrl, { limits: config.database });
  try {
    const installations = createInstallations({
      oauth: undefined,
      encryption: config.encryption,
      store,
      log: { info() {}, warn() {}, error() {} },
      slackApiUrl: config.slackApiUrl,
      holder: `cli:${processHolderId()}`,
    });
    const { resealed, current } = await installations.rotateKeys();
    io.stdout(
      `Re-encrypted ${resealed} installation${resealed === 1 ? '' : 's'} with the current key (${current} already used it).\n` +
        (config.encryption.previousKey ? 'CERTDESK_ENCRYPTION_KEY_PREVIOUS is no longer needed.\n' : ''),
    );
  } finally {
    await store.close();
  }
  return 0;
};
