/** Starts pass-worker.ts in a child process (node --import tsx: one process, so SIGKILL hits the pass itself). */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ReminderPassReport } from '../../../src/reminders/reminder-pass-types.js';

const WORKER = fileURLToPath(new URL('./pass-worker.ts', import.meta.url));

export interface WorkerRun {
  child: ChildProcess;
  /** Resolves when the process exits: its report (null when killed), exit code, signal and stderr. */
  done: Promise<{
    report: ReminderPassReport | null;
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>;
}

export function spawnPassWorker(env: Record<string, string>): WorkerRun {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<Awaited<WorkerRun['done']>>((resolve) => {
    child.on('exit', (code, signal) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      let report: ReminderPassReport | null = null;
      try {
        report = line ? (JSON.parse(line) as ReminderPassReport) : null;
      } catch {
        report = null;
      }
      resolve({ report, code, signal, stderr });
    });
  });
  return { child, done };
}
