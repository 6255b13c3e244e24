import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** @example detectEmails('mail jo.doe@example.com')[0].value // 'jo.doe@example.com' */
export function detectEmails(text: string): PrivacyFinding[] {
  return collectMatches(text, EMAIL, 'email');
}
