/** `certdesk reminders list`: every subscription, its next reminders, and posts Slack never answered. */
import type { Catalog } from '../../../catalog/schema.js';
import { describeScope, describeSettings } from '../../../reminders/describe-subscription.js';
import { type ListedSubscription, listSubscriptions } from '../../../reminders/list-subscriptions.js';
import type { DeliveryRecord } from '../../../reminders/reminder-types.js';
import { plural } from '../../../render/doc/format-values.js';
import type { CliIo, ExitCode } from '../../cli-io.js';
import { loadIndexForCli } from '../../load-index-for-cli.js';
import type { RemindersOptions } from './parse-reminders-options.js';
import { withStore } from './with-store.js';

/** Reminders of each subscription whose post Slack never answered (unconfirmed, or sending with no process left). */
function unconfirmedBySubscription(deliveries: DeliveryRecord[], now: Date): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of deliveries) {
    const unknown = d.state === 'unconfirmed' || (d.state === 'sending' && d.leaseUntil.getTime() <= now.getTime());
    if (unknown) counts.set(d.subscriptionId, (counts.get(d.subscriptionId) ?? 0) + 1);
  }
  return counts;
}

function listedJson(l: ListedSubscription, unconfirmed: number) {
  const s = l.subscription;
  return {
    id: s.id,
    team: s.team,
    enterprise: s.enterprise,
    channel: s.channel,
    scope: s.scope,
    leads: s.leads,
    hour: s.hour,
    tz: s.tz,
    status: s.status,
    pausedReason: s.pausedReason,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    unconfirmed,
    next: l.next.map((n) => ({
      credential: n.credentialId,
      kind: n.kind,
      date: n.date,
      lead: n.lead,
      at: n.at.toISOString(),
    })),
  };
}

export async function listReminders(values: RemindersOptions, io: CliIo): Promise<ExitCode> {
  const index = await loadIndexForCli(io);
  if (!index) return 1;
  const now = io.now();
  return withStore(io, async (store) => {
    const subs = await store.subscriptions.listEverywhere(values.team ? { team: values.team } : {});
    const workspaces = [...new Map(subs.map((s) => [`${s.team}|${s.enterprise}`, s])).values()];
    const listed: ListedSubscription[] = [];
    for (const ws of workspaces) {
      const r = await listSubscriptions(store, {
        team: ws.team,
        enterprise: ws.enterprise,
        catalog: index.catalog,
        now,
      });
      listed.push(...r.subscriptions);
    }
    const unconfirmed = unconfirmedBySubscription(await store.deliveries.all(), now);
    const count = (l: ListedSubscription) => unconfirmed.get(l.subscription.id) ?? 0;
    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          listed.map((l) => listedJson(l, count(l))),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    if (listed.length === 0) {
      io.stdout('No reminder subscriptions.\n');
      return 0;
    }
    for (const l of listed) io.stdout(listedText(l, index.catalog, now, count(l)));
    const total = [...unconfirmed.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
      io.stdout(
        `${plural(total, 'reminder')} with unknown outcome: Slack never answered the post; not posted again.\n`,
      );
    }
    return 0;
  });
}

function listedText(
  l: ListedSubscription,
  catalog: Pick<Catalog, 'credentials'>,
  now: Date,
  unconfirmed: number,
): string {
  const s = l.subscription;
  const acronym = (id: string) => catalog.credentials.find((c) => c.id === id)?.acronym ?? id;
  const where = `${s.team}${s.enterprise ? `/${s.enterprise}` : ''} ${s.channel}`;
  const status = s.status === 'paused' ? `PAUSED (${s.pausedReason ?? 'unknown'})` : 'active';
  const lines = [`${s.id}  ${where}  ${status}`, `  ${describeScope(s.scope)}: ${describeSettings(s)}`];
  for (const n of l.next) {
    const when = n.at.getTime() <= now.getTime() ? 'due now' : n.at.toISOString();
    lines.push(`  next: ${when}  ${acronym(n.credentialId)} ${n.kind} ${n.date} (${n.lead}-day reminder)`);
  }
  if (unconfirmed > 0) lines.push(`  unconfirmed: ${plural(unconfirmed, 'reminder')} (Slack never answered the post)`);
  return `${lines.join('\n')}\n`;
}
