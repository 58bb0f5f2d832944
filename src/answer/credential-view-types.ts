/** A credential placed against today: its computed status, exam versions, dated changes and resolved facts. */
import type { Credential, CredentialEvent, EventKind, Issuer, Source, SourceKind } from '../catalog/schema.js';
import type { Dod8140Summary } from './dod-8140/dod-8140-summary.js';
import type { CredentialFacts } from './resolve-credential-facts.js';

/** Lifecycle state computed from dated events and the current day; never stored. */
export type StatusState = 'announced' | 'beta' | 'active' | 'retiring' | 'last-day' | 'retired';

/** A dated change of one credential, placed against today. */
export interface DatedChange {
  credentialId: string;
  kind: EventKind;
  /** The day counted from: the date, the 1st of a month date, the earliest of dates sources disagree on. */
  date: string;
  /** The date as its source gives it when that is not one day: "2026-12" (a month) or "2026-11 or 2026-12". */
  dateAsWritten?: string | undefined;
  /** The exam code the change is about; absent when it is about the certification. */
  code?: string | undefined;
  /** Whole calendar days from today to the date: negative in the past, 0 today. */
  days: number;
  replacedBy: string[];
  sources: Source[];
  note?: string | undefined;
  event: CredentialEvent;
}

export interface CredentialStatus {
  state: StatusState;
  /** The last exam date, when one is announced. */
  lastExam?: string | undefined;
  /** The day the credential counts as retired (the day after its last exam, or its retired date). */
  retiredOn?: string | undefined;
  replacedBy: string[];
  /** The next dated change from today on, if any. */
  next?: DatedChange | undefined;
  /** The exam versions (codes), newest first, each placed against today. */
  versions: ExamVersion[];
}

/** An exam version (code) of a certification: its status is computed from its events and today. */
export interface ExamVersion {
  code: string;
  status: 'announced' | 'current' | 'previous';
  note?: string | undefined;
  /** Its last day to sit (or retirement), as its source words it: a day, or a month. */
  ends?:
    | {
        kind: 'last-exam' | 'retired';
        /** The primary (English) date as written: YYYY-MM-DD or YYYY-MM; the earliest when sources disagree. */
        date: string;
        /** Every date sources give when they disagree (empty when they agree). */
        claimed: string[];
        byLanguage: { languages: string[]; date: string }[];
        replacedByCode?: string | undefined;
      }
    | undefined;
}

/** A credential placed against today: what every answer about a credential carries. */
export interface CredentialView {
  credential: Credential;
  issuer: Issuer;
  status: CredentialStatus;
  /** Due for review (src/catalog/review-due.ts): verified over 180 days ago, or 60 with a dated change near. */
  stale: boolean;
  /** Days since the entry was verified. */
  verifiedDaysAgo: number;
  /** Every fact resolved by source tier when the view was built: renderers only format these. */
  facts: CredentialFacts;
  /** What the DoD 8140 matrix in force lists it for; null when the catalog carries no matrix in force. */
  dod8140: Dod8140Summary | null;
}

/** One value of a fact with the sources behind it and the tier they give it. */
export interface ResolvedClaim<T> {
  value: T;
  sources: Source[];
  note?: string | undefined;
  tier: SourceKind;
}

/**
 * A fact resolved by source tier when the answer is built (answer/resolve-fact.ts): renderers only
 * format it. `outliers` are claims of lower tiers than the winner's: never shown as a dispute.
 */
export type ResolvedFact<T> =
  | { state: 'unknown'; note?: string | undefined }
  | { state: 'not-published'; sources: Source[]; note?: string | undefined }
  | { state: 'not-applicable'; note?: string | undefined }
  | {
      state: 'value';
      value: T;
      sources: Source[];
      note?: string | undefined;
      tier: SourceKind;
      /** The winning tier is third-party or blog: no issuer, official or seed source gives it. */
      restsOnThirdParties: boolean;
      outliers: ResolvedClaim<T>[];
    }
  | {
      state: 'disputed';
      /** Every claim of the winning tier (they disagree). */
      claims: ResolvedClaim<T>[];
      tier: SourceKind;
      restsOnThirdParties: boolean;
      outliers: ResolvedClaim<T>[];
    };
