/**
 * Reads `/cert remind …` (pure). The grammar, as `/cert help` shows it:
 *
 *   /cert remind                              every dated change, 90/30/7/1 days before, 09:00 your time
 *   /cert remind aaism scs-c03                only these credentials
 *   /cert remind aws                          one issuer's credentials
 *   /cert remind aws 30,7 days before at 8    lead days and hour (also: `days 30 7`, `at 8:00`, `at 8am`)
 *   /cert remind aws in Europe/Berlin         another time zone than yours
 *   /cert remind list                         this channel's reminders and what comes next
 *   /cert remind off [all | aws | ID]         stop all, one scope, or one subscription
 *   /cert remind resume                       resume reminders paused when the app lost the channel
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { NameEntry } from '../catalog/build-name-index.js';
import { tokenizeText } from '../catalog/normalize-text.js';
import { isTimeZone } from './due-clock.js';
import type { ReminderScope } from './reminder-types.js';
import type { UnsubscribeTarget } from './unsubscribe.js';

export type RemindCommand =
  | { action: 'subscribe'; scope: ReminderScope; leads?: number[]; hour?: number; tz?: string }
  | { action: 'list' }
  | { action: 'off'; target: UnsubscribeTarget }
  | { action: 'resume' }
  | { action: 'help' }
  | { action: 'invalid'; message: string };

export const REMIND_HELP = [
  '`/cert remind` — remind this channel of every dated change (90, 30, 7 and 1 days before, at 09:00 your time)',
  '`/cert remind aaism scs-c03` — only these credentials; `/cert remind aws` — one issuer',
  '`/cert remind aws 30,7 days before at 8` — choose the lead days and the hour; add `in Europe/Berlin` for another time zone',
  '`/cert remind list` — this channel’s reminders and what comes next',
  '`/cert remind off` — stop them all; `/cert remind off aws` or `off ID` — stop one',
  '`/cert remind resume` — resume reminders paused because the app was removed from the channel',
];

const SUBSCRIPTION_ID = /^s[a-z2-9]{10}$/;
const FILLER = new Set(['and', 'only', 'for', 'about', 'to', 'me', 'us', 'the', 'on', 'of']);

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseHour(word: string): number | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(word);
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[2] !== undefined && m[2] !== '00') return null;
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return hour <= 23 ? hour : null;
}

const isLeadList = (w: string) => /^\d+(,\d+)*,?$/.test(w);

/** Pulls lead days, hour and time zone out of the words; what is left names the scope. */
function parseOptions(words: string[]): Parsed<{ rest: string[]; leads?: number[]; hour?: number; tz?: string }> {
  const rest: string[] = [];
  let leads: number[] | undefined;
  let hour: number | undefined;
  let tz: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const lower = w.toLowerCase();
    if (lower === 'at') {
      const next = `${words[i + 1] ?? ''}${/^(am|pm)$/i.test(words[i + 2] ?? '') ? (words[i + 2] ?? '') : ''}`;
      const h = parseHour(next);
      if (h === null)
        return {
          ok: false,
          message: `"at ${words[i + 1] ?? ''}" is not an hour: try \`at 9\`, \`at 09:00\` or \`at 5pm\`.`,
        };
      hour = h;
      i += /^(am|pm)$/i.test(words[i + 2] ?? '') ? 2 : 1;
      continue;
    }
    if (lower === 'in' || lower === 'tz') {
      const zone = words[i + 1] ?? '';
      if (!isTimeZone(zone))
        return { ok: false, message: `"${zone}" is not a time zone: use a name like Europe/Berlin.` };
      tz = zone;
      i += 1;
      continue;
    }
    if (w.includes('/') && isTimeZone(w)) {
      tz = w;
      continue;
    }
    const numbersStart = ['days', 'day', 'lead', 'leads'].includes(lower) ? i + 1 : i;
    if (isLeadList(words[numbersStart] ?? '')) {
      const found: number[] = [];
      let j = numbersStart;
      while (j < words.length && isLeadList(words[j] ?? '')) {
        found.push(...(words[j] ?? '').split(',').filter(Boolean).map(Number));
        j++;
      }
      if (numbersStart === i && !['days', 'day'].includes((words[j] ?? '').toLowerCase())) {
        return { ok: false, message: `Say what "${w}" is: \`${w} days before\` or \`at ${w}\`.` };
      }
      if (numbersStart === i) j++;
      if ((words[j] ?? '').toLowerCase() === 'before') j++;
      leads = [...(leads ?? []), ...found];
      i = j - 1;
      continue;
    }
    if (['days', 'day', 'lead', 'leads', 'before'].includes(lower)) {
      return { ok: false, message: 'Give the lead days as numbers: `30,7,1 days before`.' };
    }
    rest.push(w);
  }
  return {
    ok: true,
    value: { rest, ...(leads ? { leads } : {}), ...(hour !== undefined ? { hour } : {}), ...(tz ? { tz } : {}) },
  };
}

