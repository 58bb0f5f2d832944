import { Writable } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { secretValues } from '../../src/config.js';
import { createLogger } from '../../src/log/create-logger.js';
import { maskSecrets } from '../../src/log/mask-secrets.js';
import { toBoltLogger } from '../../src/log/to-bolt-logger.js';

function capture(level: Parameters<typeof createLogger>[0]['level'] = 'debug', secrets: string[] = []) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger({ level, destination, secrets }), lines, raw: () => JSON.stringify(lines) };
}

describe('createLogger', () => {
  it('writes JSON lines and redacts secret keys at any of the first three levels', () => {
    const { log, lines, raw } = capture();
    log.info(
      {
        botToken: 'xoxb-1-2-abc',
        config: { signingSecret: 's3cr3t', appToken: 'xapp-1-A-2' },
        headers: { authorization: 'Bearer t' },
      },
      'config',
    );
    expect(lines[0]?.msg).toBe('config');
    expect(raw()).not.toMatch(/xoxb-1|s3cr3t|xapp-1|Bearer t/);
    expect(raw()).toContain('[redacted]');
  });

  it('takes configured secret values and token shapes out of every line: deep fields, messages, error stacks', () => {
    const signing = 'sig-secret-"quoted"\\-0123';
    const { log, lines, raw } = capture('debug', [signing, 'hunter2-db-pass']);
    const err = new Error(`auth failed for xoxp-1-2-userTOKEN with ${signing}`);
    log.error(
      {
        err,
        a: { b: { c: { d: { deep: `xoxb-9-9-deepTOKEN and ${signing}` } } } },
        list: ['xapp-1-A1-appTOKEN', 'postgres://u:hunter2-db-pass@db/x'],
        body: 'payload={"token":"verifTOKEN","x":1}',
        headers: { 'x-slack-signature': `v0=${'a'.repeat(64)}` },
        note: `signed v0=${'b1'.repeat(32)}`,
      },
      `message with xoxe.xoxp-1-refreshTOKEN and hunter2-db-pass`,
    );
    expect(lines).toHaveLength(1); // still one parseable JSON line
    expect(raw()).not.toMatch(/TOKEN|quoted|hunter2|a{64}|(b1){32}/);
    expect(lines[0]?.err).toMatchObject({ type: 'Error' });
    expect(String((lines[0]?.err as { stack?: string } | undefined)?.stack)).toContain(
      'auth failed for xoxp-[redacted] with [redacted]',
    );
  });

  it('leaves ordinary text alone, and skips secret values too short to scrub by value', () => {
    const { log, lines } = capture('debug', ['short']);
    log.info({ team: 'T1', text: 'a short answer about CISSP <!channel>' }, 'asked');
    expect(lines[0]).toMatchObject({ msg: 'asked', team: 'T1', text: 'a short answer about CISSP <!channel>' });
  });

  it('respects the level', () => {
    const { log, lines } = capture('warn');
    log.info('quiet');
    log.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});

describe('secretValues', () => {
  it('lists every configured secret setting and the database password, and nothing else', () => {
    const values = secretValues({
      SLACK_BOT_TOKEN: ' xoxb-1-2-abc ',
      SLACK_SIGNING_SECRET: 'signing-0123456789',
      SLACK_APP_TOKEN: '',
      DATABASE_URL: 'postgres://certdesk:p%40ss-word@db:5432/certdesk',
      LOG_LEVEL: 'debug',
      PORT: '3000',
    });
    expect(new Set(values)).toEqual(
      new Set([' xoxb-1-2-abc ', 'xoxb-1-2-abc', 'signing-0123456789', 'p%40ss-word', 'p@ss-word']),
    );
    expect(secretValues({ DATABASE_URL: 'sqlite:./data/certdesk.db' })).toEqual([]);
  });
});

describe('maskSecrets', () => {
  it('masks Slack tokens, bearer credentials and URL passwords inside text', () => {
    const text = maskSecrets(
      'token=xoxb-123-456-abcDEF app xapp-1-A0-123-ff auth: Bearer abc.def postgres://u:hunter2@db:5432/x',
    );
    expect(text).not.toMatch(/abcDEF|A0-123|abc\.def|hunter2/);
    expect(text).toContain('xoxb-[redacted]');
    expect(text).toContain('postgres://u:[redacted]@db');
    expect(maskSecrets('payload {"token":"verif1cation","team_id":"T1"}')).toBe(
      'payload {"token":"[redacted]","team_id":"T1"}',
    );
  });
});

describe('toBoltLogger', () => {
  it('forwards Bolt messages to pino with tokens masked and errors attached', () => {
    const { log, lines, raw } = capture();
    const bolt = toBoltLogger(log);
    bolt.info('calling with', 'xoxb-99-88-secret', { n: 1 });
    bolt.error('failed', new Error('boom'));
    expect(lines[0]?.msg).toBe('calling with xoxb-[redacted] {"n":1}');
    expect(lines[1]?.msg).toBe('failed boom');
    expect(lines[1]?.err).toMatchObject({ message: 'boom' });
    expect(raw()).not.toContain('secret');
  });

  it('keeps LOG_LEVEL in charge: setLevel and setName from the SDKs are ignored', () => {
    const { log, lines } = capture('warn');
    const bolt = toBoltLogger(log);
    bolt.setLevel(LogLevel.DEBUG);
    bolt.setName('web-api:WebClient:0');
    bolt.info('dropped');
    bolt.warn('kept');
    expect(lines.map((l) => l.msg)).toEqual(['kept']);
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
    expect(toBoltLogger(capture('trace').log).getLevel()).toBe(LogLevel.DEBUG);
    expect(toBoltLogger(capture('silent').log).getLevel()).toBe(LogLevel.ERROR);
  });
});
