/**
 * The DoD 8140 Foundational Qualification Matrix as catalog data: framework.yaml (what it is, its
 * versions, how the matrix's certification acronyms map to catalog ids) and, per version, the CSV
 * files extracted from the workbook (the import contract; README "DoD 8140" describes it).
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../schema.js';

export const PROFICIENCY_LEVELS = ['Basic', 'Intermediate', 'Advanced'] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number];

const mappingSchema = z.union([
  z.object({ matrix: z.string().min(1), also: z.array(z.string().min(1)).default([]), credential: idSchema }).strict(),
  z
    .object({ matrix: z.string().min(1), also: z.array(z.string().min(1)).default([]), option: z.string().min(1) })
    .strict(),
]);

export const frameworkFileSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    short_name: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url(),
    about: z.string().min(1),
    listed_means: z.string().min(1),
    elements: z.record(z.string(), z.string()).default({}),
    job_titles: z
      .record(z.string(), z.string().regex(/^\d{3}$/, 'must be a DCWF work role code like "511"'))
      .default({}),
    versions: z
      .array(
        z
          .object({
            version: z.string().regex(/^\d+(\.\d+)*$/, 'must be a version number like "2.1"'),
            folder: z.string().regex(/^[\w.-]+$/, 'must be a folder name'),
            effective: isoDateSchema,
            previous: z.string().optional(),
            previous_effective: isoDateSchema.optional(),
            source: z
              .object({
                title: z.string().min(1),
                publisher: z.string().min(1),
                url: z.url(),
                kind: z.literal('official'),
                verified: isoDateSchema,
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
    certifications: z.array(mappingSchema).min(1),
  })
  .strict();

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type CertificationMapping = FrameworkFile['certifications'][number];

/** A (work role, certification, level) row of the matrix, with the catalog id it maps to. */
export interface Dod8140Listing {
  roleCode: string;
  /** The matrix's own acronym, as the version's repository sheet writes it. */
  certification: string;
  /** The catalog entry, or null for an option that is not a catalog entry (DAWIA). */
  credentialId: string | null;
  /** What a non-catalog option is, in words. */
  option: string | null;
  level: ProficiencyLevel;
  /** The level this certification had for this role in the previous version, where the change log says. */
  change: Dod8140Change | null;
}

export interface Dod8140Change {
  roleCode: string;
  certification: string;
  credentialId: string | null;
  kind: 'added' | 'modified' | 'deleted' | 'unchanged';
  before: ProficiencyLevel | null;
  after: ProficiencyLevel | null;
}

export interface Dod8140WorkRole {
  code: string;
  title: string;
  definition: string;
  /** The element (community) the role belongs to, with the workbook's names normalised. */
  element: string;
  opr: string | null;
}

export interface Dod8140Version {
  version: string;
  /** YYYY-MM-DD: the day this version took effect. */
  effective: string;
  previous: string | null;
  previousEffective: string | null;
  source: FrameworkFile['versions'][number]['source'];
  workRoles: Dod8140WorkRole[];
  listings: Dod8140Listing[];
  changes: Dod8140Change[];
}

export interface Dod8140Framework {
  id: string;
  name: string;
  shortName: string;
  publisher: string;
  url: string;
  about: string;
  /** What "listed" means, in two short sentences for the foot of an answer. */
  listedMeans: string;
  /** Job titles read as a work role code in DoD questions ("soc analyst" → "511"). */
  jobTitles: Record<string, string>;
  /** Oldest first. */
  versions: Dod8140Version[];
  certifications: CertificationMapping[];
}
