/**
 * The reminders modal's submitted values, read and checked: the scope (credentials, one issuer, or
 * everything), the lead days and the hour, or the errors to show beside each input (block id → text).
 * Also the values the "Remind this channel" button and the modal carry. Payloads are parsed, never trusted.
 */
import { z } from 'zod';
import { idSchema } from '../catalog/schema.js';
import { ReminderInputError } from '../reminders/reminder-input-error.js';
import { parseLeads } from '../reminders/reminder-settings.js';
import type { ReminderScope } from '../reminders/reminder-types.js';
import { REMIND_MODAL } from '../render/slack/render-remind-modal.js';
import type { RemindPrefill } from '../render/slack/render-remind-parts.js';

const stateValue = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
});
const stateSchema = z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) });
const metadataSchema = z.object({ channel: z.string().regex(/^[CGD][A-Z0-9]{2,30}$/) });
const buttonSchema = z.object({ ids: z.array(idSchema).max(100).optional(), issuer: idSchema.optional() });

export type ModalErrors = Record<string, string>;

export type ModalChoices =
  | { ok: true; scope: ReminderScope; leads: number[]; hour: number }
  | { ok: false; errors: ModalErrors };

const { inputs } = REMIND_MODAL;

/** Which input an error from the core belongs beside. */
export function errorBlockFor(err: ReminderInputError): string {
  switch (err.code) {
    case 'invalid_leads':
      return inputs.leads.block;
    case 'invalid_hour':
    case 'invalid_time_zone':
      return inputs.hour.block;
    case 'unknown_issuer':
      return inputs.issuer.block;
    default:
      return inputs.credentials.block;
  }
}

export function readRemindModal(state: unknown): ModalChoices {
  const parsed = stateSchema.safeParse(state);
  const values = parsed.success ? parsed.data.values : {};
  const field = (k: keyof typeof inputs) => values[inputs[k].block]?.[inputs[k].action];
  const credentials = (field('credentials')?.selected_options ?? []).map((o) => o.value);
  const issuer = field('issuer')?.selected_option?.value;
  const hour = Number(field('hour')?.selected_option?.value ?? Number.NaN);
  const errors: ModalErrors = {};
  if (credentials.length > 0 && issuer !== undefined) {
    errors[inputs.issuer.block] = 'Choose credentials or one issuer, not both (each can be its own reminder).';
  }
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) errors[inputs.hour.block] = 'Choose an hour.';
  let leads: number[] = [];
  try {
    leads = parseLeads(field('leads')?.value ?? '');
  } catch (err) {
    if (!(err instanceof ReminderInputError)) throw err;
    errors[inputs.leads.block] = err.message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const scope: ReminderScope =
    issuer !== undefined
      ? { kind: 'issuer', id: issuer }
      : credentials.length > 0
        ? { kind: 'credentials', ids: credentials }
        : { kind: 'all' };
  return { ok: true, scope, leads, hour };
}

/** The channel the modal was opened for, or null when private_metadata is not ours. */
export function readModalChannel(privateMetadata: string | undefined): string | null {
  try {
    const r = metadataSchema.safeParse(JSON.parse(privateMetadata ?? ''));
    return r.success ? r.data.channel : null;
  } catch {
    return null;
  }
}

/** What the "Remind this channel" button preselects ({"ids": [...]} or {"issuer": id}); {} when unreadable. */
export function readRemindButtonValue(value: string | undefined): RemindPrefill {
  try {
    const r = buttonSchema.safeParse(JSON.parse(value ?? '{}'));
    return r.success ? { credentials: r.data.ids, issuer: r.data.issuer } : {};
  } catch {
    return {};
  }
}
