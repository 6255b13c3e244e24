/** A parsed count: a non-negative integer, null when absent, or why it is not a count. */
export type CountResult = { ok: true; value: number | null } | { ok: false; reason: string };

const PLACEHOLDERS = new Set(['', '-', '--', 'n/a', 'na', 'null', 'none', 'nan', 'undefined']);
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const COUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([kmb])?\+?$/i;

/**
 * Reads engagement and follower counts as exported by monitoring tools and platforms:
 * `1204`, `"1,204"`, `"1.2K"`, `"3.4M"`, `"12k+"`. Empty or a placeholder (`-`, `N/A`) means
 * unknown (null). Negative or non-numeric text is an error.
 *
 * @example parseCount('1.2K') // {ok: true, value: 1200}
 */
export function parseCount(value: unknown, field: string): CountResult {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? { ok: true, value: Math.round(value) } : { ok: false, reason: `${field} is not a count: ${value}` };
  }
  if (typeof value !== 'string') return { ok: false, reason: `${field} is not a count` };
  const text = value.trim();
  if (PLACEHOLDERS.has(text.toLowerCase())) return { ok: true, value: null };
  const m = COUNT.exec(text);
  if (!m) return { ok: false, reason: `${field} is not a count: "${text.slice(0, 40)}"` };
  const whole = Number(`${m[1].replace(/,/g, '')}.${m[2] ?? '0'}`);
  const factor = m[3] ? SUFFIX[m[3].toLowerCase()] : 1;
  return { ok: true, value: Math.round(whole * factor) };
}

/** `true/false/yes/no/1/0/y/n` (any case); anything else is unknown (null), since "verified" exports vary. */
export function parseBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const t = value.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 't'].includes(t)) return true;
  if (['false', 'no', 'n', '0', 'f'].includes(t)) return false;
  return null;
}
