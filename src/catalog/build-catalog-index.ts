/**
 * Lookups by id over a loaded catalog, plus the name-resolution index the question engine reads.
 * Pure: build it once per catalog and share it.
 */
import { buildNameIndex, type NameIndex } from './build-name-index.js';
import type { Catalog, Credential, Issuer, Qualification, Role, Topic } from './schema.js';

export interface CatalogIndex {
  catalog: Catalog;
  credential(id: string): Credential | undefined;
  issuer(id: string): Issuer | undefined;
  topic(id: string): Topic | undefined;
  role(id: string): Role | undefined;
  qualification(id: string): Qualification | undefined;
  /**
   * How to name a credential in a sentence: its acronym, with the issuer added when another
   * credential shares the acronym ("CAISP (PECB)").
   */
  credentialLabel(id: string): string;
  names: NameIndex;
}

function byId<T extends { id: string }>(list: readonly T[]): (id: string) => T | undefined {
  const map = new Map(list.map((x) => [x.id, x] as const));
  return (id) => map.get(id);
}

/** Credentials by id, and by the former ids of entries folded into them. */
function credentialsById(list: readonly Credential[]): (id: string) => Credential | undefined {
  const map = new Map(list.map((x) => [x.id, x] as const));
  for (const c of list) for (const old of c.former_ids) if (!map.has(old)) map.set(old, c);
  return (id) => map.get(id);
}

export function buildCatalogIndex(catalog: Catalog): CatalogIndex {
  const credential = credentialsById(catalog.credentials);
  const issuer = byId(catalog.issuers);
  const acronymCount = new Map<string, number>();
  for (const c of catalog.credentials) {
    const key = c.acronym.toLowerCase();
    acronymCount.set(key, (acronymCount.get(key) ?? 0) + 1);
  }
  const credentialLabel = (id: string): string => {
    const c = credential(id);
    if (!c) return id;
    if ((acronymCount.get(c.acronym.toLowerCase()) ?? 0) < 2) return c.acronym;
    return `${c.acronym} (${issuer(c.issuer)?.name ?? c.issuer})`;
  };
  return {
    catalog,
    credential,
    issuer,
    topic: byId(catalog.topics),
    role: byId(catalog.roles),
    qualification: byId(catalog.qualifications),
    credentialLabel,
    names: buildNameIndex(catalog),
  };
}
