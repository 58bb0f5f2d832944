/**
 * One function that takes every secret out of a piece of text: the configured secret values (as given,
 * and as they appear inside a JSON string), then anything token- or signature-shaped (mask-secrets.ts).
 * The logger runs it over each serialized line, so it reaches messages, fields, error stacks and the
 * lines Bolt and the Web API client write through the same logger.
 */
import { maskSecrets } from './mask-secrets.js';

/** Shorter values are not scrubbed by value (a one-letter test secret would mangle every line). */
export const MIN_SECRET_LENGTH = 8;

export type Scrub = (text: string) => string;

export function createScrubber(secrets: readonly string[] = []): Scrub {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.length < MIN_SECRET_LENGTH) continue;
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
  }
  // Longest first, so a secret that contains another is replaced whole.
  const values = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const v of values) if (out.includes(v)) out = out.split(v).join('[redacted]');
    return maskSecrets(out);
  };
}
