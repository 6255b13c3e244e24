/** The kinds of personal data the privacy guard looks for in drafts and exports. */
export type PrivacyKind = 'phone' | 'email' | 'street_address' | 'licence_plate' | 'handle' | 'person_name' | 'id_number' | 'date_of_birth' | 'school';

/** One piece of personal data found in a text; `start`/`end` are UTF-16 offsets (end exclusive). */
export interface PrivacyFinding {
  kind: PrivacyKind;
  value: string;
  start: number;
  end: number;
}

/** What may be named in an output. Everything else that looks personal is removed. */
export interface PrivacyContext {
  /** People named in the verified statement plus department officials. */
  allowedNames: string[];
  /** Public accounts (agencies, media), with or without the leading `@`. */
  publicHandles: string[];
  /**
   * Exact strings that are public although they look personal, e.g. the department's tip line
   * or press e-mail quoted in its own statement. Compared case-insensitively.
   */
  allowedValues?: string[];
}

export interface PrivacyScan {
  findings: PrivacyFinding[];
}

export interface PrivacyRedaction extends PrivacyScan {
  text: string;
  /** One human-readable line per finding: what was removed and where (no personal data echoed). */
  report: string[];
}

/** A detector returns raw candidates; scanPrivacy filters allowed values and resolves overlaps. */
export type PrivacyDetector = (text: string, context: PrivacyContext) => PrivacyFinding[];
