/**
 * Issue 10 §3: `certdesk ask` prints the summary (the Slack card's content), `--full` everything, `--json`
 * keeps its shape; lines wrap at the terminal's width, 80 when standard output is not a terminal.
 */
import { describe, expect, it } from 'vitest';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { answerMaker } from '../render/support/make-answers.js';
import { runCertdesk } from './run-cli-harness.js';

const today = await answerMaker('2026-11-24');
const index = today.index;
/** A line that is one address (a URL, or a source's "(domain/path)"): it cannot be broken. */
const URL_LINE = /^\s*\(?(https?:\/\/)?[\w.-]+\.[a-z]+\/\S*$/;
const tooWide = (text: string, width: number) =>
  text.split('\n').filter((line) => [...line].length > width && !URL_LINE.test(line));

describe('certdesk ask: summary and --full', () => {
  it('prints the summary: key facts, who it is for, one caveat, the strongest source, and how to see the rest', async () => {
    const r = await runCertdesk(['ask', 'aaism']);
    expect(r.code).toBe(0);
    for (const label of ['Questions', 'Time', 'Passing score', 'Cost', 'Prerequisites', "Who it's for"])
      expect(r.stdout).toMatch(new RegExp(`^${label}: +\\S`, 'm'));
    expect(r.stdout).toMatch(/^Caveat: /m);
    expect(r.stdout).toMatch(/^Source: ISACA — AAISM Exam Content Outline/m);
    expect(r.stdout).not.toMatch(/^(Domains|Trust signals|Topic coverage|Dated events|Caveats)$/m);
    expect(r.stdout.trimEnd()).toMatch(/Everything else: certdesk ask --full aaism$/);
    expect(tooWide(r.stdout, 80)).toEqual([]);
  });

  it('--full prints everything: domains, trust signals, coverage, dates, related, every caveat and source', async () => {
    const r = await runCertdesk(['ask', '--full', 'aaism']);
    expect(r.code).toBe(0);
    for (const heading of ['Domains', 'Trust signals', 'Topic coverage', 'Dated events', 'Related', 'Caveats'])
      expect(r.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
    const aaism = index.credential('aaism');
    for (const s of aaism?.sources ?? []) if (s.url) expect(r.stdout).toContain(s.url);
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const c of aaism?.caveats ?? []) expect(flat).toContain(c.text.replace(/\s+/g, ' '));
    expect(r.stdout).not.toContain('--full');
    expect(tooWide(r.stdout, 80)).toEqual([]);
  });

  it('keeps every card to 80 columns by default, summary and --full', () => {
    const problems = index.catalog.credentials.flatMap((c) =>
      [false, true].flatMap((full) =>
        tooWide(renderTextAnswer(today.lookup(c.id), { lookup: index, full }), 80).map(
          (line) => `${c.id}${full ? ' --full' : ''}: ${line}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("wraps at the terminal's width when standard output is a terminal", async () => {
    const narrow = await runCertdesk(['ask', '--full', 'aaism'], { stdoutColumns: 60 });
    expect(tooWide(narrow.stdout, 60)).toEqual([]);
    const wide = await runCertdesk(['ask', '--full', 'aaism'], { stdoutColumns: 140 });
    expect(tooWide(wide.stdout, 140)).toEqual([]);
    expect(
      Math.max(
        ...wide.stdout
          .split('\n')
          .filter((l) => !URL_LINE.test(l))
          .map((l) => l.length),
      ),
    ).toBeGreaterThan(80);
  });

  it('a long list shows its first 10 lines; --full every line', async () => {
    const summary = await runCertdesk(['ask', 'certs with no prerequisites']);
    const full = await runCertdesk(['ask', '--full', 'certs with no prerequisites']);
    const count = Number(/^(\d+) credentials, the first 10 shown:$/m.exec(summary.stdout)?.[1]);
    expect(count).toBeGreaterThan(10);
    const items = (out: string) => out.split('\n').filter((l) => /^ {2}- \S/.test(l)).length;
    expect(items(summary.stdout)).toBe(10);
    expect(summary.stdout).toContain(`… and ${count - 10} more credentials.`);
    expect(summary.stdout).toContain("certdesk ask --full 'certs with no prerequisites'");
    expect(items(full.stdout)).toBe(count);
    expect(full.stdout).toMatch(new RegExp(`^${count} credentials:$`, 'm'));
  });

  it('--json keeps its shape; its text follows --full', async () => {
    const plain = JSON.parse((await runCertdesk(['ask', '--json', 'aaism'])).stdout);
    const full = JSON.parse((await runCertdesk(['ask', '--json', '--full', 'aaism'])).stdout);
    for (const obj of [plain, full])
      expect(Object.keys(obj)).toEqual(['question', 'intent', 'credentials', 'text', 'blocks']);
    expect(full.blocks).toEqual(plain.blocks);
    expect(plain.text).not.toMatch(/^Trust signals$/m);
    expect(full.text).toMatch(/^Trust signals$/m);
  });

  it('ask --help tells of --full and the wrapping', async () => {
    const r = await runCertdesk(['ask', '--help']);
    expect(r.stdout).toMatch(/--full +everything/);
    expect(r.stdout).toContain("wrap at the terminal's width (80 when not a terminal)");
  });
});
