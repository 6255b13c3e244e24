import { writeFileSync } from 'fs';

const PLACES = ['Elm Street', 'Harmon Avenue', 'Cedar River', 'Founders Park', 'Main Street', 'Ridgeport Mall', 'Oak Bridge', 'Lakeside School'];
const EVENTS = ['is closed', 'has reopened', 'is safe', 'was not damaged', 'is open tonight', 'has no curfew'];

/** `count` distinct statements as JSON Lines, each with its own slug. */
export function writeStatements(file: string, count: number): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length] as string;
    const event = EVENTS[(i * 5) % EVENTS.length] as string;
    lines.push(
      JSON.stringify({
        slug: `fault-${i}`,
        title: `${place} ${event} (update ${i})`,
        body: `Update ${i}: ${place} ${event}. Officers checked at ${i % 24}:00.\n\nWe will post again when anything changes at ${place}.`,
        published_at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
        incident: `incident-${i % 7}`,
      }),
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

/** Posts with ids `${prefix}0…`, as JSON Lines; texts vary so several clusters form. */
export function postRows(prefix: string, from: number, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      platform: 'x',
      id: `${prefix}${i}`,
      author: { handle: `@user${i % 97}` },
      text: `${PLACES[i % PLACES.length]} ${EVENTS[(i * 3) % EVENTS.length]}? heard it from a friend, post ${prefix}${i}`,
      posted_at: new Date(Date.UTC(2026, 10, 20) + i * 1000).toISOString(),
    };
  });
}

export function writePosts(file: string, rows: Record<string, unknown>[]): void {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
