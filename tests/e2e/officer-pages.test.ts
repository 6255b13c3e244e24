import type { Page } from 'playwright-core';
import { launchChromium, screenshotPath, type TestBrowser } from './browser';
import { startDemoServer, type DemoServer } from './demo-server';
import { PAGE_AUDIT, type AuditResult } from './page-audit';

// Browser-side expressions are passed to page.evaluate as strings: the test project compiles
// without the DOM library, and these one-liners need no types.

/**
 * The officer's pages in a real browser (headless Chromium; choose-chromium.ts says which one)
 * against the real app and the demo department. Screenshots go to artifacts/screenshots/.
 */
jest.setTimeout(120_000);

const ELM_CLAIM = 'The Elm Street Bridge just collapsed into the Cedar River!!!';
const DAM_CLAIM = 'Cedar Lake Dam is about to fail. If you live below Riverside Dr get out NOW';

interface Watched {
  page: Page;
  dialogs: { type: string; message: string }[];
  cspViolations: string[];
  pageErrors: string[];
}

let server: DemoServer;
let chrome: TestBrowser;

beforeAll(async () => {
  chrome = await launchChromium();
  server = await startDemoServer();
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/**
 * A new tab that records every dialog (confirm dialogs are accepted, anything else dismissed),
 * every CSP violation the console reports, and every uncaught script error.
 */
async function openTab(): Promise<Watched> {
  const page = await chrome.context.newPage();
  const watched: Watched = { page, dialogs: [], cspViolations: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push({ type: dialog.type(), message: dialog.message() });
    void (dialog.type() === 'confirm' ? dialog.accept() : dialog.dismiss());
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) watched.cspViolations.push(msg.text());
  });
  page.on('pageerror', (err) => watched.pageErrors.push(err.message));
  return watched;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

async function checkClaim(page: Page, text: string): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Claim text').fill(text);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.waitForSelector('#result');
}

function clusterOfPostWith(fragment: string): number {
  const row = server.handle.db.prepare('SELECT id FROM posts WHERE text LIKE ?').get(`%${fragment}%`) as { id: number } | undefined;
  if (!row) throw new Error(`demo data has no post containing ${fragment}`);
  const clusterId = server.handle.desk.postReport(row.id).clusterId;
  if (clusterId === null) throw new Error(`post ${row.id} is in no cluster`);
  return clusterId;
}

