import { escapeHtml } from '../../../src/core/text/escape-html';

describe('escapeHtml', () => {
  it('escapes what Handlebars escapes, so helper output and {{value}} output agree', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`=</a>`)).toBe('&lt;a href&#61;&quot;x&quot; title&#61;&#39;y&#39;&gt;&amp;&#96;&#61;&lt;/a&gt;');
  });

  it('leaves other text, including non-ASCII, as it is', () => {
    expect(escapeHtml('Elm St — café 5% off')).toBe('Elm St — café 5% off');
  });
});
