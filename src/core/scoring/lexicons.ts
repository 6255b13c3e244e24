/** Configurable word lists the scorer and triage read (data/lexicons/*.json, loaded outside the core). */

export interface ContentCueLexicon {
  sensational: string[];
  urgency: string[];
  unverifiableSource: string[];
  hedges: string[];
  absolutes: string[];
  firstHand: string[];
  officialSource: string[];
  /** Newsroom phrasing ("BREAKING", "just in", "via"). */
  newsStyle: string[];
  /** Identity words the wording weights must not use (the fitting script drops them). */
  wordingExcluded?: string[];
}

export interface DomainLists {
  lowCredibility: string[];
  trusted: string[];
}

export interface HarmCategory {
  key: string;
  label: string;
  weight: number;
  phrases: string[];
}

export interface ScoringLexicons {
  content: ContentCueLexicon;
  domains: DomainLists;
  harm: { categories: HarmCategory[] };
}

/** True when `domain` equals one of `list` or is a subdomain of one. */
export function domainInList(domain: string, list: readonly string[]): string | null {
  const d = domain.toLowerCase();
  for (const entry of list) {
    const e = entry.toLowerCase();
    if (d === e || d.endsWith(`.${e}`)) return e;
  }
  return null;
}
