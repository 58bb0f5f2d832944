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
  /**
   * button on fact answers; value {"id": credentialId}: the credential's whole card, privately. Action ids
   * are unique within a block, so the second and third buttons of one answer are card_full_2, card_full_3.
   */
  cardFull: 'card_full',
  /**
   * button on a credential card; value {"id": credentialId}: everything the card leaves out, in a modal
   * (views.open), or privately in the conversation where a modal cannot open.
   */
  cardDetails: 'card_details',
  /**
   * button under an answer whose list was cut (find, DoD 8140); value {"q": question}: the question is
   * answered again and every line shown, in a modal or privately where a modal cannot open.
   */
  showAll: 'show_all',
  /** button; opens the reminders modal (the reminders engineer's). */
  remindChannel: 'remind_channel',
  /** button on reminder messages; value {"sub": subscriptionId}. */
  stopReminders: 'stop_reminders',
} as const;

/** The action ids of the Full card buttons of one answer, in order. */
export const CARD_FULL_IDS = [ACTION_IDS.cardFull, `${ACTION_IDS.cardFull}_2`, `${ACTION_IDS.cardFull}_3`] as const;

export const BLOCK_IDS = {
  cardActions: 'card_actions',
  answerActions: 'answer_actions',
  sharedBy: 'shared_by',
} as const;
