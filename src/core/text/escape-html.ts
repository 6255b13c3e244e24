/**
 * HTML-escapes text for element content and quoted attribute values (HTML pages and inline
 * SVG alike: every entity it writes is also valid XML). The same characters as Handlebars' own
 * escaping, so helper output and `{{value}}` output agree.
 *
 * @example escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};
