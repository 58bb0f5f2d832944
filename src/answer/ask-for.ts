/**
 * What to type to ask about one credential alone: its acronym, with the issuer's name in front when
 * another credential shares the acronym ("PECB CAISP"). Suggestions and disambiguations offer it.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { Credential } from '../catalog/schema.js';

export function askFor(credential: Credential, index: CatalogIndex): string {
  if (index.credentialLabel(credential.id) === credential.acronym) return credential.acronym;
  return `${index.issuer(credential.issuer)?.name ?? credential.issuer} ${credential.acronym}`;
}
