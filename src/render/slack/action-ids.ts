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
  /**
   * button for a choice (a role, a candidate of a shared acronym, a "did you mean"); value one of {"id"}
   * (that credential's card), {"a", "b"} (that comparison), {"role"} (that role's picks) or {"q": question}:
   * answered privately. One block's buttons are answer_choice, answer_choice_2 … answer_choice_5.
   */
  answerChoice: 'answer_choice',
  /** static_select of choices past five (e.g. the roles); option values as answer_choice's. */
  answerChoiceMenu: 'answer_choice_menu',
} as const;

/** The action ids of the Full card buttons of one answer, in order. */
export const CARD_FULL_IDS = [ACTION_IDS.cardFull, `${ACTION_IDS.cardFull}_2`, `${ACTION_IDS.cardFull}_3`] as const;

/** The action ids of one block's choice buttons, in order (action ids are unique within a block). */
export const CHOICE_IDS = [
  ACTION_IDS.answerChoice,
  `${ACTION_IDS.answerChoice}_2`,
  `${ACTION_IDS.answerChoice}_3`,
  `${ACTION_IDS.answerChoice}_4`,
  `${ACTION_IDS.answerChoice}_5`,
] as const;

export const BLOCK_IDS = {
  cardActions: 'card_actions',
  answerActions: 'answer_actions',
  sharedBy: 'shared_by',
} as const;
