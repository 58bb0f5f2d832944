/** What a DoD 8140 answer carries: resolved data only, so renderers format and never look anything up. */
import type { ProficiencyLevel } from '../../catalog/dod-8140/framework-schema.js';
import type { CredentialView } from '../types.js';

export interface WorkRoleRef {
  code: string;
  title: string;
  element: string;
}

/** The matrix version an answer rests on, cited on every answer that uses it. */
export interface MatrixCitation {
  name: string;
  shortName: string;
  version: string;
  effective: string;
  /** "DoD 8140 Foundational Qualification Matrix V2.1, effective 2025-09-19" */
  title: string;
  url: string;
  verified: string;
  /** What "listed" means: one foundational option, what else is always required, annual upkeep. */
  about: string;
  listedMeans: string;
}

/** A price in US dollars as the catalog resolves it, or null when it has none in US dollars. */
export type UsdPrice = number | null;

export interface QualifyOption {
  /** A catalog credential, or null for an option that is not one (DAWIA). */
  view: CredentialView | null;
  /** The matrix's own name for it. */
  matrixName: string;
  level: ProficiencyLevel;
  price: UsdPrice;
  /** Needs another credential first (per the catalog), and which; null when none or unknown. */
  prerequisite: 'none' | 'required' | 'unknown';
}

export interface LevelGroup {
  level: ProficiencyLevel;
  roles: WorkRoleRef[];
}

export type QualifyBody =
  | {
      kind: 'credential';
      subjects: { view: CredentialView; total: number; byLevel: LevelGroup[]; changed: QualifyChange[] }[];
    }
  | {
      kind: 'role';
      role: WorkRoleRef;
      level: ProficiencyLevel | null;
      /** Listed at the level asked (all levels when none was asked), cheapest first, unpriced last. */
      atLevel: QualifyOption[];
      /** Listed for this role at other levels than the one asked. */
      otherLevels: QualifyOption[];
      unpriced: number;
    }
  | { kind: 'no-options'; role: WorkRoleRef }
  | { kind: 'ambiguous-role'; text: string; roles: WorkRoleRef[] }
  | {
      kind: 'holdings';
      held: CredentialView[];
      roles: { role: WorkRoleRef; level: ProficiencyLevel; by: string[] }[];
    }
  | {
      kind: 'most-roles';
      held: CredentialView[];
      ranked: {
        view: CredentialView;
        added: WorkRoleRef[];
        raised: WorkRoleRef[];
        price: UsdPrice;
        /** False when the catalog says it needs a credential the person does not hold. */
        canSit: boolean | null;
      }[];
    }
  | { kind: 'changes'; previous: string | null; previousEffective: string | null; changes: QualifyChange[] }
  | {
      kind: 'ai';
      /** The AI-security credentials in the catalog: none is listed in this version. */
      aiCredentials: CredentialView[];
      listedAi: CredentialView[];
      /** Listed credentials that open the AI-security credentials (their prerequisites). */
      closest: { view: CredentialView; opens: CredentialView[]; roles: number }[];
      /** AI and data work roles that have no certification option at all. */
      rolesWithoutOptions: WorkRoleRef[];
    }
  | { kind: 'overview'; roles: number; certifications: number };

export interface QualifyChange {
  role: WorkRoleRef;
  certification: string;
  credentialId: string | null;
  kind: 'added' | 'modified' | 'deleted' | 'unchanged';
  before: ProficiencyLevel | null;
  after: ProficiencyLevel | null;
}

export interface QualifyAnswerBody {
  intent: 'qualify';
  matrix: MatrixCitation;
  /** How a job title was read: "read “SOC analyst” as 511 Cyber Defense Analyst". */
  readAs: { typed: string; role: WorkRoleRef }[];
  body: QualifyBody;
}

/** Every credential view a qualify answer carries, in the order it gives them. */
export function qualifyViews(body: QualifyBody): CredentialView[] {
  switch (body.kind) {
    case 'credential':
      return body.subjects.map((s) => s.view);
    case 'role':
      return [...body.atLevel, ...body.otherLevels].flatMap((o) => (o.view ? [o.view] : []));
    case 'holdings':
      return body.held;
    case 'most-roles':
      return [...body.ranked.map((r) => r.view), ...body.held];
    case 'ai':
      return [...body.closest.map((c) => c.view), ...body.aiCredentials, ...body.listedAi];
    default:
      return [];
  }
}
