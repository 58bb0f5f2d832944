/**
 * Credentials matching what a person has typed so far (a picker's type-ahead): by id, acronym, exam
 * code, name or alias through the name index, or by issuer name. Pure; best matches first.
 */
import type { CatalogIndex } from './build-catalog-index.js';
import { NAME_FORMS } from './build-name-index.js';
import { compactText, normalizeText } from './normalize-text.js';

/** How well a name key meets the typed text: lower is better; null when it does not. */
function keyRank(key: string, typed: string, typedCompact: string): number | null {
  if (key === typed) return 0;
  if (key.startsWith(typed)) return 1;
  if (` ${key}`.includes(` ${typed}`)) return 2;
  if (key.includes(typed)) return 3;
  if (typedCompact.length >= 2 && key.replaceAll(' ', '').includes(typedCompact)) return 4;
  return null;
}

/**
 * Ids of the credentials `typed` names, best first (ties in label order), at most `limit`. Empty text
 * gives every credential in label order.
 */
export function suggestCredentials(index: CatalogIndex, typed: string, limit: number): string[] {
  const byLabel = (a: string, b: string) =>
    index.credentialLabel(a).localeCompare(index.credentialLabel(b)) || a.localeCompare(b);
  const q = normalizeText(typed);
  if (q === '')
    return index.catalog.credentials
      .map((c) => c.id)
      .sort(byLabel)
      .slice(0, limit);
  const qc = compactText(typed);
  const score = new Map<string, number>();
  const note = (id: string, s: number) => score.set(id, Math.min(score.get(id) ?? s, s));
  for (const [key, entries] of index.names.phrases) {
    const rank = keyRank(key, q, qc);
    if (rank === null) continue;
    for (const e of entries) {
      if (e.kind === 'credential') note(e.id, rank * 10 + NAME_FORMS.indexOf(e.form));
      // "aws", "isaca": the issuer's credentials, after those whose own names match as well.
      if (e.kind === 'issuer' && rank <= 2) {
        for (const c of index.catalog.credentials) if (c.issuer === e.id) note(c.id, 50 + rank);
      }
    }
  }
  return [...score.entries()]
    .sort(([a, sa], [b, sb]) => sa - sb || byLabel(a, b))
    .slice(0, limit)
    .map(([id]) => id);
}
