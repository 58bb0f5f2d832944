/**
 * Decides which entity each mention stands for. The strongest kind of name wins (an id, acronym or
 * current code over an alias or an old code: "SCS-C02" is the retired exam, not SCS-C03's old code);
 * an issuer named in the question picks among a shared acronym; of a credential and the one that
 * replaced it, the current one is meant. What is left with several candidates stays ambiguous.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { type EntityKind, NAME_FORMS, type NameEntry } from '../catalog/build-name-index.js';
import { certificationEnds, newestCode } from '../catalog/exam-codes.js';
import { replacementsOf } from './compute-status.js';
import type { Mention } from './find-mentions.js';
import type { DisambiguationReason, Interpretation } from './types.js';

export interface Resolved {
  mention: Mention;
  kind: EntityKind;
  ids: string[];
  /** Set when `ids` has several candidates. */
  reason: DisambiguationReason | null;
  /** The name form that matched, for the clearest candidate. */
  entry: NameEntry | undefined;
}

/** An id, acronym or current exam code are equally strong: "caisp" is two credentials' acronym. */
function formRank(e: NameEntry): number {
  return e.form === 'id' || e.form === 'acronym' || e.form === 'code' ? 0 : NAME_FORMS.indexOf(e.form);
}

function strongest(entries: readonly NameEntry[]): NameEntry[] {
  const rank = formRank;
  const best = Math.min(...entries.map(rank));
  return entries.filter((e) => rank(e) === best);
}

function uniqueIds(entries: readonly NameEntry[]): string[] {
  return [...new Set(entries.map((e) => e.id))];
}

/** Of credentials where one replaced the others, the current one. */
function newestOf(ids: readonly string[], index: CatalogIndex): string | undefined {
  const replacing = ids.filter((id) =>
    ids.every((other) => {
      if (other === id) return true;
      const c = index.credential(other);
      return c !== undefined && replacementsOf(c).includes(id);
    }),
  );
  return replacing.length === 1 ? replacing[0] : undefined;
}

export function resolveMention(
  mention: Mention,
  kind: EntityKind,
  index: CatalogIndex,
  issuers: ReadonlySet<string>,
): Resolved {
  const all = mention.entries.filter((e) => e.kind === kind);
  const entries = mention.how === 'near-tie' ? all : strongest(all);
  let ids = uniqueIds(entries);
  if (kind === 'credential' && ids.length > 1 && issuers.size > 0) {
    const fromIssuer = ids.filter((id) => issuers.has(index.credential(id)?.issuer ?? ''));
    if (fromIssuer.length > 0) ids = fromIssuer;
  }
  if (kind === 'credential' && ids.length > 1 && mention.how !== 'near-tie') {
    const newest = newestOf(ids, index);
    if (newest !== undefined) ids = [newest];
  }
  const reason: DisambiguationReason | null =
    ids.length < 2 ? null : mention.how === 'near-tie' ? 'near-tie' : 'acronym-collision';
  return { mention, kind, ids, reason, entry: entries.find((e) => e.id === ids[0]) };
}

/** The name a reader knows the entity by. */
export function entityLabel(kind: EntityKind, id: string, index: CatalogIndex): string {
  switch (kind) {
    case 'credential':
      return index.credentialLabel(id);
    case 'issuer':
      return index.issuer(id)?.name ?? id;
    case 'topic':
      return index.topic(id)?.name ?? id;
    case 'role':
      return index.role(id)?.name ?? id;
    case 'qualification':
      return index.qualification(id)?.name ?? id;
    default:
      return id;
  }
}

/** A note for the reader when the question was read as something other than what was typed exactly. */
export function interpretationOf(r: Resolved, index: CatalogIndex): Interpretation | null {
  const id = r.ids[0];
  if (r.ids.length !== 1 || id === undefined) return null;
  const label = entityLabel(r.kind, id, index);
  if (r.mention.how === 'corrected' || r.mention.how === 'partial') return { typed: r.mention.typed, readAs: label };
  if (r.entry?.form === 'old-code') {
    const credential = index.credential(id);
    const current = credential && !certificationEnds(credential) ? newestCode(credential) : undefined;
    // Said without a date: an older code may still be on sale (CS0-003 until its last day); the status says when.
    const newest = current && current !== r.entry.written ? `; the newest is ${current}` : '';
    return { typed: r.mention.typed, readAs: `${label} (${r.entry.written} is one of its exam codes${newest})` };
  }
  return null;
}
