/**
 * In-page accessibility checks, run by the browser tests on every page. Written as a string
 * because the test project compiles without the DOM library; page.evaluate runs it in Chromium.
 *
 * It reports: form controls without a label, missing landmarks, text below the WCAG 2.1 AA
 * contrast minimum (4.5:1, or 3:1 for large text) against its nearest opaque background, and
 * how many pixels the page overflows sideways.
 */
export const PAGE_AUDIT = `(() => {
  const problems = [];
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden' || !visible(el)) continue;
    const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
    if (!named) problems.push('unlabelled ' + el.tagName.toLowerCase() + ' name=' + el.name);
  }
  if (document.querySelectorAll('main').length !== 1) problems.push('expected one <main>');
  if (!document.querySelector('nav[aria-label]')) problems.push('no labelled <nav>');
  if (!document.querySelector('header') || !document.querySelector('footer')) problems.push('no header/footer landmark');
  if (!document.querySelector('h1')) problems.push('no h1');
  const rgba = (text) => { const m = text.match(/[\\d.]+/g) || ['0', '0', '0', '0']; return { r: +m[0], g: +m[1], b: +m[2], a: m[3] === undefined ? 1 : +m[3] }; };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
  let checked = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') || !visible(el) || el.closest('.visually-hidden')) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText) continue;
    const s = getComputedStyle(el);
    const fg = lum(rgba(s.color)); const bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(s.fontSize); const bold = parseInt(s.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    checked += 1;
    if (ratio < needed) problems.push('contrast ' + ratio.toFixed(2) + ' < ' + needed + ' on ' + el.tagName.toLowerCase() + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40));
  }
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return { problems, checked, overflow };
})()`;

export interface AuditResult {
  problems: string[];
  checked: number;
  overflow: number;
}
