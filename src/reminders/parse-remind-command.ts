/**
 * Reads `/cert remind …` (pure). The grammar, as `/cert help` shows it:
 *
 *   /cert remind                              every dated change, 90/30/7/1 days before, 09:00 your time
 *   /cert remind aaism scs-c03                only these credentials
 *   /cert remind aws                          one issuer's credentials
 *   /cert remind aaism 30,7 days at 8am       lead days and hour (also: `30 and 7 days before`, `2 weeks`,
 *                                             `a week before`, `30d`, `on the day`, `days 30 7`; `at 8`,
 *                                             `at 08:00`, `at 8 pm`, `at noon`)
 *   /cert remind aws in Europe/Berlin         another time zone than yours
 *   /cert remind list                         this channel's reminders and what comes next
 *   /cert remind off [all | aws | ID]         stop all, one scope, or one subscription
 *   /cert remind resume                       resume reminders paused when the app lost the channel
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { NameEntry } from '../catalog/build-name-index.js';
import { tokenizeText } from '../catalog/normalize-text.js';
import { isTimeZone } from './due-clock.js';
import { MAX_LEAD_DAYS, type ReminderScope } from './reminder-types.js';
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
  '`/cert remind aaism 30,7 days at 8am` — choose the lead days and the hour (`2 weeks and 1 day before`, `on the day`, `at noon`); add `in Europe/Berlin` for another time zone',
  '`/cert remind list` — this channel’s reminders and what comes next',
  '`/cert remind off` — stop them all; `/cert remind off aws` or `off ID` — stop one',
  '`/cert remind resume` — resume reminders paused because the app was removed from the channel',
];

const SUBSCRIPTION_ID = /^s[a-z2-9]{10}$/;
const FILLER = new Set(['and', 'only', 'for', 'about', 'to', 'me', 'us', 'the', 'on', 'of']);

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseHour(word: string): number | null {
  const named: Record<string, number> = { noon: 12, midday: 12, midnight: 0 };
  const lower = word.toLowerCase();
  if (named[lower] !== undefined) return named[lower];
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|h)?$/i.exec(word);
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[2] !== undefined && m[2] !== '00') return null;
  const half = m[3]?.toLowerCase();
  if (half === 'am' || half === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return hour <= 23 ? hour : null;
}

const isLeadList = (w: string) => /^\d+(,\d+)*,?$/.test(w);

/** Words shown back in a message are cut short (a pasted paragraph must not make a long reply). */
export function quoteWord(w: string, max = 40): string {
  const chars = [...w];
  return chars.length <= max ? w : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A word that is a number certdesk will not read as lead days, with the reason: a thousands separator
 * (`10,000` is not 10 and 0), a decimal, a negative, or a number past the longest lead.
 */
function badNumber(w: string): string | null {
  const q = quoteWord(w);
  if (/^\d{1,3}(,\d{3})+,?$/.test(w)) {
    return `"${q}" looks like one number written with a thousands separator. Lead days are whole days from 0 to ${MAX_LEAD_DAYS}; to give several, separate them with a comma and a space (\`30, 7 days\`).`;
  }
  if (/^[-−–]\s*\d/.test(w)) return `"${q}" is negative: lead days count back from the date, 0 to ${MAX_LEAD_DAYS}.`;
  if (/^\d*[.]\d+$|^\d+[.]\d*$|^\d+,\d+[.]\d+$/.test(w)) {
    return `"${q}" is not a whole number: lead days are whole days from 0 to ${MAX_LEAD_DAYS}.`;
  }
  if (isLeadList(w)) {
    const over = w
      .split(',')
      .filter(Boolean)
      .find((n) => Number(n) > MAX_LEAD_DAYS);
    if (over !== undefined) return `${quoteWord(over)} days is too far ahead: lead days go up to ${MAX_LEAD_DAYS}.`;
  }
  return null;
}
const numbersOf = (w: string) => w.split(',').filter(Boolean).map(Number);
/** Days per unit word: `30 days`, `2 weeks`, `a week`. */
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };
const unitOf = (w: string | undefined) => UNIT_DAYS[(w ?? '').toLowerCase()];
const ONE = new Set(['a', 'an', 'one']);

/** `30d` → `30 days`, `2w` → `2 weeks`, `8am,` → `8am`: shorthand spelled out before reading. */
function spellOut(words: string[]): string[] {
  return words.flatMap((w) => {
    const short = /^(\d+(?:,\d+)*)(d|days?|w|wks?|weeks?)$/i.exec(w);
    if (!short) return [w];
    return [short[1] ?? '', /^w/i.test(short[2] ?? '') ? 'weeks' : 'days'];
  });
}

interface LeadRun {
  leads: number[];
  /** Index of the first word after the run. */
  next: number;
}

/**
 * Lead days starting at `i`: `30,7 days`, `30 and 7 days before`, `2 weeks`, `a week before`,
 * `days 30 7` (unit first), `on the day`. Null when no run starts here; a message when it starts
 * with numbers but names no unit.
 */
