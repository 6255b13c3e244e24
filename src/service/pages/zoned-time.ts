/** The wall-clock parts of `at` in `timeZone`. */
function partsIn(at: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const out: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Minutes that `timeZone` is ahead of UTC at instant `at`. */
function offsetMinutes(at: Date, timeZone: string): number {
  const p = partsIn(at, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A `datetime-local` value ("2026-11-03T09:15"), read as wall-clock time in the department's
 * zone, as an ISO instant. Browsers send no zone with that input type, and officers type
 * local times. The offset is taken at the guessed instant and checked once more, which gets
 * the hours around a DST change right except the skipped hour itself.
 *
 * @example localToIso('2026-11-03T09:15', 'America/Chicago') // '2026-11-03T15:15:00.000Z'
 */
export function localToIso(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess).toISOString();
}

/**
 * An instant as a `datetime-local` value in `timeZone` (minutes precision).
 *
 * @example isoToLocal('2026-11-03T15:15:00Z', 'America/Chicago') // '2026-11-03T09:15'
 */
export function isoToLocal(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/**
 * An instant for people: "Nov 3, 2026, 09:15 CST" in the department's zone.
 *
 * @example formatInstant('2026-11-03T15:15:00Z', 'America/Chicago')
 */
export function formatInstant(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(at);
}

/**
 * The ISO week of an instant in `timeZone`, as used in summary links: "2026-W48".
 *
 * @example isoWeek(new Date('2026-11-28T12:00:00Z'), 'America/Chicago') // '2026-W48'
 */
export function isoWeek(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  const day = new Date(Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1));
  // ISO 8601: the week belongs to the year of its Thursday.
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
