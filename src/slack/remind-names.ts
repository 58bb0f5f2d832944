/** Catalog names for the reminders' replies and the modal's choices. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { RemindChoice } from '../render/slack/render-remind-modal.js';
import type { RemindNames } from '../render/slack/render-remind-parts.js';

export function remindNames(index: CatalogIndex): RemindNames {
  return {
    credential: (id) => index.credentialLabel(id),
    issuer: (id) => index.issuer(id)?.name ?? id,
  };
}

/** Credentials ("AAISM — Advanced in AI Security Management") and issuers, in alphabetical order. */
export function remindChoices(index: CatalogIndex): { credentials: RemindChoice[]; issuers: RemindChoice[] } {
  const byLabel = (a: RemindChoice, b: RemindChoice) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
  return {
    credentials: index.catalog.credentials
      .map((c) => ({ id: c.id, label: `${index.credentialLabel(c.id)} — ${c.name}` }))
      .sort(byLabel),
    issuers: index.catalog.issuers.map((i) => ({ id: i.id, label: i.name })).sort(byLabel),
  };
}