function readLeadRun(words: string[], i: number): LeadRun | { message: string } | null {
  const at = (k: number) => (words[k] ?? '').toLowerCase();
  const skipBefore = (k: number) => (at(k) === 'before' ? k + 1 : k);
  if (at(i) === 'on' && at(i + 1) === 'the' && at(i + 2) === 'day') return { leads: [0], next: i + 3 };
  if (at(i) === 'the' && at(i + 1) === 'day' && at(i + 2) === 'before') return { leads: [1], next: i + 3 };
  if (ONE.has(at(i)) && unitOf(at(i + 1)) !== undefined) {
    return { leads: [unitOf(at(i + 1)) ?? 1], next: skipBefore(i + 2) };
  }
  const unitFirst = ['days', 'day', 'lead', 'leads'].includes(at(i));
  let k = unitFirst ? i + 1 : i;
  if (!isLeadList(at(k))) return null;
  const numbers: number[] = [];
  while (isLeadList(at(k)) || (at(k) === 'and' && isLeadList(at(k + 1)))) {
    if (at(k) !== 'and') {
      // Each number in the run is checked as the first one was: `0 10,000 days` is not 0, 10 and 0.
      const bad = badNumber(at(k));
      if (bad !== null) return { message: bad };
      numbers.push(...numbersOf(at(k)));
    }
    k++;
  }
  if (unitFirst) return { leads: numbers, next: skipBefore(k) };
  const unit = unitOf(at(k));
  if (unit === undefined) {
    const w = quoteWord(words[i] ?? '');
    const asHour = Number(w) <= 23 ? ` or \`at ${w}\`` : '';
    return { message: `Say what "${w}" is: \`${w} days before\`${asHour}.` };
  }
  return { leads: numbers.map((n) => n * unit), next: skipBefore(k + 1) };
}

/** Pulls lead days, hour and time zone out of the words; what is left names the scope. */
function parseOptions(input: string[]): Parsed<{ rest: string[]; leads?: number[]; hour?: number; tz?: string }> {
  const words = spellOut(input);
  const rest: string[] = [];
  let leads: number[] | undefined;
  let hour: number | undefined;
  let tz: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const lower = w.toLowerCase();
    const bad = badNumber(w);
    if (bad !== null && lower !== 'at' && (words[i - 1] ?? '').toLowerCase() !== 'at')
      return { ok: false, message: bad };
    if (lower === 'at') {
      const next = `${words[i + 1] ?? ''}${/^(am|pm)$/i.test(words[i + 2] ?? '') ? (words[i + 2] ?? '') : ''}`;
      const h = parseHour(next);
      if (h === null)
        return {
          ok: false,
          message: `"at ${quoteWord(words[i + 1] ?? '')}" is not an hour: try \`at 9\`, \`at 09:00\` or \`at 5pm\`.`,
        };
      hour = h;
      i += /^(am|pm)$/i.test(words[i + 2] ?? '') ? 2 : 1;
      continue;
    }
    if (lower === 'in' || lower === 'tz') {
      const zone = words[i + 1] ?? '';
      if (!isTimeZone(zone))
        return { ok: false, message: `"${quoteWord(zone)}" is not a time zone: use a name like Europe/Berlin.` };
      tz = zone;
      i += 1;
      continue;
    }
    if (w.includes('/') && isTimeZone(w)) {
      tz = w;
      continue;
    }
    const run = readLeadRun(words, i);
    if (run && 'message' in run) return { ok: false, message: run.message };
    if (run) {
      leads = [...(leads ?? []), ...run.leads];
      i = run.next - 1;
      continue;
    }
    if (['days', 'day', 'week', 'weeks', 'lead', 'leads', 'before'].includes(lower)) {
      return { ok: false, message: 'Give the lead days as numbers: `30,7,1 days before`.' };
    }
    rest.push(w);
  }
  return {
    ok: true,
    value: { rest, ...(leads ? { leads } : {}), ...(hour !== undefined ? { hour } : {}), ...(tz ? { tz } : {}) },
  };
}

const EVERYTHING = new Set(['all', 'everything', 'every']);
const NOT_UNDERSTOOD_HINT = 'name credentials (like aaism scs-c03) or one issuer (like aws)';

/**
 * Credentials or one issuer named by the words (ids, acronyms, exam codes, names, aliases). Every
 * dated change only when nothing is named (no words, filler, or `all`): a word that names nothing
 * known (punctuation, emoji, an unknown word) is refused, never read as "everything".
 */
export function resolveReminderScope(words: string[], index: Pick<CatalogIndex, 'names'>): Parsed<ReminderScope> {
  const meaningful = words.filter((w) => !FILLER.has(w.toLowerCase()));
  const unreadable = meaningful.filter((w) => tokenizeText(w).length === 0);
  if (unreadable.length > 0) {
    return {
      ok: false,
      message: `I don't understand ${unreadable
        .slice(0, 3)
        .map((w) => `"${quoteWord(w, 20)}"`)
        .join(', ')}: ${NOT_UNDERSTOOD_HINT}.`,
    };
  }
  if (meaningful.length > 0 && meaningful.every((w) => EVERYTHING.has(w.toLowerCase()))) {
    return { ok: true, value: { kind: 'all' } };
  }
  const tokens = tokenizeText(meaningful.join(' ')).filter((t) => !FILLER.has(t.text));
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
    const raw = quoteWord(tokens[i]?.raw ?? '');
    if (!matched) {
      const unknown = tokens.length - i > 1 ? ` (and ${tokens.length - i - 1} more words after it)` : '';
      return { ok: false, message: `I don't know "${raw}"${unknown}: ${NOT_UNDERSTOOD_HINT}.` };
    }
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
      if (rest.length === 0 || (rest.length === 1 && EVERYTHING.has(rest[0]?.toLowerCase() ?? ''))) {
        return { action: 'off', target: { all: true } };
      }
      if (rest.length === 1 && SUBSCRIPTION_ID.test(rest[0] ?? ''))
        return { action: 'off', target: { id: rest[0] ?? '' } };
      const scope = resolveReminderScope(rest, index);
      if (!scope.ok) return { action: 'invalid', message: scope.message };
      // Stopping everything is said with `off` or `off all`; words that resolve to nothing stop nothing.
      if (scope.value.kind === 'all') return { action: 'off', target: { all: true } };
      return { action: 'off', target: { scope: scope.value } };
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
