export interface ShortenOptions {
  /** The link that must survive; appended on its own line when the text lacks it. */
  link: string;
  /** Length and limit of a candidate text, by the platform's rule. */
  measure: (text: string) => { length: number; limit: number };
  ellipsis: string;
}

export interface ShortenResult {
  text: string;
  shortened: boolean;
}

const fits = (opts: ShortenOptions, text: string) => {
  const m = opts.measure(text);
  return m.length <= m.limit;
};

/** Split off the part that must be kept: the line holding the link and anything after it. */
function splitAtLink(text: string, link: string): { head: string; tail: string; sep: string } {
  const at = link ? text.lastIndexOf(link) : -1;
  if (at < 0) return { head: text.trimEnd(), tail: link, sep: link ? '\n' : '' };
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (lineStart === 0) {
    // Keep a one-word label with its link ("Info: https://…"), as the SMS templates write it.
    const label = /\S+:\s*$/.exec(text.slice(0, at));
    const tailStart = label ? label.index : at;
    return { head: text.slice(0, tailStart).trimEnd(), tail: text.slice(tailStart), sep: ' ' };
  }
  return { head: text.slice(0, lineStart).trimEnd(), tail: text.slice(lineStart), sep: '\n' };
}

/** Every place the head may be cut: just before a white-space run, longest first. */
function cutPoints(head: string): number[] {
  const points: number[] = [];
  for (const m of head.matchAll(/\s+/g)) points.push(m.index ?? 0);
  return points.reverse();
}

function tryCuts(head: string, tail: string, sep: string, opts: ShortenOptions): string | null {
  for (const cut of cutPoints(head)) {
    // Drop the dangling comma or colon so the ellipsis reads as an omission, not a typo.
    const kept = head.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, '');
    if (!kept) continue;
    const candidate = `${kept}${opts.ellipsis}${sep}${tail}`;
    if (fits(opts, candidate)) return candidate;
  }
  return null;
}

/**
 * Fit `text` to its platform: cut the prose at a word boundary, mark the cut with an ellipsis,
 * and keep the link line whole. Text that fits is returned unchanged (no ellipsis).
 *
 * @example
 * shortenToFit('The bridge is open and safe to use.\nhttps://ridgeport.gov/b', {link: 'https://ridgeport.gov/b', measure: t => ({length: t.length, limit: 40}), ellipsis: '…'})
 * // {text: 'The bridge is…\nhttps://ridgeport.gov/b', shortened: true}
 */
export function shortenToFit(text: string, opts: ShortenOptions): ShortenResult {
  if (fits(opts, text)) return { text, shortened: false };
  const { head, tail, sep } = splitAtLink(text, opts.link);
  const withTail = tryCuts(head, tail, sep, opts);
  if (withTail) return { text: withTail, shortened: true };
  // The link line itself is too long (a long sign-off): keep only the link.
  if (opts.link && tail !== opts.link) {
    const withLink = tryCuts(head, opts.link, '\n', opts);
    if (withLink) return { text: withLink, shortened: true };
  }
  return { text: opts.link || text, shortened: true };
}