describe('the officer pages in Chromium', () => {
  it('checks a demo claim: right statement, contradicts, highlighted words, drafts with counts and copy buttons', async () => {
    const { page, cspViolations, pageErrors } = await openTab();
    await checkClaim(page, ELM_CLAIM);
    const top = page.locator('#matches li.card').first();
    // The closure notice was superseded by the reopening: the department's current word comes first.
    await expect(top.locator('h3').textContent()).resolves.toContain('Elm Street Bridge reopened after inspection');
    await expect(page.locator('#stance').textContent()).resolves.toContain('contradicts');
    await expect(page.locator('#decision').textContent()).resolves.toMatch(/^(strong|possible) match$/);
    expect(await top.locator('mark').count()).toBeGreaterThan(2);
    await expect(top.locator('mark').first().textContent()).resolves.toMatch(/elm|street|bridge|cedar|river|collaps/i);
    expect(await page.locator('table.factors tbody tr').count()).toBeGreaterThan(0);
    await expect(page.locator('#cluster-link').getAttribute('href')).resolves.toMatch(/^\/clusters\/\d+$/);
    const previews = page.locator('.draft-preview');
    expect(await previews.count()).toBe(5);
    await expect(previews.first().locator('.meta').textContent()).resolves.toMatch(/\d+\/280 characters/);
    // The copy buttons start hidden and app.js reveals them: proof the script ran under the CSP.
    expect(await page.locator('button.copy').first().isVisible()).toBe(true);
    await shoot(page, 'check-result');
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('opens the top triage item and shows its volume chart, posts and history', async () => {
    const { page, cspViolations } = await openTab();
    await page.goto(`${server.url}/triage`);
    await shoot(page, 'triage');
    // The department's own messaging is listed apart from the queue (issue 16).
    const reach = (await page.locator('#statement-reach').textContent()) ?? '';
    expect(reach).toContain('Elm Street Bridge closed as a precaution');
    expect(reach).toContain("shares the statement's link");
    const queued = (await page.locator('#queue').textContent()) ?? '';
    expect(queued).not.toContain('Elm Street Bridge closed as a precaution https://');
    // The harm filter narrows the queue to that category.
    const harm = await page.locator('#f-harm option').nth(1).getAttribute('value');
    expect(harm).toBeTruthy();
    await page.getByLabel('Harm category').selectOption(harm as string);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/harm=/);
    const metas = await page.locator('#queue li.card').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain(`harm: ${(harm as string).replace(/_/g, ' ')}`);
    await page.goto(`${server.url}/triage`);
    const first = page.locator('a.queue-link').first();
    const label = (await first.textContent()) ?? '';
    const id = /cluster (\d+)/.exec(label)?.[1];
    expect(id).toBeDefined();
    await expect(page.locator('#queue li.card').first().textContent()).resolves.toMatch(/Why:\s+\S+/);
    await first.click();
    await page.waitForURL(`**/clusters/${id}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Cluster ${id}`);
    expect(await page.locator('svg.volume-chart rect.bar').count()).toBeGreaterThan(1);
    expect(await page.locator('ol.posts > li').count()).toBeGreaterThan(1);
    await expect(page.locator('#claimreview-link').getAttribute('href')).resolves.toBe(`/api/clusters/${id}/claimreview`);
    await shoot(page, 'cluster');
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('refreshes the queue every minute without losing the filters', async () => {
    const { page } = await openTab();
    await page.clock.install();
    await page.goto(`${server.url}/triage`);
    await page.getByLabel('Platform').selectOption('x');
    await page.getByLabel('Active in').selectOption('30d');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/platform=x/);
    const refreshed = page.waitForRequest((req) => req.url().includes('/triage?') && req.url().includes('platform=x') && req.url().includes('window=30d'));
    await page.clock.fastForward(61_000);
    await refreshed;
    await page.waitForSelector('#queue[data-refresh-count="1"]');
    await expect(page.getByLabel('Platform').inputValue()).resolves.toBe('x');
    expect(page.url()).toContain('window=30d');
    await page.close();
  });

  it('shows planted XSS posts as text: no dialog, no injected element, the literal text visible', async () => {
    const { page, dialogs, cspViolations } = await openTab();
    for (const [fragment, name] of [
      ['<script>alert(1)</script>', 'xss-script'],
      ['<img src=x onerror=alert(1)>', 'xss-img'],
    ] as const) {
      const clusterId = clusterOfPostWith(fragment);
      await page.goto(`${server.url}/clusters/${clusterId}?posts=500`);
      await expect(page.locator('.post-text', { hasText: fragment }).first().isVisible()).resolves.toBe(true);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.locator('main script').count()).toBe(0);
      await shoot(page, name);
    }
    // The same text pasted into the check page comes back as text too.
    await checkClaim(page, 'Pic of the Elm St bridge collapse <img src=x onerror=alert(1)> <script>alert(1)</script>');
    await expect(page.locator('p.claim').textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img, main script').count()).toBe(0);
    // A moment for any handler that would fire late (onerror fires after a failed load).
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    // Escaping, not the CSP, is what keeps these inert: no blocked inline script was even attempted.
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('merges two clusters', async () => {
    const { page, dialogs } = await openTab();
    // Two busy clusters, but not the top of the queue: the drafts flow works on that one.
    const topId = server.handle.desk.triage({ limit: 1 })[0]?.id;
    const busy = server.handle.desk.clusters.list({ sort: 'volume', limit: 10 }).filter((c) => c.id !== topId);
    const from = busy[2];
    const into = busy[3];
    if (!from || !into) throw new Error('the demo department has fewer clusters than expected');
    await page.goto(`${server.url}/clusters/${from.id}`);
    await page.getByLabel('Merge this cluster into cluster number').fill(String(into.id));
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForURL(`**/clusters/${into.id}?notice=merged`);
    expect(dialogs.map((d) => d.type)).toEqual(['confirm']);
    await expect(page.locator('#page-notice').textContent()).resolves.toContain('Clusters merged.');
    await expect(page.locator('#post-count').textContent()).resolves.toBe(String(from.postCount + into.postCount));
    await expect(page.locator('ol.history').textContent()).resolves.toContain('cluster.merge');
    await shoot(page, 'cluster-merged');
    await page.goto(`${server.url}/clusters/${from.id}`);
    await expect(page.locator('main').textContent()).resolves.toContain(`This cluster is merged: its posts are now in cluster ${into.id}`);
    await page.close();
  });

  it('drafts for a cluster: an edit with a phone number blocks approval until it is fixed', async () => {
    const { page } = await openTab();
    const top = server.handle.desk.triage({ limit: 1 })[0];
    if (!top) throw new Error('empty demo queue');
    await page.goto(`${server.url}/clusters/${top.id}`);
    await page.getByLabel('Platform').selectOption('x');
    await page.getByRole('button', { name: 'Generate drafts' }).click();
    await page.waitForURL(/notice=drafts_created/);
    await page.locator('#drafts a[href^="/drafts/"]').first().click();
    await page.waitForURL(/\/drafts\/\d+$/);
    const original = await page.getByLabel('Draft text').inputValue();
    expect(original.length).toBeGreaterThan(20);

    await page.getByLabel('Draft text').fill(`${original} Questions? Call 555-0147.`);
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.waitForURL(/notice=draft_saved/);
    await expect(page.locator('#privacy-warnings').textContent()).resolves.toContain('phone number');
    await expect(page.locator('#draft-text mark.privacy').textContent()).resolves.toContain('555-0147');

    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.locator('#page-error').textContent()).resolves.toMatch(/open privacy warning/);
    await expect(page.locator('#draft-status').textContent()).resolves.toBe('edited');
    expect(await page.getByLabel('Approve despite the privacy warnings (recorded with your name)').isVisible()).toBe(true);
    await shoot(page, 'draft-refused');

    await page.getByLabel('Draft text').fill(original);
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.waitForURL(/notice=draft_saved/);
    expect(await page.locator('#privacy-warnings').count()).toBe(0);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/notice=draft_approved/);
    await expect(page.locator('#draft-status').textContent()).resolves.toBe('approved');

    await page.getByLabel('Address of the published post').fill('https://x.example/RidgeportPD/status/1');
    await page.getByRole('button', { name: 'Mark published' }).click();
    await page.waitForURL(/notice=draft_published/);
    await expect(page.locator('#draft-status').textContent()).resolves.toBe('published');
    await shoot(page, 'draft-published');
    await page.goto(`${server.url}/drafts`);
    await shoot(page, 'drafts');
    await page.close();
  });

  it('adds a statement, then retracts it, and the check result changes each time', async () => {
    const { page } = await openTab();
    await checkClaim(page, DAM_CLAIM);
    await expect(page.locator('#stance').textContent()).resolves.not.toContain('contradicts');

    await page.goto(`${server.url}/statements/new`);
    await page.getByLabel('Title').fill('Cedar Lake Dam is safe; no evacuation ordered');
    await page.getByLabel('Text of the statement').fill(
      'Cedar County engineers inspected the Cedar Lake Dam this morning. The dam is sound and is not about to fail. There is no evacuation order for homes below Riverside Drive. Posts saying the dam is failing are false.',
    );
    await page.getByLabel(/^Publication time/).fill('2026-11-28T05:00');
    await shoot(page, 'statement-new');
    await page.getByRole('button', { name: 'Add statement' }).click();
    await page.waitForURL(/\/statements\/\d+\?notice=statement_added/);
    const statementUrl = page.url().replace(/\?.*$/, '');

    await checkClaim(page, DAM_CLAIM);
    await expect(page.locator('#matches li.card h3').first().textContent()).resolves.toContain('Cedar Lake Dam is safe');
    await expect(page.locator('#stance').textContent()).resolves.toContain('contradicts');
    await shoot(page, 'check-new-statement');

    await page.goto(statementUrl);
    await page.getByLabel(/^Reason/).fill('issued for the wrong county');
    await page.getByRole('button', { name: 'Retract statement' }).click();
    await page.waitForURL(/notice=statement_retracted/);
    await expect(page.locator('#statement-status').textContent()).resolves.toBe('retracted');
    await shoot(page, 'statement-retracted');

    await checkClaim(page, DAM_CLAIM);
    await expect(page.locator('#stance').textContent()).resolves.not.toContain('contradicts');
    const first = page.locator('#matches li.card').first();
    if ((await first.locator('h3').textContent())?.includes('Cedar Lake Dam is safe')) {
      await expect(first.textContent()).resolves.toContain('retracted');
    }
    await shoot(page, 'check-after-retraction');
    await page.close();
  });

  it('lists and searches statements, and shows settings', async () => {
    const { page } = await openTab();
    await page.goto(`${server.url}/statements`);
    await shoot(page, 'statements');
    await page.getByLabel('Search').fill('bridge');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=bridge/);
    const titles = await page.locator('table.list tbody td:first-child').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => /bridge/i.test(t))).toBe(true);
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('timezone').fill('Not/AZone');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#page-error').textContent()).resolves.toContain('timezone');
    await shoot(page, 'settings');
    await page.close();
  });

  it('works at phone width (390 px) without sideways scrolling', async () => {
    const { page } = await openTab();
    await page.setViewportSize({ width: 390, height: 844 });
    await checkClaim(page, ELM_CLAIM);
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(page, 'check-mobile');
    await page.goto(`${server.url}/triage`);
    await shoot(page, 'triage-mobile');
    await page.close();
  });

  it('every page passes the basic audit (labels, landmarks, contrast) at desktop and phone width', async () => {
    const { page, cspViolations, pageErrors } = await openTab();
    const draftId = server.handle.desk.drafts.list({ limit: 1 })[0]?.id;
    const paths = [
      '/',
      `/?text=${encodeURIComponent(ELM_CLAIM)}`,
      '/triage',
      `/clusters/${server.handle.desk.triage({ limit: 1 })[0]?.id}`,
      '/statements',
      '/statements/new',
      '/statements/1',
      '/drafts',
      ...(draftId ? [`/drafts/${draftId}`] : []),
      '/settings',
    ];
    const failures: string[] = [];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(server.url + path);
        const audit = (await page.evaluate(PAGE_AUDIT)) as AuditResult;
        if (audit.checked < 5) failures.push(`${path} @${width}: only ${audit.checked} text elements checked`);
        for (const problem of audit.problems) failures.push(`${path} @${width}: ${problem}`);
        if (audit.overflow > 0) failures.push(`${path} @${width}: overflows sideways by ${audit.overflow}px`);
      }
    }
    expect(failures).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('opens the weekly summary from the navigation', async () => {
    const { page } = await openTab();
    await page.goto(`${server.url}/triage`);
    const link = page.locator('nav a', { hasText: 'Weekly summary' });
    await expect(link.getAttribute('href')).resolves.toMatch(/^\/summaries\/\d{4}-W\d{2}$/);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('/summaries/')), link.click()]);
    expect(response.status()).toBe(200);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    await shoot(page, 'summary');
    await page.close();
  });

  it('is keyboard usable: skip link first, then the navigation, with a visible focus ring', async () => {
    const { page } = await openTab();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Skip to content');
    const ring = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(ring).toBe('solid');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('claim-text');
    await page.close();
  });

  // Last: adding a user ends local single-user mode for the shared server.
  it('with users configured, pages need a login and forms carry the session CSRF token', async () => {
    server.handle.desk.auth.add('officer-ana', 'officer', 'correct horse officer battery', 'e2e');
    const { page } = await openTab();
    await page.goto(`${server.url}/triage`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Username').fill('officer-ana');
    await page.getByLabel('Password').fill('correct horse officer battery');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${server.url}/triage`);
    await expect(page.locator('.who').textContent()).resolves.toContain('officer-ana');
    // Settings are for admins only, so an officer's navigation leaves them out.
    expect(await page.locator('nav a', { hasText: 'Settings' }).count()).toBe(0);

    await page.goto(`${server.url}/statements/new`);
    await page.getByLabel('Title').fill('Harmon Avenue open again after water main repair');
    await page.getByLabel('Text of the statement').fill('Harmon Avenue between 3rd and 5th Street reopened at 6 a.m. after crews repaired a water main.');
    await page.getByRole('button', { name: 'Add statement' }).click();
    await page.waitForURL(/notice=statement_added/);
    const id = /\/statements\/(\d+)/.exec(page.url())?.[1];
    const audit = server.handle.desk.audit.list({ actor: 'officer-ana' });
    expect(audit.some((a) => a.action === 'statement.create' && a.targetId === id)).toBe(true);
    await shoot(page, 'logged-in-statement');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login/);
    await page.close();
  });
});
