import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/answer/types.js';
import { runCertdesk } from './run-cli-harness.js';

const fixtures = join(import.meta.dirname, '../fixtures/catalogs');

describe('certdesk ask', () => {
  it('answers a question from the built-in catalog as terminal text', async () => {
    const r = await runCertdesk(['ask', 'aaism']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AAISM');
    expect(r.stdout).toContain('90');
    expect(r.stdout).toContain('150');
    expect(r.stdout).toMatch(/CISM/);
    expect(r.stdout).toMatch(/CISSP/);
    expect(r.stdout).not.toMatch(/<https?:|\*[A-Z]/); // no Slack mrkdwn in the terminal
  });

  it('prints one JSON object per question with the documented keys', async () => {
    const r = await runCertdesk(['ask', '--json', 'aaism', 'vs', 'scs-c03']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0] ?? '');
    expect(Object.keys(obj)).toEqual(['question', 'intent', 'credentials', 'text', 'blocks']);
    expect(obj.question).toBe('aaism vs scs-c03');
    expect(obj.intent).toBe('compare');
    expect(obj.credentials.slice(0, 2)).toEqual(['aaism', 'scs-c03']);
    expect(Array.isArray(obj.blocks)).toBe(true);
    expect(INTENTS).toContain(obj.intent);
  });

  it('reads one question per line from standard input when none is given', async () => {
    const r = await runCertdesk(['ask', '--json'], { stdin: ['aaism', '', 'which certs test MITRE ATLAS', 'help'] });
    expect(r.code).toBe(0);
    const intents = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).intent);
    expect(intents).toEqual(['lookup', 'coverage', 'help']);
  });

  it('computes dates against --now: MLS-C01 on its last day, then retired with replacements first', async () => {
    const lastDay = await runCertdesk(['ask', '--json', '--now', '2026-03-31', 'is MLS-C01 still available']);
    const after = await runCertdesk(['ask', '--json', '--now', '2026-04-01T09:00:00Z', 'is MLS-C01 still available']);
    const a = JSON.parse(lastDay.stdout);
    const b = JSON.parse(after.stdout);
    expect(a.text).toMatch(/last day/i);
    expect(b.text).toMatch(/retired/i);
    expect(b.credentials[0]).toBe('mls-c01');
    expect(b.credentials).toEqual(expect.arrayContaining(['mla-c01', 'aif-c01']));
  });

  it('rejects a bad --now with a one-line reason and usage, exit 2', async () => {
    const r = await runCertdesk(['ask', '--now', '31/03/2026', 'aaism']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/--now takes YYYY-MM-DD/);
    expect(r.stderr).toMatch(/usage: certdesk ask/);
  });

  it('rejects an unknown option with exit 2', async () => {
    const r = await runCertdesk(['ask', '--jsn', 'aaism']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: certdesk ask/);
  });

  it('reads CATALOG_DIR like the app', async () => {
    const r = await runCertdesk(['ask', '--json', 'asp'], { env: { CATALOG_DIR: join(fixtures, 'valid') } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).credentials[0]).toBe('alpha');
  });

  it('says the catalog is broken instead of answering from it', async () => {
    const r = await runCertdesk(['ask', 'aaism'], { env: { CATALOG_DIR: join(fixtures, 'broken/weights') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/catalog check/);
  });
});

describe('certdesk show', () => {
  it('prints a credential as the catalog holds it', async () => {
    const r = await runCertdesk(['show', 'scs-c03', '--json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.id).toBe('scs-c03');
    expect(c.exam.questions).toBe(65);
  });

  it('prints YAML by default', async () => {
    const r = await runCertdesk(['show', 'aaism']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id: aaism$/m);
  });

  it('exits 1 with the closest ids for an unknown id', async () => {
    const r = await runCertdesk(['show', 'aasim']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no credential with id "aasim"/);
    expect(r.stderr).toMatch(/aaism/);
  });

  it('exits 2 without an id', async () => {
    const r = await runCertdesk(['show']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: certdesk show/);
  });
});

describe('certdesk catalog check', () => {
  it('passes on the shipped catalog', async () => {
    const r = await runCertdesk(['catalog', 'check']);
    expect(r.stdout).toMatch(/is valid/);
    expect(r.code).toBe(0);
  });

  it('lists every problem one per line and exits 1', async () => {
    const dir = join(fixtures, 'broken/role-unknown-credential');
    const r = await runCertdesk(['catalog', 'check', dir]);
    expect(r.code).toBe(1);
    // The overlay alone lacks files: each missing one is its own line.
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^[^:]+: [^:]+: .+/);
  });

  it('exits 2 on an unknown subcommand', async () => {
    const r = await runCertdesk(['catalog', 'lint']);
    expect(r.code).toBe(2);
  });
});

describe('certdesk', () => {
  it('exits 2 with usage on an unknown command', async () => {
    const r = await runCertdesk(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(r.stderr).toMatch(/usage: certdesk/);
  });
});

describe('certdesk help', () => {
  it.each(['ask', 'show', 'catalog', 'reminders', 'db'])('%s --help prints its usage and exits 0', async (name) => {
    const r = await runCertdesk([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`usage: certdesk ${name}`));
  });

  it('--help lists every command', async () => {
    const r = await runCertdesk(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['ask', 'show', 'catalog check', 'reminders add', 'reminders run', 'db migrate'])
      expect(r.stdout).toContain(name);
  });
});

describe('certdesk with a database it cannot reach', () => {
  it.each([
    ['db', 'migrate'],
    ['reminders', 'list'],
  ])('%s %s reports it and exits 1', async (...argv) => {
    const r = await runCertdesk(argv, { env: { DATABASE_URL: 'postgres://certdesk@127.0.0.1:1/none' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^certdesk: /);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
