/** Short replies of the app's own (no user text in them, so nothing to escape). */
export const NOTICES = {
  staleButton: 'That button comes from an older message I can no longer read. Ask again with `/cert <question>`.',
  unknownCredential: 'That credential is no longer in the catalog. Type `/cert help` to see what you can ask.',
  shareExpired:
    'I could not share that answer: Slack only lets an answer be shared for 30 minutes. Ask again with `/cert <question>` and share the new one.',
  buttonExpired:
    'That message is too old for its buttons to answer (Slack allows 30 minutes). Ask again with `/cert <question>`.',
  replyFailed: 'Sorry, Slack did not accept my answer to that. Please try again, or use `/cert <question>`.',
} as const;
