// The COPIL sheet (PDF; the browser's print is tests/e2e/paper.test.ts) and the embeddable map (issue 9), in a real browser.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { openApp, seriousA11yViolations, sharedBrowser } from './browser';

const browser = sharedBrowser();
const poppler = (tool: string, ...args: string[]) => {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool}: ${r.stderr}`);
  return r.stdout;
};
/** The way a user takes the map elsewhere: the « Partager » menu, then one of its buttons. */
const share = async (page: Page, name: string) => {
  await page.locator('.share-menu summary').click();
  await page.getByRole('button', { name, exact: true }).click();
};

describe('COPIL sheet', () => {
  it('"Fiche PDF" downloads an A4 landscape PDF whose text holds the title, the version, the sectors and IGN, with a map image at least 1,600 px wide', async () => {
    const page = await openApp(browser(), '/?version=2024-avenant&sector=gare#map=15/44.7925/6.5575', { context: { acceptDownloads: true } });
    const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Fiche PDF')]);
    expect(download.suggestedFilename()).toBe('fiche-copil-2024-avenant.pdf');
    const file = (await download.path())!;
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = poppler('pdftotext', file, '-');
    expect(text).toContain('Carte de l’ORT — fiche pour le comité de pilotage');
    expect(text).toContain('Avenant (8 novembre 2024)');
    for (const name of ['Quartier de la gare', 'Centre-bourg']) expect(text).toContain(name);
    expect(text).toContain('IGN');
    expect(text).toContain('Information indicative');
    // Made for the next committee: what moved since the last one (nothing dated in the project's table).
    expect(text).toContain('Depuis le dernier COPIL (16 janvier 2026) : Aucun changement de statut daté depuis ce comité.');
    // Credits in words: no folder name, no provenance codes.
    expect(text).not.toMatch(/geodata\/|seed, public|\(s\)/);
    const images = poppler('pdfimages', '-list', file)
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => Number(line.trim().split(/\s+/)[3]));
    expect(Math.max(...images)).toBeGreaterThanOrEqual(1600);
    await page.close();
  });

  it.each(['liste', 'programme'])('works from the ?view=%s view and holds that view (the map hidden: a sheet without its picture, no library error)', async (view) => {
    const page = await openApp(browser(), `/?view=${view}`, { context: { acceptDownloads: true } });
    const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Fiche PDF')]);
    const file = (await download.path())!;
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = poppler('pdftotext', file, '-');
    expect(text).toContain('Avenant (8 novembre 2024)');
    if (view === 'liste') {
      // Every action, names in full, on as many pages as they need.
      expect(text).toContain('Actions affichées (24)');
      const titles = await page.locator('.list-view__table tbody th').allTextContents();
      const bare = (t: string) => t.replace(/[\s-]/g, '');
      for (const title of titles) expect(bare(text)).toContain(bare(title));
      expect(text).not.toContain('…');
    } else {
      // The programme view's sheet is the programme: actions by axis and status, known budgets.
      expect(text).toContain('Actions par axe et par statut');
      expect(text).toContain('Budgets connus');
    }
    expect(await page.locator('.share-tools__status').count()).toBe(0);
    await page.close();
  });

  it('works for a comparison and an extension scenario too', async () => {
    for (const [path, expected] of [
      ['/?compare=2023-convention,2024-avenant&mode=difference', "Comparaison : Convention d'ORT (avril 2023) -> Avenant (8 novembre 2024)"],
      ['/?extension=05110,05031', 'Extension intercommunale à partir de Avenant (8 novembre 2024)'],
    ] as const) {
      const page = await openApp(browser(), path, { context: { acceptDownloads: true } });
      if (path.includes('compare')) await page.locator('#compare-maps[data-compare-ready="true"]').waitFor({ state: 'attached' });
      const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Fiche PDF')]);
      const text = poppler('pdftotext', (await download.path())!, '-');
      expect(text).toContain(expected);
      await page.close();
    }
  });

  it('works with the Plan IGN basemap too, and credits IGN for it (recorded style, no network)', async () => {
    // A recorded Plan IGN style whose one layer needs no tiles: the basemap is in place, not the neutral fallback.
    const style = {
      version: 8,
      sources: {
        plan: {
          type: 'geojson',
          data: {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [6.4, 44.7],
                  [6.7, 44.7],
                  [6.7, 44.9],
                  [6.4, 44.9],
                  [6.4, 44.7],
                ],
              ],
            },
          },
        },
      },
      layers: [{ id: 'land', type: 'fill', source: 'plan', paint: { 'fill-color': '#cfe3c3' } }],
    };
    const page = await openApp(browser(), '/?sector=gare', {
      context: { acceptDownloads: true },
      setup: (p) => p.route('https://data.geopf.fr/annexes/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(style) })),
    });
    expect(await page.getByLabel('Plan IGN').isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Fiche PDF')]);
    const text = poppler('pdftotext', (await download.path())!, '-');
    expect(text).toContain('Fond de carte : © IGN – Licence Ouverte Etalab 2.0');
    expect(await page.locator('.notices').textContent()).not.toContain('ne répond pas');
    await page.close();
  });
});

describe('embedding', () => {
  it('"Intégrer" gives an iframe with a title, an https address and lazy loading, and copies it', async () => {
    const page = await openApp(browser(), '/?sector=gare', { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await share(page, 'Intégrer');
    const dialog = page.getByRole('dialog', { name: 'Intégrer la carte dans un site' });
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    expect(code).toMatch(/^<iframe src="https:\/\/[^"]+" title="Carte de l’ORT du Pays des Écrins : périmètre, secteurs et actions" width="100%" height="600" loading="lazy"/);
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect([src.protocol, src.searchParams.get('version'), src.searchParams.get('sector'), src.searchParams.get('embed')]).toEqual(['https:', '2024-avenant', 'gare', '1']);
    await dialog.getByLabel('Toute la largeur de la page (100 %)').uncheck();
    expect(await dialog.locator('textarea').inputValue()).toContain('width="800"');
    await dialog.getByLabel('Garder la vue actuelle (version, sélection, cadrage)').uncheck();
    expect(await dialog.locator('textarea').inputValue()).toMatch(/src="https:\/\/[^"?]+\?embed=1"/);
    await dialog.getByRole('button', { name: 'Copier le code' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toBe('Code copié dans le presse-papiers.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe src="https://');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('?embed=1 shows a compact map: no header search nor timeline, the legend collapsed, a link to the full map', async () => {
    const page = await openApp(browser(), '/?sector=gare&embed=1', { width: 800, height: 600 });
    expect(await page.locator('#search-input').count()).toBe(0);
    expect(await page.locator('.timeline').count()).toBe(0);
    expect(await page.locator('.legend').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const link = page.getByRole('link', { name: 'Ouvrir la carte complète' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href'))!);
    expect([href.searchParams.get('sector'), href.searchParams.get('embed')]).toEqual(['gare', null]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
