import { collectMatches } from './collect-matches';
import type { PrivacyContext, PrivacyFinding } from './privacy-types';

// The look-behind keeps the "@" of an e-mail address (a word character before it) out.
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_]{1,30}(?![\w@])/g;

/** Lower-case handle without "@": the form public handles are compared in. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/**
 * Social handles that are not on the public list (agencies, media): a private person's handle
 * identifies them as surely as their name.
 *
 * @example detectHandles('ask @jo_w and @RidgeportPD', {allowedNames: [], publicHandles: ['ridgeportpd']}) // one finding: '@jo_w'
 */
export function detectHandles(text: string, context: PrivacyContext): PrivacyFinding[] {
  const allowed = new Set(context.publicHandles.map(normalizeHandle));
  return collectMatches(text, HANDLE, 'handle').filter((f) => !allowed.has(normalizeHandle(f.value)));
}
