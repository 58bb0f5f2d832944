/**
 * The question engine's contract: a question becomes a typed Query, a Query becomes a typed Answer.
 * Answers are platform-neutral plain data; src/render turns them into Slack blocks or terminal text.
 * The Query (query-types.ts), credential views (credential-view-types.ts) and eligibility
 * (eligibility-types.ts) live in their own files and are re-exported here.
 */
import type {
  Credential,
  EventKind,
  Issuer,
  Level,
  Qualification,
  Role,
  Source,
  Topic,
  Track,
} from '../catalog/schema.js';
import type { CredentialView, DatedChange, StatusState } from './credential-view-types.js';
import type { QualifyAnswerBody } from './dod-8140/qualify-types.js';
import type { EligibilityForTarget, EligibleFor } from './eligibility-types.js';
import type { Intent } from './query-types.js';
import type { Condition, ConditionField, Sort } from './read-constraints.js';
import type { FactField, NotHeldField } from './read-fact-fields.js';

export * from './credential-view-types.js';
export * from './eligibility-types.js';
export * from './query-types.js';

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
