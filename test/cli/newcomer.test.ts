/**
 * The command line as a newcomer meets it: help and version, a question typed without `ask`, typos of
 * commands, unknown options, impossible dates, a terminal waiting for questions, and a closed pipe.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCertdesk } from './run-cli-harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('certdesk --help and --version', () => {
  it('--version prints the version and exits 0', async () => {
    const r = await runCertdesk(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: 'certdesk 9.9.9-test\n' });
  });

  it('--help says where to start', async () => {
    const r = await runCertdesk(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('certdesk ask aaism');
    expect(r.stdout).toContain('--version');
  });

  it('ask --help shows an example of each kind of question', async () => {
    const r = await runCertdesk(['ask', '--help']);
    expect(r.code).toBe(0);
    for (const example of [
      'how much is aaism',
      'aaism vs scs-c03',
      'cheapest',
      'what next',
      'can I sit',
      'retirements',
    ])
      expect(r.stdout).toContain(example);
    expect(r.stdout).toContain('--now');
  });
});

describe('certdesk given something that is not a command', () => {
  it('a question without ask suggests certdesk ask', async () => {
    const r = await runCertdesk(['aaism']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('certdesk: unknown command "aaism". To ask a question: certdesk ask aaism');
  });

  it('several words are quoted for the shell', async () => {
    const r = await runCertdesk(['how', 'much', 'is', 'aaism']);
    expect(r.stderr.split('\n')[0]).toContain('certdesk ask "how much is aaism"');
  });

  it.each([
    ['aks', 'ask'],
    ['shwo', 'show'],
    ['catalgo', 'catalog'],
    ['reminder', 'reminders'],
  ])('a typo of a command (%s) suggests the closest (%s)', async (typo, command) => {
    const r = await runCertdesk([typo, 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`certdesk: unknown command "${typo}". Did you mean: certdesk ${command} x`);
  });

  it('an unknown top-level option is named, not taken for a command', async () => {
    const r = await runCertdesk(['--frob']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('certdesk: unknown option --frob');
  });
});

describe('unknown options: one clean line, then the usage', () => {
  it.each([
    [['ask', '--frob', 'aaism'], 'certdesk: unknown option --frob'],
    [['ask', '-x'], 'certdesk: unknown option -x'],
    [['ask', '--now'], 'certdesk: --now needs a value'],
    [['ask', '--json=yes', 'aaism'], 'certdesk: --json takes no value'],
    [['show', '--yaml', 'aaism'], 'certdesk: unknown option --yaml'],
    [['catalog', 'check', '--strict'], 'certdesk: unknown option --strict'],
    [['catalog', '--strict'], 'certdesk: unknown option --strict'],
    [['db', 'migrate', '--force'], 'certdesk: unknown option --force'],
    [['reminders', 'list', '--frob'], 'certdesk: unknown option --frob'],
  ])('%j', async (argv, line) => {
    const r = await runCertdesk(argv);
    expect(r.code).toBe(2);
    const [first, second] = r.stderr.split('\n');
    expect(first).toBe(line);
    expect(second).toMatch(/^usage: certdesk /);
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional|\bat .*\.ts:\d+/);
  });
});

describe('impossible dates', () => {
  it.each([
    [['ask', '--now', '2026-13-01', 'aaism'], 'certdesk: --now 2026-13-01 is not a real date'],
    [['ask', '--now', '2026-02-30', 'aaism'], 'certdesk: --now 2026-02-30 is not a real date'],
    [['ask', '--now', '2026-02-30T10:00:00Z', 'aaism'], 'certdesk: --now 2026-02-30 is not a real date'],
    [['reminders', 'run', '--dry-run', '--now', '2027-00-10'], 'certdesk: --now 2027-00-10 is not a real date'],
    [
      ['ask', '--now', 'tomorrow', 'aaism'],
      'certdesk: --now takes YYYY-MM-DD or an ISO 8601 timestamp, not "tomorrow"',
    ],
  ])('%j', async (argv, line) => {
    const r = await runCertdesk(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(line);
  });
});

describe('certdesk ask with no question', () => {
  it('on a terminal, says it is reading questions and how to stop', async () => {
    const r = await runCertdesk(['ask'], { stdin: ['aaism'], stdinIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/one per line.*Ctrl-D/);
    expect(r.stdout).toContain('AAISM');
  });

  it('from a pipe, reads quietly', async () => {
    const r = await runCertdesk(['ask'], { stdin: ['aaism'], stdinIsTTY: false });
    expect(r.stderr).toBe('');
  });
});

describe('a closed pipe ends every command quietly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certdesk-pipe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  /** Runs the real certdesk process with its standard output closed by the reader before it writes. */
  async function runWithClosedStdout(argv: string[], stdin = '') {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...argv], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'certdesk.db')}`, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdin.end(stdin);
    const [code] = (await once(child, 'close')) as [number | null];
    return { code, stderr };
  }

  it.each([
    [['ask', 'aaism']],
    [['ask'], 'aaism\nwhich certs cover prompt injection?\n'.repeat(50)],
    [['--help']],
    [['--version']],
    [['show', 'aaism']],
    [['catalog', 'check']],
    [['db', 'migrate']],
    [['reminders', 'list']],
    [['reminders', 'run', '--dry-run']],
  ])(
    '%j',
    async (argv, stdin?: string) => {
      const r = await runWithClosedStdout(argv, stdin);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
    30_000,
  );

  it('the real process reports the package version', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--version'], {
      cwd: ROOT,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await once(child, 'close');
    expect(out).toBe(`certdesk ${version}\n`);
  }, 60_000);
});

describe('certdesk catalog stale', () => {
  it('lists nothing while every entry is fresh, and exits 0', async () => {
    const r = await runCertdesk(['catalog', 'stale', '--now', '2026-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No entry is due for review on 2026-12-01 \(\d+ checked\)\.\n$/);
  });

  it('lists due entries most overdue first, one line each with the issuer pages to re-check', async () => {
    const r = await runCertdesk(['catalog', 'stale', '--now', '2027-12-01']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const summary = lines.pop() ?? '';
    expect(summary).toMatch(/^\d+ of \d+ entries due for review on 2027-12-01\.$/);
    const overdue = lines.map((l) => Number(/, (\d+) days ago/.exec(l)?.[1]));
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    const aaism = lines.find((l) => l.startsWith('aaism: '));
    expect(aaism).toMatch(/re-check https:\/\/www\.isaca\.org\//);
  });

  it('--json gives the same entries as data', async () => {
    const r = await runCertdesk(['catalog', 'stale', '--now', '2027-12-01', '--json']);
    const data = JSON.parse(r.stdout) as { today: string; due: { id: string; due: boolean; recheck: string[] }[] };
    expect(data.today).toBe('2027-12-01');
    expect(data.due.length).toBeGreaterThan(0);
    expect(data.due.every((d) => d.due && d.recheck.length > 0)).toBe(true);
  });

  it('exits 1 on a broken catalog', async () => {
    const broken = fileURLToPath(new URL('../fixtures/catalogs/broken', import.meta.url));
    const r = await runCertdesk(['catalog', 'stale', broken]);
    expect(r.code).toBe(1);
  });
});
