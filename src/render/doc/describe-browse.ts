import type { AnswerOf } from '../../answer/types.js';
import { statusShort } from './credential-facts.js';
import { bold, code, type Doc, type Line } from './doc-types.js';
import { capitalize, plural, TRACK_ORDER, trackLabel } from './format-values.js';

type Browse = AnswerOf<'browse'>;

function browseTitle({ filter }: Browse): string {
  const words = [
    filter.level ? capitalize(filter.level) : null,
    filter.track ? `${trackLabel(filter.track).toLowerCase()}-track` : null,
  ].filter((w): w is string => w !== null);
  const what = words.length > 0 ? `${words.join(' ')} credentials` : 'credentials';
  if (filter.issuer) return `${filter.issuer.name} ${what.toLowerCase()}`;
  return words.length > 0 ? capitalize(what) : 'The catalog';
}

/** The catalog, or part of it, grouped by track. */
export function describeBrowse(answer: Browse): Doc {
  const doc: Doc = [{ kind: 'title', id: 'browse_title', text: browseTitle(answer) }];
  if (answer.items.length === 0) {
    doc.push({
      kind: 'para',
      id: 'browse_none',
      lines: [['Nothing in the catalog matches. Try ', code('list ISACA credentials'), '.']],
    });
    return doc;
  }
  doc.push({ kind: 'para', id: 'browse_count', lines: [[`${plural(answer.items.length, 'credential')}, by track:`]] });
  for (const track of TRACK_ORDER) {
    const items = answer.items.filter((v) => v.credential.track === track);
    if (items.length === 0) continue;
    doc.push({
      kind: 'list',
      id: `browse_${track}`,
      title: trackLabel(track),
      items: items.map((v): Line => {
        const state = v.status.state === 'active' ? '' : ` · ${statusShort(v)}`;
        // What the list is filtered by (one issuer, one level) would say nothing on every line.
        const issuer = answer.filter.issuer ? '' : ` · ${v.issuer.name}`;
        const level = answer.filter.level ? '' : ` · ${v.credential.level}`;
        return [bold(v.credential.acronym), ` — ${v.credential.name}${issuer}${level}${state}`];
      }),
    });
  }
  return doc;
}
