/**
 * A find answer: the credentials that meet the conditions, sorted as asked, each line with the value that
 * put it there; what was left out for lack of data, counted; an empty result says which condition
 * emptied it and offers the nearest results.
 */
import type { Condition, Sort } from '../../answer/read-constraints.js';
import type { AnswerOf, CredentialView, FindItem, MatchValue } from '../../answer/types.js';
import { statusShort } from './credential-facts.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { capitalize, formatAmount, joinAnd, plural, TRACK_ORDER, trackLabel } from './format-values.js';

type Find = AnswerOf<'find'>;

const usd = (n: number) => formatAmount(n, 'USD');

export function conditionText(c: Condition): string {
  switch (c.field) {
    case 'price':
      return c.op === 'free' ? 'free' : c.op === 'max' ? `at most ${usd(c.amount)}` : `at least ${usd(c.amount)}`;
    case 'prerequisites':
      return 'with no prerequisites';
    case 'assessment':
      return 'assessed hands-on';
    case 'delivery':
      return c.op === 'online' ? 'taken online' : 'taken at a test centre';
    case 'recognition':
      return c.op === 'dod-8140' ? 'listed for DoD 8140' : c.op === 'niccs' ? 'listed by NICCS' : 'accredited';
    case 'ai-focus':
      return c.op === 'primary' ? 'AI security' : 'partly about AI';
    case 'minutes':
      return `with an exam of ${c.op === 'min' ? 'at least' : 'at most'} ${c.minutes} min`;
    case 'status':
      return c.op === 'active' ? 'on offer' : c.op;
    case 'vendor-neutral':
      return 'vendor-neutral';
    case 'launched':
      return `launched in ${c.year}`;
    case 'needs':
      return `needing ${c.label}`;
    case 'sittable':
      return `you can sit with ${joinAnd(c.labels)}`;
  }
}

const SORT_TEXT: Record<Sort, string> = {
  cheapest: 'cheapest first',
  priciest: 'most expensive first',
  shortest: 'shortest exam first',
  longest: 'longest exam first',
  newest: 'newest first',
  oldest: 'oldest first',
  'fewest-questions': 'fewest questions first',
};

/** Why a credential was left out: the catalog does not hold this field for it. */
const LEFT_OUT_TEXT: Record<Condition['field'], string> = {
  price: 'no exam price in US dollars in certdesk’s sources',
  prerequisites: 'no published prerequisites',
  assessment: 'no known kind of assessment',
  delivery: 'no known delivery',
  recognition: 'no recorded status for that recognition',
  'ai-focus': 'no AI-security mark',
  minutes: 'no known exam length',
  status: 'no known status',
  'vendor-neutral': 'no known issuer kind',
  launched: 'no recorded launch date',
  needs: 'no published prerequisites',
  sittable: 'no published prerequisites',
};

export function valueText(v: MatchValue): string {
  switch (v.field) {
    case 'price': {
      const member = v.member !== undefined ? ` (member ${usd(v.member)})` : '';
      const fees = v.fees > 0 ? ` + ${usd(v.fees)} fees` : '';
      return `${usd(v.amount)}${member}${fees}`;
    }
    case 'prerequisites':
      return 'no prerequisites';
    case 'assessment':
      return 'hands-on';
    case 'delivery':
      return v.kinds.map((k) => k.replace(/-/g, ' ')).join(' or ');
    case 'recognition':
      return v.framework === 'accredited' ? v.detail : `${v.framework === 'dod-8140' ? 'DoD 8140' : 'NICCS'} listed`;
    case 'ai-focus':
      return 'AI security';
    case 'minutes':
      return `${v.minutes} min`;
    case 'status':
      return v.state;
    case 'vendor-neutral':
      return 'vendor-neutral';
    case 'launched':
      return `launched ${v.date}`;
    case 'needs':
      return `needs ${v.ways}`;
    case 'sittable':
      return v.via === null ? 'no prerequisites' : `open with ${v.via}`;
  }
}

/** Values that say something on a line: the AI mark and "on offer" would repeat on every line. */
function lineValues(item: FindItem): string[] {
  return item.values
    .filter((v) => v.field !== 'ai-focus' && !(v.field === 'status' && v.state === 'active'))
    .map(valueText);
}

function itemLine(item: FindItem): Line {
  const c = item.view.credential;
  const values = lineValues(item);
  const state = item.view.status.state === 'active' ? '' : ` · ${statusShort(item.view)}`;
  return [
    bold(c.acronym),
    ` — ${c.name} (${item.view.issuer.name})`,
    values.length > 0 ? ` · ${values.join(' · ')}` : '',
    state,
  ];
}

export function findTitle(answer: Find): string {
  const f = answer.filter;
  const conditions = f.conditions.filter((c) => c.field !== 'ai-focus' && c.field !== 'status').map(conditionText);
  const ai = f.conditions.some((c) => c.field === 'ai-focus') ? 'AI security ' : '';
  const level = f.level ? `${f.level} ` : '';
  const track = f.track ? `${trackLabel(f.track).toLowerCase()}-track ` : '';
  const issuer = answer.issuer ? `${answer.issuer.name} ` : '';
  const topic = answer.topic ? ` covering ${answer.topic.name}` : '';
  // "announced certs", "retired AI certs": a status asked for by name leads the title.
  const asked = f.conditions.find((c) => c.field === 'status' && c.op !== 'active');
  const status = asked?.field === 'status' ? `${asked.op} ` : '';
  const what = `${status}${issuer}${level}${track}${ai}credentials${topic}`;
  const sort = f.sort ? `, ${SORT_TEXT[f.sort]}` : '';
  return capitalize(`${what}${conditions.length > 0 ? ` ${joinAnd(conditions)}` : ''}${sort}`);
}

