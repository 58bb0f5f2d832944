/** A reminder request that cannot be carried out as asked; `message` is written for the person who asked. */
export type ReminderInputCode =
  | 'invalid_leads'
  | 'invalid_hour'
  | 'invalid_time_zone'
  | 'invalid_scope'
  | 'unknown_credential'
  | 'unknown_issuer';

export class ReminderInputError extends Error {
  constructor(
    readonly code: ReminderInputCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReminderInputError';
  }
}
