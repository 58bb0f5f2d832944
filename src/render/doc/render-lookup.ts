import type { Credential, Qualification, Topic } from '../../catalog/schema.js';

/**
 * Optional catalog lookups a renderer can use to name ids an answer mentions but does not carry
 * (prerequisites, replacements, topics) and to list other credentials to compare with.
 * The engine's CatalogIndex satisfies it: pass the index.
 */
export interface RenderLookup {
  credential(id: string): Credential | undefined;
  /** A credential named in a sentence, the issuer added where acronyms collide ("CAISP (PECB)"). */
  credentialLabel?(id: string): string;
  qualification?(id: string): Qualification | undefined;
  topic?(id: string): Topic | undefined;
  catalog?: { credentials: readonly Credential[] };
}
