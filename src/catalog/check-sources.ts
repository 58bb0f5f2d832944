/** A file's own source list: ids listed once, read no later than today, and every cited id listed. */
import type { Report } from './cross-check-context.js';
import type { Source } from './schema.js';

/** Every `sources: [ids]` list anywhere in a value, with its dotted path. */
function* sourceRefs(value: unknown, path: string[] = []): Generator<{ path: string; ids: string[] }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* sourceRefs(v, [...path, String(i)]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      yield { path: [...path, key].join('.'), ids: v as string[] };
    } else {
      yield* sourceRefs(v, [...path, key]);
    }
  }
}

export function checkSources(sources: Source[], refsIn: unknown, today: string, report: Report, skipTop = false): void {
  const ids = new Set<string>();
  for (const [i, s] of sources.entries()) {
    if (ids.has(s.id)) report(`sources.${i}.id`, `source id "${s.id}" is listed twice`);
    ids.add(s.id);
    if (s.verified > today) report(`sources.${i}.verified`, `${s.verified} is in the future`);
  }
  for (const ref of sourceRefs(refsIn)) {
    if (skipTop && ref.path === 'sources') continue;
    for (const id of ref.ids) if (!ids.has(id)) report(ref.path, `names source "${id}", which this file does not list`);
  }
}
