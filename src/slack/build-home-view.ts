/** The App Home tab: dated changes of the next 90 days, the catalog, and how to ask. */
import { viewCredential } from '../answer/credential-view.js';
import { datedChanges } from '../answer/dated-changes.js';
import { EXAMPLE_QUESTIONS } from '../answer/examples.js';
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { HomeView } from '../render/slack/block-types.js';
import { renderHome } from '../render/slack/render-home.js';

export const HOME_HORIZON_DAYS = 90;

export function buildHomeView(index: CatalogIndex, now: Date): HomeView {
  return renderHome({
    upcoming: datedChanges(index, now, { fromDays: 0, toDays: HOME_HORIZON_DAYS }),
    views: index.catalog.credentials.map((c) => viewCredential(c, index, now)),
    examples: EXAMPLE_QUESTIONS,
    names: (id) => index.credentialLabel(id),
    horizonDays: HOME_HORIZON_DAYS,
  });
}