/** Credentials or one issuer named by the words (ids, acronyms, exam codes, names, aliases). */
export function resolveReminderScope(words: string[], index: Pick<CatalogIndex, 'names'>): Parsed<ReminderScope> {
  const tokens = tokenizeText(words.join(' ')).filter((t) => !FILLER.has(t.text));
  if (tokens.length === 0) return { ok: true, value: { kind: 'all' } };
  const credentials = new Set<string>();
  const issuers = new Set<string>();
  const max = index.names.maxPhraseWords;
  let i = 0;
  while (i < tokens.length) {
    let matched: { entries: NameEntry[]; length: number } | null = null;
    for (let len = Math.min(max, tokens.length - i); len >= 1 && !matched; len--) {
      const key = tokens
        .slice(i, i + len)
        .map((t) => t.text)
        .join(' ');
      const entries = [
        ...(index.names.phrases.get(key) ?? []),
        ...(len === 1 ? (index.names.compact.get(key) ?? []) : []),
      ];
      const useful = entries.filter((e) => e.kind === 'credential' || e.kind === 'issuer');
      if (useful.length > 0) matched = { entries: useful, length: len };
    }
    const raw = tokens[i]?.raw ?? '';
    if (!matched)
      return {
        ok: false,
        message: `I don't know "${raw}": name credentials (like aaism scs-c03) or one issuer (like aws).`,
      };
    const ids = new Set(matched.entries.map((e) => `${e.kind}:${e.id}`));
    if (ids.size > 1) {
      const which = [...new Set(matched.entries.map((e) => e.id))].join(', ');
      return { ok: false, message: `"${raw}" could mean ${which}: use the id.` };
    }
    const [entry] = matched.entries;
    if (entry?.kind === 'credential') credentials.add(entry.id);
    else if (entry) issuers.add(entry.id);
    i += matched.length;
  }
  if (issuers.size > 0 && credentials.size > 0) {
    return { ok: false, message: 'Name credentials or one issuer, not both (each can be its own reminder).' };
  }
  if (issuers.size > 1) return { ok: false, message: 'Name one issuer per reminder.' };
  const [issuer] = issuers;
  if (issuer) return { ok: true, value: { kind: 'issuer', id: issuer } };
  return { ok: true, value: { kind: 'credentials', ids: [...credentials].sort() } };
}

export function parseRemindCommand(text: string, index: Pick<CatalogIndex, 'names'>): RemindCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if ((words[0] ?? '').toLowerCase() === 'remind') words.shift();
  const [first = '', ...rest] = words;
  switch (first.toLowerCase()) {
    case 'list':
    case 'ls':
      return rest.length === 0
        ? { action: 'list' }
        : { action: 'invalid', message: '`/cert remind list` takes nothing after it.' };
    case 'help':
    case '?':
      return { action: 'help' };
    case 'resume':
      return { action: 'resume' };
    case 'off':
    case 'stop':
    case 'unsubscribe': {
      if (rest.length === 0 || (rest.length === 1 && rest[0]?.toLowerCase() === 'all')) {
        return { action: 'off', target: { all: true } };
      }
      if (rest.length === 1 && SUBSCRIPTION_ID.test(rest[0] ?? ''))
        return { action: 'off', target: { id: rest[0] ?? '' } };
      const scope = resolveReminderScope(rest, index);
      return scope.ok
        ? { action: 'off', target: { scope: scope.value } }
        : { action: 'invalid', message: scope.message };
    }
  }
  const options = parseOptions(words);
  if (!options.ok) return { action: 'invalid', message: options.message };
  const scope = resolveReminderScope(options.value.rest, index);
  if (!scope.ok) return { action: 'invalid', message: scope.message };
  const { leads, hour, tz } = options.value;
  return {
    action: 'subscribe',
    scope: scope.value,
    ...(leads ? { leads } : {}),
    ...(hour !== undefined ? { hour } : {}),
    ...(tz ? { tz } : {}),
  };
}
