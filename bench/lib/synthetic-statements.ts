/**
 * Generated department statements for load and batch benchmarks: plausible police and
 * emergency wording over many places, times and numbers, so that retrieval has to work for
 * its answer instead of hitting one of a handful of near-identical texts.
 */
import { mulberry32 } from '../generate-demo';

const PLACES = ['Elm Street', 'Harmon Avenue', 'Riverside Drive', 'Mill Creek Road', 'Depot Street', 'Lakeview Avenue', 'Founders Park', 'Oak Street', 'Main Street', 'Quarry Road', 'Orchard Lane', 'Kessler Road', 'Northgate Boulevard', 'Cedar River', 'Lincoln Avenue', 'Pippin Court', 'Eastgate Drive', 'Route 14', 'Harbor Way', 'Juniper Street'];
const EVENTS = [
  ['closed', 'is closed in both directions because of high water', 'road closures'],
  ['reopened', 'has reopened after an inspection found no damage', 'road closures'],
  ['shelter', 'hosts an emergency shelter open overnight; pets are welcome in crates', 'shelters'],
  ['scam', 'residents report calls from people posing as officers asking for gift cards', 'scams'],
  ['outage', 'has no power; treat dark traffic signals as all-way stops', 'outages'],
  ['water', 'water is safe to drink; testing found no bacteria', 'water'],
  ['missing', 'a missing person was found safe and reunited with family', 'missing persons'],
  ['arrest', 'officers arrested a suspect after a short pursuit; no one was injured', 'arrests'],
  ['march', 'a permitted march will close lanes between 10 a.m. and 2 p.m.', 'events'],
  ['fire', 'a structure fire was contained; two residents were treated for smoke inhalation', 'fires'],
] as const;

export interface SyntheticStatement {
  slug: string;
  title: string;
  body: string;
  incident: string;
  topic: string;
  url: string;
  published_at: string;
}

export function generateStatements(n: number, seed = 7): SyntheticStatement[] {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const out: SyntheticStatement[] = [];
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const place = pick(PLACES);
    const [kind, sentence, topic] = pick(EVENTS);
    const count = 1 + Math.floor(rand() * 40);
    const hour = 1 + Math.floor(rand() * 12);
    const published = new Date(start + Math.floor(rand() * 700) * 86_400_000).toISOString();
    out.push({
      slug: `gen-${i}`,
      title: `${place}: ${kind} update ${i}`,
      body: `${place} ${sentence}. About ${count} residents were affected as of ${hour} p.m.\n\nCall 911 for emergencies only. Updates will follow on our website.`,
      incident: `gen-incident-${Math.floor(i / 25)}`,
      topic,
      url: `https://ridgeportpd.example/news/gen-${i}`,
      published_at: published,
    });
  }
  return out;
}
