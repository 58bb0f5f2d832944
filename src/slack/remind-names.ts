/** Catalog names for the reminders' replies and the modal's choices. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { suggestCredentials } from '../catalog/suggest-credentials.js';
import type { RemindChoice } from '../render/slack/render-remind-modal.js';
import type { RemindNames } from '../render/slack/render-remind-parts.js';

export function remindNames(index: CatalogIndex): RemindNames {
  return {
    credential: (id) => index.credentialLabel(id),
    issuer: (id) => index.issuer(id)?.name ?? id,
  };
}

/** A credential as the picker shows it: "AAISM — Advanced in AI Security Management". */
function credentialChoice(index: CatalogIndex, id: string): RemindChoice | null {
  const c = index.credential(id);
  return c ? { id: c.id, label: `${index.credentialLabel(c.id)} — ${c.name}` } : null;
}

/** Credentials ("AAISM — Advanced in AI Security Management") and issuers, in alphabetical order. */
export function remindChoices(index: CatalogIndex): { credentials: RemindChoice[]; issuers: RemindChoice[] } {
  const byLabel = (a: RemindChoice, b: RemindChoice) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
  return {
    credentials: index.catalog.credentials
      .map((c) => credentialChoice(index, c.id))
      .filter((c): c is RemindChoice => c !== null)
      .sort(byLabel),
    issuers: index.catalog.issuers.map((i) => ({ id: i.id, label: i.name })).sort(byLabel),
  };
}

/** The credential picker's options for what the person has typed: best matches first, at most `limit`. */
export function credentialSuggestions(index: CatalogIndex, typed: string, limit: number): RemindChoice[] {
  return suggestCredentials(index, typed, limit)
    .map((id) => credentialChoice(index, id))
    .filter((c): c is RemindChoice => c !== null);
}

/** Prefilled ids as the catalog now spells them (a folded entry's former id becomes its entry's); unknown ids dropped. */
export function currentCredentialIds(index: CatalogIndex, ids: readonly string[] | undefined): string[] | undefined {
  if (ids === undefined) return undefined;
  return [...new Set(ids.flatMap((id) => index.credential(id)?.id ?? []))];
}
