/**
 * The app processes (src/main.ts) and Slack stand-ins a suite starts, each stopped after its test: a
 * process still running is killed, a stand-in closed. Call once in a describe block.
 */
import { afterEach } from 'vitest';
import { freePort, type Started, startMain, waitForHealth } from './run-main.js';
import { type SlackStandIn, startSlackStandIn } from './slack-stand-in.js';

export interface MainProcesses {
  /** A new Slack stand-in. */
  standIn(): Promise<SlackStandIn>;
  /** Starts the app with `env`, without waiting for it (for one that is meant to refuse to start). */
  start(env: Record<string, string>): Started;
  /** Starts the app on a free port with the environment `envFor` gives for it, and waits until it is healthy. */
  startHealthy(envFor: (port: number) => Record<string, string>): Promise<{ started: Started; port: number }>;
}

export function useMainProcesses(): MainProcesses {
  const standIns: SlackStandIn[] = [];
  const processes: Started[] = [];
  afterEach(async () => {
    for (const started of processes.splice(0)) started.child.kill('SIGKILL');
    for (const standIn of standIns.splice(0)) await standIn.close();
  });
  const start = (env: Record<string, string>) => {
    const started = startMain(env);
    processes.push(started);
    return started;
  };
  return {
    async standIn() {
      const standIn = await startSlackStandIn();
      standIns.push(standIn);
      return standIn;
    },
    start,
    async startHealthy(envFor) {
      const port = await freePort();
      const started = start(envFor(port));
      await waitForHealth(port);
      return { started, port };
    },
  };
}
