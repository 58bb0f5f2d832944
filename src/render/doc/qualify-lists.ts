/** What the DoD 8140 documents share: how long a list runs before the rest is counted, and role names. */
import type { QualifyBody, WorkRoleRef } from '../../answer/dod-8140/qualify-types.js';
import type { Line } from './doc-types.js';
import { plural } from './format-values.js';

/** One kind of DoD 8140 answer body. */
export type QualifyBodyOf<K extends QualifyBody['kind']> = Extract<QualifyBody, { kind: K }>;

/** Lines a list shows before the rest is counted. */
export const QUALIFY_LIST_LIMIT = 10;

export const roleName = (r: WorkRoleRef) => `${r.code} ${r.title}`;

export function counted<T>(items: readonly T[], limit = QUALIFY_LIST_LIMIT): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

export function moreLine(more: number, what: string): Line[] {
  return more > 0 ? [[`… and ${plural(more, what)} more.`]] : [];
}

export function changeText(c: { kind: string; before: string | null; after: string | null }): string {
  if (c.kind === 'added') return `added at ${c.after}`;
  if (c.kind === 'deleted') return `removed (was ${c.before})`;
  if (c.kind === 'modified') return `${c.before} → ${c.after}`;
  return `unchanged (${c.after})`;
}
