/**
 * The pure core (catalog schema and checks, answers, rendering, due-reminder rules) must know
 * nothing of Slack, the file system or the environment. This reads the source and fails otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** The adapters inside pure folders that are allowed to touch the outside world. */
const ADAPTERS = new Set(['src/catalog/load-catalog.ts', 'src/catalog/dod-8140/load-dod-8140.ts']);

const pureFiles = [
  ...tsFiles('src/catalog'),
  ...tsFiles('src/answer'),
  ...tsFiles('src/render'),
  ...tsFiles('src/reminders').filter((f) => /\/due[-.]/.test(f)),
].filter((f) => !ADAPTERS.has(f));

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]@slack\//, 'imports @slack/*'],
  [/from\s+['"](node:)?fs(\/promises)?['"]/, 'imports the file system'],
  [/from\s+['"](node:)?(child_process|net|http|https)['"]/, 'does I/O'],
  [/\bprocess\.env\b/, 'reads process.env'],
  [/from\s+['"]\.\.\/(slack|store|cli)\//, 'imports an adapter'],
];

describe('architecture boundary', () => {
  it('finds the pure files', () => {
    expect(pureFiles.length).toBeGreaterThan(10);
    expect(pureFiles).toContain('src/catalog/schema.ts');
  });

  it.each(pureFiles)('%s stays pure', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const problems = FORBIDDEN.filter(([re]) => re.test(text)).map(([, why]) => `${file} ${why}`);
    expect(problems).toEqual([]);
  });

  it('reads process.env only in the composition roots', () => {
    const readers = tsFiles('src').filter((f) => /\bprocess\.env\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(readers.every((f) => f === 'src/main.ts' || f === 'src/cli/main.ts')).toBe(true);
  });
});
