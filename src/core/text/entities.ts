import nlp from 'compromise';
import { tokenize } from './tokenize';

/** Named things in a text, as written (trimmed of punctuation), without duplicates. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
  /** Numbers as digits ("twelve" → "12"). */
  numbers: string[];
  dates: string[];
}

const unique = (xs: string[]): string[] => [...new Set(xs.map((x) => x.replace(/^[\s"'(]+|[\s.,;:!?"')]+$/g, '')).filter(Boolean))];

/**
 * People, places, organisations, numbers and dates in a text, found with `compromise`.
 * compromise takes a millisecond or more per sentence, so the statement index never calls this
 * on its hot path; use it for display and for the stance check of a few matched statements.
 *
 * @example extractEntities('Chief Anna Lopez said twelve people died in Ridgeport on Friday').people // ['Chief Anna Lopez']
 */
export function extractEntities(text: string): Entities {
  const doc = nlp(text);
  return {
    people: unique(doc.people().out('array') as string[]),
    places: unique([...(doc.places().out('array') as string[]), ...(doc.match('#Place+').out('array') as string[])]),
    organisations: unique(doc.organizations().out('array') as string[]),
    numbers: unique(tokenize(text).filter((t) => t.numeric).map((t) => t.term)),
    dates: unique(doc.match('#Date+').out('array') as string[]),
  };
}
