/**
 * Button and menu values are a contract with messages already posted (state travels in the payload, so
 * every button works after a restart). They are parsed, never trusted: a malformed value yields null.
 */
import { z } from 'zod';
import { idSchema } from '../catalog/schema.js';

export { ACTION_IDS } from '../render/slack/action-ids.js';

export const shareValueSchema = z.object({ q: z.string().trim().min(1).max(2000) });
export const compareValueSchema = z.object({ a: idSchema, b: idSchema });
export const credentialValueSchema = z.object({ id: idSchema });
/** A choice: a credential's card, a comparison, a role's picks, or a question (the Share value's shape). */
export const choiceValueSchema = z.union([
  credentialValueSchema.strict(),
  compareValueSchema.strict(),
  z.object({ role: idSchema }).strict(),
  shareValueSchema.strict(),
]);

/** The raw value of a button, or of the option chosen in a static select. */
export function rawActionValue(action: object): string | undefined {
  const a = action as { value?: unknown; selected_option?: { value?: unknown } | null };
  const v = a.value ?? a.selected_option?.value;
  return typeof v === 'string' ? v : undefined;
}

export function parseActionValue<T>(action: object, schema: z.ZodType<T>): T | null {
  const raw = rawActionValue(action);
  if (raw === undefined) return null;
  try {
    const r = schema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
