/**
 * The "Stop these reminders" button's value (stable: it is in messages already posted). Its action id
 * is ACTION_IDS.stopReminders (src/render/slack/action-ids.ts).
 */

export function stopButtonValue(subscriptionId: string): string {
  return JSON.stringify({ sub: subscriptionId });
}

/** The subscription id in a stop button's value, or null when the value is not one of ours. */
export function parseStopButtonValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (
      parsed &&
      typeof parsed === 'object' &&
      'sub' in parsed &&
      typeof parsed.sub === 'string' &&
      parsed.sub !== ''
    ) {
      return parsed.sub;
    }
  } catch {
    // not JSON
  }
  return null;
}
