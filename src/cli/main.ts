#!/usr/bin/env node
/** The certdesk command: wires the real process (argv, streams, env, clock) into runCli. */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { runCli } from './run-cli.js';

// A reader that goes away (`certdesk ask … | head`) ends the command quietly, whatever it was doing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutColumns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    env: process.env,
    now: () => new Date(),
  },
  packageVersion(),
);

/** The version in package.json, two folders up from both src/cli and dist/cli. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
