/** Eligibility: one credential's prerequisites against what the asker holds, and what they can sit. */
import type { PrerequisiteAlt, Source } from '../catalog/schema.js';
import type { CredentialView } from './credential-view-types.js';

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
