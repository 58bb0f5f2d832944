/** A readiness check made of named checks: ready when every one passes, else the first failure's reason. */
import type { ReadyCheck } from './health.js';

export function readyWhen(checks: Record<string, () => Promise<void>>): ReadyCheck {
  return async () => {
    for (const [name, check] of Object.entries(checks)) {
      try {
        await check();
      } catch (err) {
        return { ok: false, reason: `${name}: ${err instanceof Error ? err.message : String(err)}` };
      }
    }
    return { ok: true };
  };
}
