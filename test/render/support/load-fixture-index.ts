/** The frozen fixture catalog (test/render/fixtures/catalog), parsed with the real schemas, not cross-checked. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { buildCatalogIndex, type CatalogIndex } from '../../../src/catalog/build-catalog-index.js';
import {
  catalogMetaSchema,
  credentialSchema,
  issuersFileSchema,
  qualificationsFileSchema,
  rolesFileSchema,
  topicsFileSchema,
} from '../../../src/catalog/schema.js';

const DIR = fileURLToPath(new URL('../fixtures/catalog', import.meta.url));

function read<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  return schema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
}

export function loadFixtureIndex(): CatalogIndex {
  const topics = read('topics.yaml', topicsFileSchema);
  const roles = read('roles.yaml', rolesFileSchema);
  return buildCatalogIndex({
    meta: read('catalog.yaml', catalogMetaSchema),
    credentials: readdirSync(join(DIR, 'credentials'))
      .sort()
      .map((name) => read(join('credentials', name), credentialSchema)),
    issuers: read('issuers.yaml', issuersFileSchema).issuers,
    qualifications: read('qualifications.yaml', qualificationsFileSchema).qualifications,
    topics: topics.topics,
    topicSources: topics.sources,
    roles: roles.roles,
    roleSources: roles.sources,
  });
}
