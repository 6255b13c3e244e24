import { urlDomain } from '../text/urls';
import type { FeatureValue } from './feature';
import { domainInList, type DomainLists } from './lexicons';

/**
 * Link signals: any link at all (fitted), and links to listed low-credibility or trusted domains
 * (expert priors from data/lexicons/domains.json).
 *
 * @example linkFeatures(['https://infowars.com/x'], lists).map((f) => f.key) // ['links_any', 'links_low_credibility']
 */
export function linkFeatures(links: readonly string[], lists: DomainLists): FeatureValue[] {
  const domains = [...new Set(links.map((l) => urlDomain(l)).filter((d): d is string => d !== null))];
  if (domains.length === 0) return [];
  const out: FeatureValue[] = [{ key: 'links_any', group: 'links', value: 1, sentence: `Links to ${domains.slice(0, 3).join(', ')}.` }];
  const low = domains.map((d) => domainInList(d, lists.lowCredibility)).filter((d): d is string => d !== null);
  const trusted = domains.map((d) => domainInList(d, lists.trusted)).filter((d): d is string => d !== null);
  if (low.length > 0) out.push({ key: 'links_low_credibility', group: 'links', value: 1, sentence: `Links to ${low.join(', ')}, on the low-credibility list.` });
  if (trusted.length > 0 && low.length === 0) out.push({ key: 'links_trusted', group: 'links', value: 1, sentence: `Links to ${trusted.join(', ')}, on the trusted list.` });
  return out;
}
