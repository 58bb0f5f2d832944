import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATABASE_URL, parseBaseConfig, parseConfig } from '../src/config.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('parseConfig', () => {
  it('selects Socket Mode when an app token is given', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(c.mode).toEqual({ kind: 'socket', appToken: 'xapp-1', signingSecret: undefined });
    expect(c.port).toBe(3000);
    expect(c.logLevel).toBe('info');
    expect(c.databaseUrl).toBe(DEFAULT_DATABASE_URL);
    expect(c.tickSeconds).toBe(60);
    expect(c.database).toEqual({ connectTimeoutMs: 2000, statementTimeoutMs: 2000, poolSize: 10, busyTimeoutMs: 2000 });
  });

  it('reads the database timeouts and pool size, and names a bad one', () => {
    const c = parseBaseConfig({
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      DATABASE_POOL_SIZE: '4',
      DATABASE_BUSY_TIMEOUT_MS: '0',
    });
    expect(c.database).toEqual({ connectTimeoutMs: 500, statementTimeoutMs: 1500, poolSize: 4, busyTimeoutMs: 0 });
    expect(problemsOf(() => parseBaseConfig({ DATABASE_POOL_SIZE: 'lots' }))[0]).toMatch(/^DATABASE_POOL_SIZE .*1–100/);
  });

  it('selects HTTP mode with a signing secret', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'shh', PORT: '8080' });
    expect(c.mode).toEqual({ kind: 'http', signingSecret: 'shh' });
    expect(c.port).toBe(8080);
  });

  it('names every missing variable and where to get it', () => {
    const problems = problemsOf(() => parseConfig({}));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN is missing — .*OAuth & Permissions/);
    expect(problems[1]).toMatch(/SLACK_APP_TOKEN \(Socket Mode\) or SLACK_SIGNING_SECRET \(HTTP mode\) is missing/);
  });

  it('treats blank variables as unset', () => {
    expect(problemsOf(() => parseConfig({ SLACK_BOT_TOKEN: '  ', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is missing/),
    ]);
  });

  it('names malformed variables and the form they take', () => {
    const problems = problemsOf(() =>
      parseConfig({
        SLACK_BOT_TOKEN: 'xoxp-user-token',
        SLACK_APP_TOKEN: 'xapp-1',
        PORT: '70000',
        LOG_LEVEL: 'loud',
        SLACK_API_URL: 'ftp://slack.example',
        CERTDESK_ADMINS: 'U012ABC, not-a-user',
        CERTDESK_TICK_SECONDS: '0',
      }),
    );
    for (const name of [
      'SLACK_BOT_TOKEN',
      'PORT',
      'LOG_LEVEL',
      'SLACK_API_URL',
      'CERTDESK_ADMINS',
      'CERTDESK_TICK_SECONDS',
    ])
      expect(problems.some((p) => p.startsWith(`${name} `))).toBe(true);
    expect(problems.find((p) => p.startsWith('SLACK_BOT_TOKEN'))).toMatch(/must start with xoxb-/);
  });
});

describe('parseBaseConfig', () => {
  it('needs no Slack credentials (the CLI) and parses the admins list', () => {
    const c = parseBaseConfig({ CERTDESK_ADMINS: 'U012ABC, W034DEF,', CATALOG_DIR: '/tmp/cat' });
    expect(c.admins).toEqual(['U012ABC', 'W034DEF']);
    expect(c.catalogDir).toBe('/tmp/cat');
  });
});
