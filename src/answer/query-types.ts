/** The intents the engine answers with, and the typed Query a question is read into. */
import type { EventKind, Level, Track } from '../catalog/schema.js';
import type { Condition } from './read-constraints.js';
import type { FactField, NotHeldField } from './read-fact-fields.js';
import type { CompareAspect, DisambiguationReason, FindFilter, Held, NotInCatalog, Suggestion } from './types.js';

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
      /** "this month": only changes dated in the current calendar month, days past included. */
      thisMonth?: boolean | undefined;
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
