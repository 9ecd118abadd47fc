// The programme at a glance, the accessibility statement, and room for the map (issue 9).
import { projectData } from '../unit/helpers';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp, seriousA11yViolations, sharedBrowser, digits } from './browser';

const browser = sharedBrowser();
const ROOT = resolve(import.meta.dirname, '../..');
const programme = JSON.parse(readFileSync(resolve(ROOT, 'geodata/programme.json'), 'utf8')) as {
  etapes: { id: string; version?: string }[];
  bilan2026: { chiffres: { id: string; valeur: number }[] };
};
// The actions as the app holds them: actions.geojson joined with suivi.csv.
const { actions } = projectData();

describe('programme view (?view=programme)', () => {
  it('its matrix adds up to the number of actions and its figures match programme.json', async () => {
    const page = await openApp(browser(), '/?view=programme');
    await page.locator('.programme-view').waitFor();
    const matrix = page.locator('.programme-view__matrix');
    const cells = await matrix.locator('tbody td').allTextContents();
    const byAxis = await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => Number(c.textContent))));
    // Each row's total is the sum of its statuses; the corner is the number of actions.
    for (const row of byAxis) expect(row.slice(0, -1).reduce((s, n) => s + n, 0)).toBe(row.at(-1));
    expect(byAxis.reduce((s, row) => s + row.at(-1)!, 0)).toBe(actions.features.length);
    expect(Number(await matrix.locator('.programme-view__total').textContent())).toBe(actions.features.length);
    expect(cells.length).toBe(4 * 5);
    const habitatEnCours = actions.features.filter((a) => a.properties.axe === 'habitat-logement' && a.properties.statut === 'en-cours').length;
    expect(byAxis[0]![2]).toBe(habitatEnCours);
    for (const c of programme.bilan2026.chiffres) {
      expect(digits(await page.locator(`.programme-view [data-figure="${c.id}"] dd`).textContent()).startsWith(String(c.valeur))).toBe(true);
    }
    // Budgets: unknown is not zero; the programme's total comes from its own source.
    const view = (await page.locator('.programme-view').textContent())!;
    expect(view).not.toMatch(/(^|[^\d\u202f])0\s€/);
    expect(await page.locator('.report--budgets [data-axis="habitat-logement"] td').first().textContent()).toBe('—');
    expect(view).toMatch(/\d+ budgets non communiqués/);
    expect(digits(await page.locator('[data-figure-source="investissements-programmes"]').textContent())).toContain('2918550');
    // The 2026 review once on the screen (the side panel does not repeat it).
    expect(await page.getByRole('heading', { name: /^Bilan du / }).count()).toBe(1);
    // The step that made a perimeter version links to it.
    await page.locator('[data-step="copil-3-avenant"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull();
    expect(new URL(page.url()).searchParams.get('version')).toBe('2024-avenant');
    await page.close();
  });

  it('in English, writes percentages and file names as English does', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.addInitScript(() => localStorage.setItem('carte-ort.lang', 'en'));
    const page = await openApp(browser(), '/?view=programme', { inContext: context });
    await page.locator('.programme-view').waitFor();
    const rate = (await page.locator('.programme-view [data-figure="taux-financement-etudes"] dd').textContent())!;
    expect(rate).toMatch(/^70%/);
    // The programme's own words in English where the data has them (steps, review labels, points of attention).
    expect(await page.locator('.programme-view [data-figure="taux-financement-etudes"] dt').textContent()).toBe('Funding rate of the studies');
    expect(await page.locator('[data-step="copil-3-avenant"]').textContent()).toContain('3rd steering committee and amendment');
    expect(await page.locator('.programme-view').textContent()).toContain('Uneven take-up of the programme across the territory');
    expect(await page.locator('.timeline').textContent()).toContain('Amendment (8 November 2024)');
    expect(await page.locator('.programme-view').textContent()).toContain('Territory Revitalisation Operation (ORT) of the Pays des Écrins');
    await page.close();
    // The programme's extension idea, by its English label, among the scenarios to compare.
    const extension = await openApp(browser(), '/?extension=05110,05031', { inContext: context });
    await expect.poll(async () => (await extension.locator('.panel').textContent()) ?? '', { timeout: 15_000 }).toContain('Idea from the steering committee of 16 January 2026');
    await extension.close();
    const map = await openApp(browser(), '/?version=2024-avenant&sector=gare', { inContext: context });
    await map.locator('.share-menu summary').click();
    const [download] = await Promise.all([map.waitForEvent('download'), map.getByRole('button', { name: 'PDF sheet', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('copil-sheet-2024-avenant.pdf');
    await map.close();
    await context.close();
  });

  it('shares the filters with the map: unticking an axis leaves it out of the matrix', async () => {
    const page = await openApp(browser(), '/?view=programme');
    await page.locator('#programme-axis-mobilite').uncheck();
    const mobility = actions.features.filter((a) => a.properties.axe === 'mobilite').length;
    await expect.poll(async () => Number(await page.locator('.programme-view__total').textContent())).toBe(actions.features.length - mobility);
    expect(await page.locator('#legend-axis-mobilite').isChecked()).toBe(false);
    await page.close();
  });

  it('has charts with a title and a description, and no serious or critical accessibility violation', async () => {
    const page = await openApp(browser(), '/?view=programme');
    const charts = page.locator('svg.bar-chart[role="img"]');
    expect(await charts.count()).toBe(4);
    expect(await charts.first().locator('title').textContent()).toBe('Nombre d’actions par axe');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('accessibility statement', () => {
  it('is linked from every view and says what is not accessible and its alternative', async () => {
    for (const path of ['/', '/?view=liste', '/?view=programme', '/?extension=05110']) {
      const page = await openApp(browser(), path);
      await page.getByRole('button', { name: 'Accessibilité', exact: true }).click();
      await expect.poll(() => page.locator('#statement-title').textContent()).toBe('Déclaration d’accessibilité');
      expect(new URL(page.url()).searchParams.get('view')).toBe('accessibilite');
      await page.close();
    }
    const page = await openApp(browser(), '/?view=accessibilite');
    const text = await page.locator('.statement').textContent();
    expect(text).toContain('Non conforme');
    expect(text).toContain('la vue « Liste » et le panneau donnent les mêmes informations');
    expect(text).toContain('Défenseur des droits');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('room for the map', () => {
  it('at 390 × 844 with no panel open, the map is at least 60 % of the height; nothing scrolls sideways', async () => {
    const page = await openApp(browser(), '/', { width: 390, height: 844 });
    const map = (await page.locator('#map').boundingBox())!;
    expect(map.height / 844).toBeGreaterThanOrEqual(0.6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const timeline = await page.locator('.timeline').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(timeline.scroll).toBeLessThanOrEqual(timeline.client);
    await page.close();
  });

  it('notices cover neither the legend nor the zoom buttons, and the legend starts collapsed where it would cover over a quarter of the map', async () => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await openApp(browser(), '/', size);
      const notice = (await page.locator('.notice').first().boundingBox())!; // the offline basemap notice
      const legend = (await page.locator('.legend').boundingBox())!;
      const zoom = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
      const overlaps = (a: typeof notice, b: typeof notice) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect([overlaps(notice, legend), overlaps(notice, zoom)]).toEqual([false, false]);
      const map = (await page.locator('#map').boundingBox())!;
      const open = await page.locator('.legend').evaluate((el) => (el as HTMLDetailsElement).open);
      // Open where it fits; collapsed only where, open, it would cover over a quarter of the map
      // (at 1280 × 800 too, with the filters and basemaps it holds).
      const openedArea = async () => {
        const box = (await page.locator('.legend').boundingBox())!;
        return box.width * box.height;
      };
      if (open) expect(legend.width * legend.height).toBeLessThanOrEqual(0.25 * map.width * map.height);
      else {
        await page.locator('.legend summary').click();
        await expect.poll(openedArea).toBeGreaterThan(0.25 * map.width * map.height);
      }
      await page.close();
    }
  });
});
