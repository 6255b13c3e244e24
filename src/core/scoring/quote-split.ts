/**
 * Separating what a reply quotes from what its author adds. On Twitter a reply that passes the
 * rumor on ("“@cnn: Gunman inside Parliament…” praying for Ottawa", "RT @ap: …", "MT @x …") is
 * mostly the rumor's own words; letting those words vote on the reply's stance teaches the
 * classifier the rumor's vocabulary (one event's names) instead of the replier's reaction.
 */

// An opening quote right before a handle and a colon, or a retweet/modified-tweet marker.
const QUOTE_OPEN = /["\u201C]\s*@\w{1,30}\s*:|\b(?:rt|mt)\s*:?\s*@\w{1,30}\s*:?|\bvia\s+@\w{1,30}\s*:/i;
const QUOTE_CLOSE = /["\u201D]/;

export interface QuoteSplit {
  /** The author's own text, with the quoted passage removed. */
  own: string;
  /** The quoted passage ('' when the reply quotes nothing). */
  quoted: string;
}

/**
 * @example splitQuote('sad truth “@ann: 3 dead downtown”') // { own: 'sad truth ', quoted: '3 dead downtown' }
 */
export function splitQuote(text: string): QuoteSplit {
  const open = QUOTE_OPEN.exec(text);
  if (!open) return { own: text, quoted: '' };
  const start = open.index + open[0].length;
  const rest = text.slice(start);
  const close = QUOTE_CLOSE.exec(rest);
  const end = close ? close.index : rest.length;
  return { own: `${text.slice(0, open.index)} ${rest.slice(end + (close ? 1 : 0))}`, quoted: rest.slice(0, end).trim() };
}