function leftOutLines(answer: Find): Line[] {
  // An acronym two entries share (CAISP) is told apart by issuer, as the list above names each.
  const all = [...answer.items.map((i) => i.view), ...answer.leftOut.flatMap((l) => l.views)];
  const ids = new Map<string, Set<string>>();
  for (const v of all) ids.set(v.credential.acronym, (ids.get(v.credential.acronym) ?? new Set()).add(v.credential.id));
  const shared = new Set([...ids].filter(([, of]) => of.size > 1).map(([acronym]) => acronym));
  const name = (v: CredentialView) =>
    shared.has(v.credential.acronym) ? `${v.credential.acronym} (${v.issuer.name})` : v.credential.acronym;
  return answer.leftOut.map(({ field, views }) => [
    `${plural(views.length, 'credential')} left out: ${LEFT_OUT_TEXT[field]} (${views
      .slice(0, 8)
      .map(name)
      .join(', ')}${views.length > 8 ? ', …' : ''}).`,
  ]);
}

/** Lines a find list shows before the rest is counted (and offered behind Show all / `--full`). */
export const FIND_LIST_LIMIT = 10;

/** A find answer with at most `limit` lines of credentials; the rest counted. */
export function describeFind(answer: Find, limit = FIND_LIST_LIMIT): Doc {
  const doc: Doc = [{ kind: 'title', id: 'find_title', text: findTitle(answer) }];
  const { filter } = answer;
  // Grouped by track, the lines shown are the first of the grouped order.
  const ordered = answer.byTrack
    ? [...answer.items].sort(
        (a, b) => TRACK_ORDER.indexOf(a.view.credential.track) - TRACK_ORDER.indexOf(b.view.credential.track),
      )
    : answer.items;
  const items = ordered.slice(0, limit);
  const rest = answer.items.length - items.length;
  if (answer.items.length === 0) {
    const others = filter.conditions.filter((c) => c !== answer.emptiedBy).map(conditionText);
    const why = answer.emptiedBy
      ? others.length > 0
        ? `No credential that is ${joinAnd(others)} is also ${conditionText(answer.emptiedBy)} in certdesk’s sources.`
        : `No credential is ${conditionText(answer.emptiedBy)} in certdesk’s sources.`
      : 'Nothing in the catalog matches all of that.';
    doc.push({ kind: 'para', id: 'find_none', lines: [[why]] });
    if (answer.nearest.length > 0) {
      doc.push({
        kind: 'list',
        id: 'find_nearest',
        title: answer.widened
          ? 'Nearest: credentials where AI is part of it, not the focus'
          : `Nearest without “${conditionText(answer.emptiedBy ?? { field: 'status', op: 'active' })}”`,
        items: answer.nearest.map(itemLine),
      });
    }
  } else {
    const total = answer.items.length;
    const head = filter.count
      ? `${plural(total, 'credential')} match.`
      : filter.single && filter.sort
        ? `${SORT_TEXT[filter.sort].replace(/ first$/, '')}: ${items[0]?.view.credential.acronym ?? ''}.`
        : `${plural(total, 'credential')}${rest > 0 ? `, the first ${items.length} shown` : ''}:`;
    doc.push({ kind: 'para', id: 'find_count', lines: [[capitalize(head)]] });
    if (answer.byTrack) {
      for (const track of TRACK_ORDER) {
        const inTrack = items.filter((i) => i.view.credential.track === track);
        if (inTrack.length > 0) {
          doc.push({ kind: 'list', id: `find_${track}`, title: trackLabel(track), items: inTrack.map(itemLine) });
        }
      }
    } else {
      doc.push({ kind: 'list', id: 'find_items', items: items.map(itemLine), ordered: filter.sort !== null });
    }
    if (rest > 0) doc.push({ kind: 'para', id: 'find_more', lines: [[`… and ${plural(rest, 'more credential')}.`]] });
  }
  const left = leftOutLines(answer);
  const priceNote = answer.items.some((i) =>
    i.values.some((v) => v.field === 'price' && (v.member !== undefined || v.fees > 0)),
  )
    ? [
        [
          'Prices are the standard (non-member) exam price in US dollars; a member price or a required fee is shown beside it.',
        ] as Line,
      ]
    : [];
  if (left.length + priceNote.length > 0) doc.push({ kind: 'note', id: 'find_notes', lines: [...priceNote, ...left] });
  return doc;
}

export function summarizeFind(answer: Find): string {
  const { items } = answer;
  if (items.length === 0) {
    return `${findTitle(answer)}: none.${answer.nearest.length > 0 ? ` Nearest: ${answer.nearest.map((i) => i.view.credential.acronym).join(', ')}.` : ''}`;
  }
  return `${findTitle(answer)}: ${plural(items.length, 'credential')} — ${items
    .slice(0, 10)
    .map((i) => i.view.credential.acronym)
    .join(', ')}${items.length > 10 ? ', …' : ''}.`;
}
