import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the certdesk CLI in-process with captured streams, a fixed clock and optional stdin lines. */
export async function runCertdesk(
  argv: string[],
  options: {
    env?: Record<string, string | undefined>;
    stdin?: string[];
    now?: Date;
    stdinIsTTY?: boolean;
    /** Standard output is a terminal this wide (unset: a pipe). */
    stdoutColumns?: number;
  } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdinLines: async function* () {
      yield* options.stdin ?? [];
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutColumns: options.stdoutColumns,
    env: options.env ?? {},
    now: () => options.now ?? new Date('2026-11-24T12:00:00Z'),
  };
  const code = await runCli(argv, io, '9.9.9-test');
  return { code, stdout, stderr };
}
