/**
 * Action and block ids: a contract with messages already posted. Never rename one; add new ids.
 * Values are JSON, as documented beside each id.
 */
export const ACTION_IDS = {
  /** button; value {"q": question}: the question re-answered and posted in the channel. */
  shareAnswer: 'share_answer',
  /** static_select; option value {"a": id, "b": otherId}. */
  cardCompare: 'card_compare',
  /** button; value {"id": credentialId}. */
  cardPrereqs: 'card_prereqs',
  /** button; value {"id": credentialId}. */
  cardSources: 'card_sources',
  /** button; opens the reminders modal (the reminders engineer's). */
  remindChannel: 'remind_channel',
  /** button on reminder messages; value {"sub": subscriptionId}. */
  stopReminders: 'stop_reminders',
} as const;

export const BLOCK_IDS = {
  cardActions: 'card_actions',
  answerActions: 'answer_actions',
  sharedBy: 'shared_by',
} as const;
