// Elected officials: the intercommunal extension view, in a real browser against the built app.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import { SHARED_COMMUNES, openApp, pageXY, seriousA11yViolations, sharedBrowser, digits } from './browser';

const browser = sharedBrowser();
const ROOT = resolve(import.meta.dirname, '../..');
const territory = JSON.parse(readFileSync(resolve(ROOT, 'geodata/territory.json'), 'utf8')) as {
  communes: { insee: string; nom: string; populationMunicipale: number; populationTotale: number }[];
  epci: { populationMunicipale: number };
};
const population = (codes: string[], key: 'populationMunicipale' | 'populationTotale' = 'populationMunicipale') =>
  territory.communes.filter((c) => codes.includes(c.insee)).reduce((s, c) => s + c[key], 0);
const extensionParam = (page: Page) => new URL(page.url()).searchParams.get('extension');
const totalCells = (page: Page, row: number) => page.locator('.extension-panel .indicators tfoot tr').nth(row).locator('td');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/in');

describe('the extension link', () => {
  it('?extension=05110,05031 shows the communes proposed and the totals before and after', async () => {
    const page = await openApp(browser(), '/?extension=05110,05031');
    await page.locator('.extension-panel').waitFor();
    expect(await page.locator('#panel-heading').textContent()).toBe('Extension intercommunale de l’ORT');
    expect(await page.locator('#extension-05110').isChecked()).toBe(true);
    expect(await page.locator('#extension-05031').isChecked()).toBe(true);
    expect(await page.locator('#extension-05006').isDisabled()).toBe(true);
    // Before: the PVD town alone; after: with Puy-Saint-Vincent and Champcella (figures from territory.json).
    // The cell reads « 2 727 (41,4 % de la CC) »: the population before the parenthesis.
    const people = async (row: number) => digits((await totalCells(page, row).nth(1).textContent())!.split('(')[0]!);
    expect(await people(0)).toBe(String(population(['05006'])));
    expect(await people(1)).toBe(String(population(['05006', '05110', '05031'])));
    expect(digits(await totalCells(page, 1).nth(2).textContent())).toBe(String(population(['05006', '05110', '05031'], 'populationTotale')));
    const share = Math.round((population(['05006', '05110', '05031']) / territory.epci.populationMunicipale) * 1000) / 10;
    expect(await totalCells(page, 1).nth(1).textContent()).toContain(`${String(share).replace('.', ',')} % de la CC`);
    expect(await page.locator('.extension-panel .indicators tr[data-commune="05110"] td').first().textContent()).toBe('proposée');
    // The main town has no distance to itself.
    expect(await page.locator('.extension-panel .indicators tr[data-commune="05006"]').textContent()).toContain('ville principale');
    // No budget of the project's actions is published: none is shown as « 0 € ».
    const table = (await page.locator('.extension-panel .indicators').textContent())!;
    expect(table).not.toMatch(/(^|[^\d\u202f])0\s€/);
    expect(table).toMatch(/\d+ budgets non communiqués/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('toggles a commune with the keyboard and by a click on the map; the URL follows', async () => {
    const view = { zoom: 10, lat: 44.76, lon: 6.55 };
    const page = await openApp(browser(), `/?extension=05110,05031#map=${view.zoom}/${view.lat}/${view.lon}`);
    await page.locator('#extension-05101').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => extensionParam(page)).toBe('05101,05110,05031');
    // A click inside Champcella withdraws it.
    const contours = JSON.parse(readFileSync(SHARED_COMMUNES, 'utf8')) as { features: { properties: { code: string }; geometry: never }[] };
    const [lon, lat] = pointOnFeature(contours.features.find((f) => f.properties.code === '05031')!.geometry).geometry.coordinates as [number, number];
    const at = await pageXY(page, view, lon, lat);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => extensionParam(page)).toBe('05101,05110');
    expect(await page.locator('#extension-05031').isChecked()).toBe(false);
    await page.close();
  });
});

describe('indicators from a CSV file', () => {
  it('imports a Windows-1252 file with ; and decimal commas, and a bad file changes nothing and says why', async () => {
    const page = await openApp(browser(), '/?extension=05110');
    const input = page.locator('.indicator-import input[type="file"]');
    await input.setInputFiles({ name: 'indicateurs-ddt.csv', mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, 'indicateurs-ddt-cp1252.csv')) });
    await expect.poll(() => page.locator('.indicator-import__ok').textContent()).toContain('« indicateurs-ddt.csv » importé (windows-1252)');
    const headers = await page.locator('.extension-panel .indicators thead th').allTextContents();
    expect(headers).toContain('Revenu médian (€)');
    const row = page.locator('.extension-panel .indicators tr[data-commune="05006"] td');
    expect(await row.nth(-3).textContent()).toBe('12,4');

    await input.setInputFiles({ name: 'errones.csv', mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, 'indicateurs-errones.csv')) });
    const alert = page.locator('.indicator-import .import-problems');
    await expect.poll(() => alert.textContent()).toContain('Fichier « errones.csv » non importé, rien n’a changé');
    expect(await alert.textContent()).toContain('ligne 3, colonne « vacance » : « n.d. » n’est pas un nombre');
    // The indicators imported before are still there.
    expect(await page.locator('.extension-panel .indicators thead th').allTextContents()).toContain('Revenu médian (€)');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('scenarios', () => {
  it('a scenario with a starting sector exports a file that check:data accepts', async () => {
    const page = await openApp(browser(), '/?extension=05110');
    await page.getByRole('button', { name: 'Créer un scénario' }).click();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe('Scénario — extension à Puy-Saint-Vincent');
    await page.getByRole('button', { name: 'Ajouter un secteur de départ à Puy-Saint-Vincent' }).click();
    await expect.poll(() => page.locator('.draft-panel__sectors li').count()).toBe(4);
    expect(await page.locator('.draft-panel__sectors li[data-sector="puy-saint-vincent-a-delimiter"] input').first().inputValue()).toBe('Puy-Saint-Vincent — à délimiter');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en GeoJSON' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).version.communes).toEqual(['05006', '05110']);
    const dir = mkdtempSync(join(tmpdir(), 'carte-ort-scenario-'));
    cpSync(resolve(ROOT, 'geodata'), dir, { recursive: true });
    mkdirSync(join(dir, 'perimetres'), { recursive: true });
    writeFileSync(join(dir, 'perimetres/scenario.geojson'), exported);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', '--communes', SHARED_COMMUNES, dir], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stdout.trim()]).toEqual([0, `check:data : ${dir} est valide (secteurs vérifiés sur les contours des communes).`]);
    await page.close();
  });

  it('refuses, in French, to remove the sector holding the main town’s centre', async () => {
    const page = await openApp(browser(), '/?extension=05031');
    await page.getByRole('button', { name: 'Créer un scénario' }).click();
    await page.locator('.draft-panel').waitFor();
    await page.getByRole('button', { name: 'Supprimer le secteur Centre-bourg' }).click();
    await expect
      .poll(() => page.locator('.notices').textContent())
      .toContain("Refusé : sans le secteur « centre-bourg », plus aucun secteur ne contiendrait le centre de L'Argentière-la-Bessée");
    expect(await page.locator('.draft-panel__sectors li[data-sector="centre-bourg"]').count()).toBe(1);
    await page.close();
  });

  it('names a scenario the user made as their own draft, not as the project’s indicative work', async () => {
    const page = await openApp(browser(), '/?extension=05110');
    await page.getByRole('button', { name: 'Créer un scénario' }).click();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe('Scénario — extension à Puy-Saint-Vincent');
    await page.getByRole('button', { name: 'Extension intercommunale' }).click();
    const own = page.locator('label[for="scenario-brouillon-1"]');
    await own.waitFor();
    expect(await own.textContent()).toBe('Scénario — extension à Puy-Saint-Vincent Votre brouillon, dans ce navigateur');
    expect(await page.locator('label[for="scenario-2024-avenant"]').textContent()).not.toContain('Votre brouillon');
    await page.close();
  });

  it('compares two or three scenarios side by side', async () => {
    const page = await openApp(browser(), '/?extension=');
    await page.locator('#scenario-2024-avenant').check();
    await page.locator('[id="scenario-piste:copil-2026-01"]').check();
    const table = page.locator('.scenario-compare__table');
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Indicateur',
      'Avenant (8 novembre 2024)',
      'Piste du COPIL du 16 janvier 2026 : Puy-Saint-Vincent et Champcella',
    ]);
    const communes = table.locator('tbody tr').nth(1).locator('td');
    expect(await communes.allTextContents()).toEqual(['1', '3']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('on a phone (390 px)', () => {
  it('the extension view fits the width and keeps the map', async () => {
    const page = await openApp(browser(), '/?extension=05110,05031', { width: 390, height: 844 });
    await page.locator('.extension-panel').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await page.locator('#map').boundingBox())!.height).toBeGreaterThan(200);
    await page.close();
  });
});
