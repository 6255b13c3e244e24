/**
 * The regular expression matching the request paths express routes to `path`: `:name` is one
 * segment, a trailing slash is allowed and case is ignored, as express's router does by
 * default, so a route's role holds however its path is spelled.
 *
 * @example pathPattern('/api/drafts/:id/approve').test('/api/drafts/7/approve') // true
 */
export function pathPattern(path: string): RegExp {
  const segments = path.split('/');
  // Wildcards, optional parts and params inside a segment would need express's own matcher.
  const unread = (segment: string) => /[*?(){}]/.test(segment) || (segment.includes(':') && !/^:\w+$/.test(segment));
  if (!path.startsWith('/') || segments.some(unread)) throw new Error(`Route path ${path} uses syntax the role table does not read.`);
  const source = segments
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.+^$|[\]\\]/g, '\\$&')))
    .join('\\/');
  return new RegExp(`^${source}\\/?$`, 'i');
}
