// Room (issue 20): no sideways scrolling at 320 px (WCAG 1.4.10 reflow), the planners' tools
// reachable on a phone with names in full, the map keeping half the height at 200 % zoom with an
// answer open, notices dismissed together, targets of at least 24 × 24 px (WCAG 2.5.8).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** axe-core's target-size rule (WCAG 2.5.8), served from the app's origin (its CSP refuses inline scripts). */
async function targetSizeViolations(page: Page): Promise<string[]> {
  await page.route('**/__test-axe.min.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js')) }),
  );
  await page.addScriptTag({ url: '/__test-axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['target-size'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
  });
}

describe('320 px wide', () => {
  it.each([
    ['the map', '/'],
    ['a sector', '/?sector=gare'],
    ['the list', '/?view=liste'],
    ['the programme', '/?view=programme'],
    ['the extension', '/?extension=05063'],
    ['a comparison', '/?compare=2023-convention,2024-avenant'],
    ['an answer', '/?at=44.79900,6.55600'],
    ['the table check', '/?verifier'],
    ['the accessibility statement', '/?view=accessibilite'],
  ])('%s does not scroll sideways', async (_name, path) => {
    const page = await openApp(browser(), path, { width: 320, height: 640 });
    // Everything the view loads after the map's first frame (its tools, its later words) is in and
    // laid out: no request for half a second, then one frame.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('the phone toolbar (390 px)', () => {
  it.each([
    ['fr', 390, 'Avenant (8 novembre 2024)', 'Outils ▾', 'Nouvelle version'],
    ['en', 390, 'Amendment (8 November 2024)', 'Tools ▾', 'New version'],
    ['en', 320, 'Amendment (8 November 2024)', 'Tools ▾', 'New version'],
  ])('in %s at %i px: the version shown in full, the tools under one button and all on screen', async (lang, width, version, tools, newVersion) => {
    const page = await openApp(browser(), '/', {
      width,
      height: 844,
      setup: (p) => p.addInitScript((l) => localStorage.setItem('carte-ort.lang', l), lang),
    });
    const select = page.getByRole('combobox', { name: lang === 'fr' ? 'Versions du périmètre' : 'Perimeter versions' });
    expect(await select.locator('option:checked').textContent()).toBe(version);
    // The name fits the list box: its text is narrower than the box less its arrow.
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(el);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return ctx.measureText(el.selectedOptions[0]!.text).width <= el.clientWidth - 28;
    });
    expect(fits).toBe(true);
    expect(await page.getByRole('button', { name: newVersion }).isVisible()).toBe(false);
    await page.getByRole('button', { name: tools }).click();
    const names = lang === 'fr' ? ['Comparer', 'Nouvelle version', 'Importer un fichier', 'Partager ▾'] : ['Compare', 'New version', 'Import a file', 'Share ▾'];
    for (const name of names) {
      const box = (await page
        .locator('.timeline__tools')
        .getByRole('button', { name, exact: true })
        .or(page.locator('.timeline__tools summary', { hasText: name }))
        .first()
        .boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.getByRole('button', { name: newVersion }).click();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toMatch(lang === 'fr' ? /Brouillon|brouillon/ : /[Dd]raft/);
    await page.close();
  });

  it('choosing a version in the list shows it', async () => {
    const page = await openApp(browser(), '/', { width: 390, height: 844 });
    await page.getByRole('combobox', { name: 'Versions du périmètre' }).selectOption('2023-convention');
    await expect.poll(() => page.url()).toContain('version=2023-convention');
    await page.close();
  });

  it('has no target under 24 × 24 px, tools open', async () => {
    const page = await openApp(browser(), '/?sector=gare', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Outils ▾' }).click();
    expect(await targetSizeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('targets on a desktop (1350 × 940, Lighthouse’s desktop screen)', () => {
  it.each([
    ['the map, legend open', '/?sector=gare'],
    ['the list', '/?view=liste'],
    ['the extension', '/?extension=05110'],
    ['a comparison', '/?compare=2023-convention,2024-avenant'],
  ])('%s: no target under 24 × 24 px', async (_name, path) => {
    const page = await openApp(browser(), path, { width: 1350, height: 940 });
    if (path.includes('sector')) {
      const legend = page.locator('.legend');
      if (!(await legend.evaluate((el) => (el as HTMLDetailsElement).open))) await legend.locator('summary').click();
    }
    expect(await targetSizeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('200 % zoom (640 × 400 CSS px)', () => {
  it('with an answer open, the map keeps at least half the height and the answer is in view', async () => {
    const page = await openApp(browser(), '/?at=44.79110,6.55610', { width: 640, height: 400 });
    await page.locator('.card__sector').waitFor();
    await expect.poll(async () => (await page.locator('#map').boundingBox())!.height).toBeGreaterThanOrEqual(200);
    const heading = (await page.locator('#panel-heading').boundingBox())!;
    expect(heading.y + heading.height).toBeLessThanOrEqual(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await page.close();
  });
});

describe('notices', () => {
  it('two or more can be dismissed together', async () => {
    // Offline: the IGN basemap and the commune contours both fail, two notices.
    const page = await openApp(browser(), '/', { contours: 'down' });
    const notices = page.locator('.notice');
    await expect.poll(() => notices.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const count = await notices.count();
    await page.getByRole('button', { name: `Masquer les ${count} messages` }).click();
    expect(await notices.count()).toBe(0);
    await page.close();
  });

  it('over the map, one arriving after another moves nothing already on screen (no layout shift)', async () => {
    // Offline on a phone: the contours' and the basemap's notices come at different moments.
    const page = await openApp(browser(), '/', {
      width: 390,
      height: 844,
      contours: 'down',
      setup: (p) =>
        p.addInitScript(() => {
          const shifts: number[] = [];
          Object.assign(window, { layoutShifts: shifts });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        }),
    });
    await expect.poll(() => page.locator('.notice').count(), { timeout: 15_000 }).toBe(2);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
    await page.close();
  });

  it('outside the map they sit above the view, never over its text', async () => {
    const page = await openApp(browser(), '/?view=liste');
    const notice = (await page.locator('.notice').first().boundingBox())!;
    const heading = (await page.locator('.list-view h2').boundingBox())!;
    expect(notice.y + notice.height).toBeLessThanOrEqual(heading.y);
    await page.close();
  });
});
