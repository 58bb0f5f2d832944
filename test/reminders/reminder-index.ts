/** A CatalogIndex over the reminder test catalog (credentials and issuers only). */
import { buildCatalogIndex, type CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { reminderCatalog } from './reminder-fixtures.js';

export function reminderIndex(): CatalogIndex {
  const { credentials, issuers } = reminderCatalog();
  return buildCatalogIndex({
    meta: { version: '2026-11-24', schema: 2 },
    credentials,
    issuers,
    qualifications: [],
    topics: [],
    topicSources: [],
    roles: [],
    roleSources: [],
  });
}
