/** The identifiers of an incoming request worth logging (never its text), and where a reply could go. */
export interface RequestFacts {
  kind: 'command' | 'action' | 'event' | 'view' | 'other';
  team?: string | undefined;
  user?: string | undefined;
  channel?: string | undefined;
  /** The thread a reply to an event belongs in. */
  threadTs?: string | undefined;
  command?: string | undefined;
  actionId?: string | undefined;
  eventType?: string | undefined;
  eventId?: string | undefined;
}

type Loose = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {});

export function describeRequest(body: unknown): RequestFacts {
  const b = obj(body);
  const team = str(b.team_id) ?? str(obj(b.team).id) ?? str(b.enterprise_id);
  if (str(b.command)) {
    return { kind: 'command', team, user: str(b.user_id), channel: str(b.channel_id), command: str(b.command) };
  }
  if (b.type === 'block_actions') {
    const action = obj(Array.isArray(b.actions) ? b.actions[0] : undefined);
    return {
      kind: 'action',
      team,
      user: str(obj(b.user).id),
      channel: str(obj(b.channel).id),
      actionId: str(action.action_id),
    };
  }
  if (b.type === 'event_callback') {
    const e = obj(b.event);
    return {
      kind: 'event',
      team,
      user: str(e.user),
      channel: str(e.channel),
      threadTs: str(e.thread_ts) ?? str(e.ts),
      eventType: str(e.type),
      eventId: str(b.event_id),
    };
  }
  if (b.type === 'view_submission' || b.type === 'view_closed')
    return { kind: 'view', team, user: str(obj(b.user).id) };
  return { kind: 'other', team };
}
