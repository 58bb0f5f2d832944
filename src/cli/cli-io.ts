/** What every CLI command gets: its streams, environment and clock, injected so tests can drive it. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as text lines, read lazily (only `ask` with no question reads it). */
  stdinLines: () => AsyncIterable<string>;
  /** True when standard input is a terminal (a person typing), so `ask` says it is waiting for lines. */
  stdinIsTTY?: boolean;
  /** The terminal's width when standard output is a terminal; unset for a pipe or a file (text wraps at 80). */
  stdoutColumns?: number | undefined;
  env: Record<string, string | undefined>;
  now: () => Date;
}

/** A command's exit status: 0 ok, 1 a failure it reported, 2 bad usage. */
export type ExitCode = 0 | 1 | 2;

export type CliCommand = (args: string[], io: CliIo) => Promise<ExitCode>;

/** Bad usage: the dispatcher prints the one-line reason and the command's usage, and exits 2. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
