import type { Credibility } from '../../usecases/ports';

/**
 * A credibility result as the credibility partial shows it: the record itself, with what strict
 * templates need spelled out (no how-sure sentence is null, not absent) and each factor's refs
 * as links an officer can follow (only http(s) links; other schemes are shown as text).
 *
 * @example credibilityView(result.credibility).factors[0]?.refs // [{ text: '#41', href: 'https://x.com/…' }]
 */
export function credibilityView(credibility: Credibility) {
  return {
    ...credibility,
    howSure: credibility.howSure ?? null,
    factors: credibility.factors.map((f) => ({
      ...f,
      refs: (f.refs ?? []).map((r) => ({ text: `#${r.id}`, href: r.url && /^https?:\/\//i.test(r.url) ? r.url : null })),
    })),
  };
}
