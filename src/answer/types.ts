/**
 * The question engine's contract: a question becomes a typed Query, a Query becomes a typed Answer.
 * Answers are platform-neutral plain data; src/render turns them into Slack blocks or terminal text.
 */

import type {
  Credential,
  CredentialEvent,
  EventKind,
  Issuer,
  Level,
  PrerequisiteAlt,
  Qualification,
  Role,
  Source,
  SourceKind,
  Topic,
  Track,
} from '../catalog/schema.js';
import type { Dod8140Summary } from './dod-8140/dod-8140-summary.js';
import type { QualifyAnswerBody } from './dod-8140/qualify-types.js';
import type { Condition, ConditionField, Sort } from './read-constraints.js';
import type { FactField, NotHeldField } from './read-fact-fields.js';
import type { CredentialFacts } from './resolve-credential-facts.js';

export const INTENTS = [
  'lookup',
  'fact',
  'compare',
  'find',
  'qualify',
  'recommend',
  'eligibility',
  'deadlines',
  'coverage',
  'browse',
  'disambiguate',
  'help',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** What a question was understood to ask. */
export type Query =
  | { intent: 'lookup'; credential: string }
  /** "how much is aaism": named credentials and the fields asked about (and those the catalog lacks). */
  | { intent: 'fact'; credentials: string[]; fields: FactField[]; notHeld: NotHeldField[] }
  | { intent: 'compare'; credentials: string[]; aspect?: CompareAspect | null }
  /** "cheapest AI security cert": conditions, a sort and a count over the catalog's structured fields. */
  | { intent: 'find'; filter: FindFilter }
  /** DoD 8140: the credentials named (in order) and whether the asker says they hold them. */
  | { intent: 'qualify'; credentials: string[]; held: boolean }
  | {
      intent: 'recommend';
      role: string | null;
      /** What the asker says they hold ("I'm a CISSP holder"): dropped from the picks, prerequisites met. */
      held?: Held[];
      /** A topic they want to learn ("AI red teaming"): picks that test it rise. */
      topic?: string | null;
      /** Their constraints (budget, hands-on, vendor-neutral, no prerequisites, online, AI focus). */
      conditions?: Condition[];
      /** The cloud they work on ("on AWS"): that vendor's picks rise, other clouds' fall. */
      platform?: string | null;
      /** Credentials asked about, not held ("is CEH worth it for a pentester"): where each stands. */
      asked?: string[];
    }
  /**
   * target null: "what can I take with CISSP?", every credential the asker can sit. `also`: the other
   * credentials asked about in the same question ("can I take AAISM and AAIA with CISA": AAIA), each answered.
   */
  | { intent: 'eligibility'; target: string | null; held: Held[]; also?: string[]; aiOnly?: boolean }
  | {
      intent: 'deadlines';
      credentials: string[];
      issuer: string | null;
      horizonDays: number;
      /** Only these kinds of change ("what's retiring soon": last exams and retirements). */
      kinds?: EventKind[] | undefined;
      /** Only changes dated in this calendar year ("what retired in 2025"). */
      year?: number | undefined;
      /** A calendar year named relative to today: "this year" 0, "next year" 1, "last year" -1. */
      yearOffset?: number | undefined;
      /** "exam version changes": new and retiring exam versions (codes) and version changes only. */
      examVersions?: boolean | undefined;
      /** "in December" (1–12): only changes dated in that month, its next occurrence from today. */
      inMonth?: number | undefined;
      /** Asked in the past tense ("retired certs"): every past change counts, not only recent ones. */
      past?: boolean | undefined;
      /** "before June" (through: false) or "by June" (through: true): the range ends with that month (1–12). */
      untilMonth?: { month: number; through: boolean } | undefined;
    }
  | {
      intent: 'coverage';
      topic: string | null;
      gapsOnly: boolean;
      /** Credentials the question named ("does AAISM cover prompt injection?"). */
      credentials?: string[];
      /** What was asked about when it is no catalog topic ("does AAISM cover threat hunting"), as typed. */
      unlisted?: string;
    }
  | { intent: 'browse'; issuer: string | null; track: Track | null; level: Level | null }
  | { intent: 'disambiguate'; term: string; candidates: string[]; reason: DisambiguationReason }
  | { intent: 'help'; brief?: boolean }
  | { intent: 'unknown'; suggestions: Suggestion[]; notInCatalog?: NotInCatalog[] };

/** Why a recommendation needs a warning beside it wherever it appears. */
export type TrustFlag = 'workshop-badge' | 'single-source';

/** One recommended credential, in rank order, with why, what moved it, and any warning beside it. */
export interface RecommendPick {
  view: CredentialView;
  reason: string;
  sources: Source[];
  /**
   * Where it comes from: the role's curated picks, the topic asked about, a credential's audience, what
   * follows a credential the asker holds, or the catalog filtered by the asker's constraints (no role named).
   */
  from?: 'role' | 'topic' | 'audience' | 'held' | 'conditions';
  /** What the asker's holdings, topic and constraints say about it ("your CISSP meets its prerequisite"). */
  notes?: string[];
  /** A workshop badge or an entry resting on one source: the warning and the credential's own caveats. */
  caveat?: { flags: TrustFlag[]; text: string; caveats: { text: string; sources: Source[] }[] } | null;
}

/** A credential people name that is not a catalog entry (qualifications.yaml): "Security+ (CompTIA)". */
export interface NotInCatalog {
  id: string;
  name: string;
  issuer: string;
}

export type CompareAspect = 'harder' | 'cheaper' | 'longer' | 'recognised' | 'newer';

/** What a comparison's bottom line weighs for one credential (null: not in the catalog). */
export interface CompareFacts {
  id: string;
  /** 0 foundational … 3 expert. */
  level: number;
  /** Standard exam price in US dollars. */
  price: number | null;
  /** When sources disagree on it (price null): each one's standard US-dollar exam price, lowest first. */
  disputedPrices?: number[];
  minutes: number | null;
  /** The day the certification launched (YYYY-MM-DD), when recorded. */
  launched?: string | null;
  handsOn: boolean;
  prerequisites: 'none' | 'some' | null;
  /** The first audience the catalog names. */
  audience: string;
}

/** One field of one credential in a fact answer, resolved by source tier when the answer is built. */
export interface FactResolution {
  credential: string;
  field: FactField;
  /** value; third-party: a value no issuer, official or seed source gives; or why there is none. */
  state: 'value' | 'third-party' | 'disputed' | 'unknown' | 'not-published' | 'not-applicable';
  /** The sources behind the value (or behind "not published"), strongest first when rendered. */
  sources: Source[];
}

/** What a find question asks for: plain listing filters plus conditions, a sort and a count. */
export interface FindFilter {
  issuer: string | null;
  track: Track | null;
  level: Level | null;
  topic: string | null;
  conditions: Condition[];
  sort: Sort | null;
  count: boolean;
  /** "the cheapest": one is wanted, the rest are context. */
  single: boolean;
}

/** The value of a field that put a credential on a find list. */
export type MatchValue =
  | { field: 'price'; amount: number; member?: number | undefined; fees: number }
  | { field: 'prerequisites' }
  | { field: 'assessment' }
  | { field: 'delivery'; kinds: string[] }
  | { field: 'recognition'; framework: 'dod-8140' | 'niccs' | 'accredited'; detail: string }
  | { field: 'ai-focus' }
  | { field: 'minutes'; minutes: number }
  | { field: 'status'; state: StatusState }
  | { field: 'vendor-neutral' }
  | { field: 'launched'; date: string }
  /** The prerequisite alternatives that name the credential asked about ("an active CISM or CISSP"). */
  | { field: 'needs'; ways: string }
  /** What held opens it (an acronym), or null when it publishes no prerequisite. */
  | { field: 'sittable'; via: string | null };

export interface FindItem {
  view: CredentialView;
  values: MatchValue[];
}

export type DisambiguationReason = 'acronym-collision' | 'near-tie' | 'missing-second';

/** Something the asker says they hold: a catalog credential or an outside qualification. */
export type Held =
  /** lapsed: the asker says it lapsed or expired ("my CISSP lapsed"): it no longer meets an "active" prerequisite. */
  { kind: 'credential'; id: string; lapsed?: boolean } | { kind: 'qualification'; id: string };

export interface Suggestion {
  kind: 'credential' | 'role' | 'topic' | 'issuer';
  id: string;
  label: string;
  /** What the user would type to ask about it. */
  ask: string;
}

/** A note about how the question was read: "Read “aasim” as AAISM." */
export interface Interpretation {
  typed: string;
  readAs: string;
}

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

/** A catalog fact after source ranking. */
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

export type EligibilityVerdict =
  | 'eligible' // a held credential or qualification satisfies an alternative
  | 'not-eligible' // holds nothing that satisfies any alternative
  | 'no-prerequisite' // published as needing none
  | 'not-published' // nobody published the prerequisites
  | 'needs-info'; // nothing held was named: lists the paths

export interface EligibilityAlternative {
  alt: PrerequisiteAlt;
  label: string;
  satisfied: boolean;
}

/** One credential's prerequisites against what the asker holds. */
export interface EligibilityCheck {
  target: CredentialView;
  verdict: EligibilityVerdict;
  alternatives: EligibilityAlternative[];
  experience: string | null;
  recommended: string | null;
  /**
   * What the asker holds lapsed that would otherwise be a way in ("my CISSP lapsed"), and what the
   * credential's own caveats say about keeping that prerequisite active, with their sources.
   */
  lapsed?: { held: string[]; rules: { text: string; sources: Source[] }[] };
}

/** "Can I sit AAISM with only Security+?": the credential asked about (and any others asked with it). */
export interface EligibilityForTarget extends EligibilityCheck {
  /** Credentials the asker could take instead (no prerequisite, or one they meet). */
  instead: CredentialView[];
  /** The other credentials asked about in the same question, in the order asked, each with its own verdict. */
  also?: EligibilityCheck[];
}

/**
 * "What can I take with a CISSP?": no single credential asked about, so every current credential sorted
 * by what the asker can do about it. Retired and not-yet-launched credentials, and those held, are left out.
 */
export interface EligibleFor {
  target: null;
  /** "Which AI certs can I sit with CISA?": only credentials about AI (its focus or part of it). */
  aiOnly?: boolean;
  eligibleFor: {
    /** An alternative of their published prerequisites is met by something held (`via`): what it unlocks. */
    unlocked: { view: CredentialView; via: EligibilityAlternative[] }[];
    /** Published as needing no prerequisite; by track, then level. */
    open: CredentialView[];
    /** Published prerequisites that nothing held meets: every alternative, none satisfied. */
    notYet: { view: CredentialView; alternatives: EligibilityAlternative[] }[];
    /** Nobody published the prerequisites: never counted as eligible. */
    notPublished: CredentialView[];
  };
}

interface AnswerBase {
  question: string;
  interpretations: Interpretation[];
}

export type Answer = AnswerBase &
  (
    | { intent: 'lookup'; subject: CredentialView; related: CredentialView[] }
    | {
        intent: 'fact';
        subjects: CredentialView[];
        /** The fields asked about, in the order asked; empty when only unheld facts were asked. */
        fields: FactField[];
        /** Asked about but not held by the catalog (pass rates, salaries, difficulty …). */
        notHeld: NotHeldField[];
        /** What the catalog does hold, to offer instead when something asked is not held. */
        offered: FactField[];
        /** Each shown field of each subject, resolved: its state and the sources behind it. */
        facts: FactResolution[];
        /** What the catalog records about an unheld fact ("ISACA does not publish pass rates"), with sources. */
        notHeldNotes: { credential: string; field: NotHeldField; text: string; sources: Source[] }[];
      }
    | {
        intent: 'compare';
        subjects: CredentialView[];
        /** "which is harder / cheaper / longer": the aspect asked about, answered from the data. */
        aspect?: CompareAspect | null;
        /** Per subject, the fields a bottom line weighs (in subject order). */
        facts?: CompareFacts[];
      }
    | Omit<QualifyAnswerBody, never>
    | {
        intent: 'find';
        filter: FindFilter;
        issuer: Issuer | null;
        topic: Topic | null;
        /** Matches, in the answer's order (sorted as asked). */
        items: FindItem[];
        /** Credentials left out because the catalog does not hold a field a condition or sort needs. */
        leftOut: { field: ConditionField; views: CredentialView[] }[];
        /** When nothing matched: the condition that emptied the list, and the nearest results without it. */
        emptiedBy: Condition | null;
        nearest: FindItem[];
        /** The nearest are credentials where AI is part of it, no AI-security credential matching. */
        widened?: boolean;
        /** Group the list by track ("what AI security certifications are there?"). */
        byTrack: boolean;
      }
    | {
        intent: 'recommend';
        role: Role | null;
        picks: RecommendPick[];
        paths: { steps: CredentialView[]; note: string }[];
        /** When no role was recognised: the roles one can ask about. */
        roles: Role[];
        sources: Source[];
        /** A role the catalog lacks, matched against credentials' `audience` lists ("threat intel analyst"). */
        audience?: { typed: string; matched: string[] } | null;
        /**
         * No role named: what the picks rest on instead, what the asker holds ("what's next after CISSP"),
         * the topic they want to learn ("which cert to learn prompt injection") or only their constraints.
         */
        basis?: 'held' | 'topic' | 'conditions';
        /** What the asker holds, as read from the question. */
        held?: { held: Held; label: string }[];
        /** Picks left out: held already, or made redundant by what is held (it renews them). */
        dropped?: { view: CredentialView; why: 'held' | 'redundant'; note: string }[];
        /** Not among the picks, but what is held already meets their prerequisites. */
        unlocked?: { view: CredentialView; via: string[] }[];
        /** What re-ranked the role's curated order, in words ("you hold CISSP", "under $500", "hands-on"). */
        rankedFor?: string[];
        /** Credentials asked about ("is CEH worth it for a pentester"): each one's place among the picks, or null. */
        asked?: { view: CredentialView; rank: number | null }[];
      }
    | ({
        intent: 'eligibility';
        held: { held: Held; label: string }[];
        sources: Source[];
      } & (EligibilityForTarget | EligibleFor))
    | {
        intent: 'deadlines';
        scope: { credentials: CredentialView[]; issuer: Issuer | null };
        horizonDays: number;
        /** The kinds of change asked about, when the question named some. */
        kinds?: EventKind[] | undefined;
        /** The calendar year asked about, when the question named one. */
        year?: number | undefined;
        /** Only exam versions were asked about: new and retiring exam codes, and version changes. */
        examVersions?: boolean | undefined;
        /** The calendar month asked about ("in December"), as YYYY-MM. */
        month?: string | undefined;
        /** Asked in the past tense ("retired certs"): only what already happened is listed. */
        past?: boolean | undefined;
        /** Changes from today to `horizonDays` ahead, soonest first. */
        upcoming: DatedChange[];
        /** Changes in the recent past (any past date when credentials are named), newest first. */
        recent: DatedChange[];
        /**
         * Only when `upcoming` and `recent` are both empty: the last few dated changes before that, newest
         * first, so the answer still says what last changed (the latest retirement always among them).
         */
        latest?: DatedChange[];
      }
    | {
        intent: 'coverage';
        topic: Topic | null;
        matches: { view: CredentialView; depth: 'hands-on' | 'conceptual' | 'mentioned'; note?: string | undefined }[];
        /**
         * The credentials the question named, each with its depth on the topic; depth null = the catalog
         * does not list the topic for it (the answer to "does AAISM cover X?" is then no, as far as we know).
         */
        asked?: {
          view: CredentialView;
          depth: 'hands-on' | 'conceptual' | 'mentioned' | null;
          note?: string | undefined;
        }[];
        gaps: Topic[];
        sources: Source[];
        /**
         * Asked about something that is no catalog topic ("threat hunting"), as typed: the answer says the
         * catalog does not track it, and what it records the named credentials as testing.
         */
        unlisted?: string;
        /** With `unlisted` and no credential named: the topics the catalog does track. */
        tracked?: Topic[];
      }
    | {
        intent: 'browse';
        filter: { issuer: Issuer | null; track: Track | null; level: Level | null };
        items: CredentialView[];
      }
    | {
        intent: 'disambiguate';
        term: string;
        reason: DisambiguationReason;
        candidates: CredentialView[];
        /** How to tell the candidates apart, in words: the whole story, trust signals included. */
        howToTell: string;
        /**
         * Per candidate, in candidate order, only what a side-by-side of trust signals does not show: what
         * the credential is about, in a phrase, and what to type to ask for it alone.
         */
        tellApart: { id: string; focus: string; ask: string }[];
      }
    | { intent: 'help'; examples: string[]; brief?: boolean }
    | { intent: 'unknown'; suggestions: Suggestion[]; examples: string[]; notInCatalog?: NotInCatalog[] }
  );

export type AnswerOf<I extends Intent> = Extract<Answer, { intent: I }>;

/** Names for ids, for renderers: credentials, issuers, qualifications, topics. */
export interface Names {
  credential(id: string): Credential | undefined;
  qualification(id: string): Qualification | undefined;
}
