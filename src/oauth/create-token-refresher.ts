/** Token rotation: oauth.v2.access with grant_type=refresh_token (needs no scope; the client id and secret). */
import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import type { RefreshToken } from './create-installation-service.js';

export interface TokenRefresherOptions {
  clientId: string;
  clientSecret: string;
  slackApiUrl?: string | undefined;
  /** The client's own lines (Slack's warnings, failed requests): without it they go to the console unscrubbed. */
  logger?: Logger | undefined;
}

export function createTokenRefresher(opts: TokenRefresherOptions): RefreshToken {
  const client = new WebClient(undefined, {
    ...(opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {}),
    retryConfig: { retries: 2 },
    timeout: 10_000,
    logLevel: LogLevel.ERROR,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  return async (refreshToken) => {
    const r = await client.oauth.v2.access({
      client_id: opts.clientId,
      client_secret: opts.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
    if (!r.access_token || !r.refresh_token || r.expires_in === undefined) {
      throw new Error('oauth.v2.access answered a refresh without a token, refresh token and lifetime');
    }
    return { accessToken: r.access_token, refreshToken: r.refresh_token, expiresInSeconds: r.expires_in };
  };
}
