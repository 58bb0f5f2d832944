#!/usr/bin/env node
/** The certdesk command: wires the real process (argv, streams, env, clock) into runCli. */
import { createInterface } from 'node:readline';
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
  env: process.env,
  now: () => new Date(),
});
