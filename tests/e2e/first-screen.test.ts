// The first screen before any JavaScript (issue 20): the build prerenders the default view into
// index.html; what the published action table decides is not in it, and the app fills it in.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('the first screen in the page’s HTML', () => {
  it('is readable with JavaScript off: title, version, the overview with its sectors and right counts, the figures', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    expect(await page.locator('h1').textContent()).toBe('Carte de l’ORT — Pays des Écrins');
    expect(await page.locator('#panel-heading').textContent()).toBe('Le périmètre de l’ORT');
    const sectors = (await page.locator('.sector-list li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    // The two actions that are areas counted in their sectors (placed exactly at build time).
    expect(sectors).toEqual(['Centre-bourg 11 actions', 'Friches industrielles 1 action', 'Quartier de la gare 3 actions']);
    expect(await page.locator('[data-figure]').count()).toBeGreaterThan(0);
    // What the table published today decides is left out: no status, no budget, no « Depuis le dernier COPIL ».
    expect(await page.locator('.badge--status').count()).toBe(0);
    expect(await page.locator('.moved-since-copil').count()).toBe(0);
    expect(await page.locator('.action-list').first().textContent()).not.toContain('Budget');
    await context.close();
  });

  it('is taken over by the app: statuses, budgets and what moved since the COPIL appear once the table is known', async () => {
    const page = await openApp(browser(), '/');
    await page.locator('.panel .moved-since-copil').waitFor();
    expect(await page.locator('.panel .action-list .badge--status').count()).toBeGreaterThan(0);
    expect(await page.locator('.panel .action-list').first().textContent()).toContain('Budget');
    await page.close();
  });

  it('fetches neither the validators nor the polygon operations for a resident’s visit: zod only to read saved drafts, polyclip only for an area across an outline', async () => {
    const requested: string[] = [];
    const page = await openApp(browser(), '/', { setup: async (p) => p.on('request', (r) => requested.push(new URL(r.url()).pathname)) });
    // The saved work is read after the first sectors: drafts, then indicators.
    await expect.poll(() => requested.some((path) => /\/indicator-storage-[\w-]+\.js$/.test(path)), { timeout: 20_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /\/(zod|schemas|draft-record|indicators|polygon-shares)-[\w-]+\.js$/.test(path))).toEqual([]);
    // The overview counts the two areas in their sectors all the same.
    const sectors = (await page.locator('.sector-list li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(sectors).toEqual(['Centre-bourg 11 actions', 'Friches industrielles 1 action', 'Quartier de la gare 3 actions']);
    await page.close();
  });
});
