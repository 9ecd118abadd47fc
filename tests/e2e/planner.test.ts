// Planners: compare the 2023 convention with the 2024 avenant, prepare a draft, import and export.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { countPixels, sharedBrowser, openApp, pageXY, heading } from './browser';

const browser = sharedBrowser();

const compareReady = (page: Page) => page.locator('#compare-maps[data-compare-ready="true"]').waitFor({ state: 'attached' });
const FIXTURES = resolve(import.meta.dirname, '../fixtures/in');
const isGreenHatch = ([r, g, b]: [number, number, number]) => g > 100 && r < 80 && b < 90;
const isRedHatch = ([r, g, b]: [number, number, number]) => r > 150 && g < 70 && b < 70;

/** A GeoJSON file whose only feature is a line: not a perimeter. */
const LINE_FILE = Buffer.from(
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'x', nom: 'X' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [6.5, 44.7],
            [6.6, 44.8],
          ],
        },
      },
    ],
  }),
);

describe('versions timeline', () => {
  it('choosing a version redraws the panel and the URL keeps it', async () => {
    const page = await openApp(browser(), '/');
    const items = page.locator('.timeline__button');
    expect(await items.allTextContents()).toEqual(["avril 2023Convention d'ORT (avril 2023)historique", '8 novembre 2024Avenant (8 novembre 2024)en vigueur']);
    await page.getByRole('button', { name: /Convention d'ORT \(avril 2023\)/ }).click();
    await expect.poll(() => page.locator('.sector-list li').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('version')).toBe('2023-convention');
    await page.close();
  });
});

describe('comparing the 2023 convention and the 2024 avenant', () => {
  it('opened from a link, reports by commune what it shows on the map, with names (the contours and polygon operations arrive after it)', async () => {
    const page = await openApp(browser(), '/?compare=2023-convention,2024-avenant&mode=difference');
    await compareReady(page);
    const row = page.locator('.report--communes tr[data-commune="05006"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator('th').textContent()).toBe("L'Argentière-la-Bessée (05006)");
    expect(await row.locator('td').allTextContents()).toEqual(['Quartier de la gare', '18,2', '0,0']);
    // Every area of the report to one decimal, so that figures side by side compare.
    const areas = await page.locator('.report:not(.report--communes) tbody td:nth-child(3), .report:not(.report--communes) tbody td:nth-child(4)').allTextContents();
    expect(areas.length).toBeGreaterThan(3);
    for (const a of areas) expect(a).toMatch(/^(—|\d+,\d)$/);
    expect(await page.locator('.compare-panel').textContent()).not.toContain('Aucune commune ne gagne ni ne perd de surface');
    // The CSV names what it lists, and has the commune rows too.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le rapport (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('action,parvis-gare,Aménagement du parvis et de la place de la Gare,entre dans le périmètre (hors périmètre → Quartier de la gare)');
    expect(csv).toMatch(/^commune,05006,L'Argentière-la-Bessée,secteurs ajoutés : Quartier de la gare,,,18\.\d+,$/m);
    await page.close();
  });

  it('shows gare as added in the report and, hatched green, on the map; the CSV says so too', async () => {
    const page = await openApp(browser(), '/');
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await compareReady(page);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('2023-convention,2024-avenant');
    expect(new URL(page.url()).searchParams.get('mode')).toBe('difference');
    const gare = page.locator('.report tr[data-sector="gare"]');
    expect(await gare.locator('td').first().textContent()).toBe('ajouté');
    const areaB = Number((await gare.locator('td').nth(2).textContent())!.replace(',', '.'));
    expect(areaB).toBeGreaterThan(8);
    expect(await page.locator('.report tr[data-sector="centre-bourg"] td').first().textContent()).toBe('inchangé');
    expect(await page.locator('.compare-panel__actions li').allTextContents()).toEqual([
      'Création de logements neufs près de la gare — entre dans le périmètre',
      'Aménagement du parvis et de la place de la Gare — entre dans le périmètre',
      "Pôle d'échanges multimodal de la gare — entre dans le périmètre",
    ]);
    // On the map: green hatching (added), no red (nothing removed).
    expect(await countPixels(page, '#compare-maps canvas', isGreenHatch)).toBeGreaterThan(500);
    expect(await countPixels(page, '#compare-maps canvas', isRedHatch)).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le rapport (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-2023-convention-2024-avenant.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('type,id,nom,changement,surface_ha_2023-convention,surface_ha_2024-avenant,variation_ha,variation_pct');
    expect(csv).toMatch(/^secteur,gare,Quartier de la gare,ajouté,,\d+\.\d+,\d+\.\d+,$/m);
    await page.close();
  });

  it('swipe mode renders both maps with the compare plugin', async () => {
    const page = await openApp(browser(), '/?compare=2023-convention,2024-avenant&mode=swipe');
    await compareReady(page);
    expect(await page.locator('#compare-maps .maplibregl-canvas').count()).toBe(2);
    expect(await page.locator('#compare-maps .maplibregl-compare').count()).toBe(1);
    for (const side of ['a', 'b']) expect(await countPixels(page, `.compare__map--${side} canvas`, ([r, g, b]) => r > 180 && g < 120 && b < 130)).toBeGreaterThan(50);
    expect(await page.locator('.compare__caption').allTextContents()).toEqual(["A · Convention d'ORT (avril 2023)", 'B · Avenant (8 novembre 2024)']);
    await page.close();
  });

  it('side by side: two synchronised maps, one per version', async () => {
    const page = await openApp(browser(), '/?compare=2023-convention,2024-avenant&mode=cote-a-cote');
    await compareReady(page);
    const [a, b] = await Promise.all([page.locator('.compare__map--a').boundingBox(), page.locator('.compare__map--b').boundingBox()]);
    expect(a!.width).toBeLessThan(b!.x);
    expect(Math.abs(a!.width - b!.width)).toBeLessThan(2);
    // Dragging one map moves the other: B's sector labels follow a pan made on A, by the same amount
    // (the drag's own length may vary with inertia on a loaded machine; the two maps must agree).
    const labels = (side: 'a' | 'b') => page.locator(`.compare__map--${side} .map-label--sectors`).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().x)));
    const [beforeA, beforeB] = [await labels('a'), await labels('b')];
    await page.mouse.move(a!.x + 100, a!.y + 100);
    await page.mouse.down();
    await page.mouse.move(a!.x + 200, a!.y + 150, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(500);
    await expect
      .poll(async () => {
        const [nowA, nowB] = [await labels('a'), await labels('b')];
        const shiftA = (nowA[0] ?? 0) - (beforeA[0] ?? 0);
        return shiftA > 50 && nowB.every((x, i) => Math.abs(x - beforeB[i]! - shiftA) <= 1);
      })
      .toBe(true);
    await page.close();
  });
});

describe('drafts', () => {
  it('creates a draft, moves a vertex, and finds it again after a reload', async () => {
    const view = { zoom: 16, lat: 44.7908, lon: 6.5563 };
    const page = await openApp(browser(), `/#map=${view.zoom}/${view.lat}/${view.lon}`);
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Brouillon — d’après Avenant (8 novembre 2024)');
    await page.locator('#map[data-editing="brouillon-1"]').waitFor({ state: 'attached' });
    expect(await page.locator('.draft-panel__ok').textContent()).toBe('Aucun problème : ce brouillon peut être exporté.');

    // Select the gare sector, then drag its eastern vertex 80 px further east.
    const inside = await pageXY(page, view, 6.556, 44.7905);
    await page.mouse.click(inside.x, inside.y);
    const vertex = await pageXY(page, view, 6.5598, 44.7912);
    await page.mouse.move(vertex.x, vertex.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(vertex.x + i * 10, vertex.y, { steps: 2 });
    await page.mouse.up();
    await expect.poll(() => page.getByRole('button', { name: 'Annuler' }).isEnabled()).toBe(true);
    // Undo with the sector still selected: the editor follows the store, no page error, redo offered.
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Rétablir' }).isEnabled()).toBe(true);
    expect((page as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);
    await page.getByRole('button', { name: 'Rétablir' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Annuler' }).isEnabled()).toBe(true);
    expect((page as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);

    // Reloaded once the browser has stored the redone outline (IndexedDB answers later than the page;
    // on a loaded machine a reload at once could come first).
    const storedGare = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('keyval-store');
            open.onsuccess = () => {
              const get = open.result.transaction('keyval').objectStore('keyval').get('carte-ort.draft.v2.brouillon-1');
              get.onsuccess = () => {
                resolve(JSON.stringify(get.result?.sectors.features.find((f: { properties: { id: string } }) => f.properties.id === 'gare')?.geometry));
                open.result.close();
              };
            };
          }),
      );
    const gareInForce = JSON.stringify(
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/perimetres/2024-avenant.geojson'), 'utf8')).features.find(
        (f: { properties: { id: string } }) => f.properties.id === 'gare',
      ).geometry,
    );
    await expect.poll(storedGare, { timeout: 10_000 }).not.toBe(gareInForce);
    await page.reload();
    await page.locator('#map[data-editing="brouillon-1"]').waitFor({ state: 'attached' });
    expect(await heading(page).textContent()).toBe('Brouillon — d’après Avenant (8 novembre 2024)');
    await page.getByRole('button', { name: 'Comparer avec la version en vigueur' }).click();
    await compareReady(page);
    expect(await page.locator('.report tr[data-sector="gare"] td').first().textContent()).toBe('redessiné');
    expect(await page.locator('.report tr[data-sector="centre-bourg"] td').first().textContent()).toBe('inchangé');
    await page.close();
  });

  it('names problems live, undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async () => {
    const page = await openApp(browser(), '/');
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.locator('#map[data-editing]').waitFor({ state: 'attached' });
    const gareName = page.locator('.draft-panel__sectors li[data-sector="gare"]').getByLabel('Nom');
    await gareName.fill('');
    await gareName.blur();
    await expect.poll(() => page.locator('.draft-panel__problems').textContent()).toContain('gare : le secteur n’a pas de nom');
    await page.locator('#panel-heading').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.draft-panel__ok').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.draft-panel__ko').count()).toBe(1);
    await page.close();
  });
});

describe('import and export', () => {
  it('imports a Lambert-93 file after confirmation and puts it in place', async () => {
    const page = await openApp(browser(), '/');
    await page.locator('input[type="file"]').setInputFiles(resolve(FIXTURES, 'gare-lambert93.geojson'));
    const dialog = page.getByRole('dialog', { name: 'Reprojeter le fichier ?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Lambert-93 (EPSG:2154), d’après son système de coordonnées déclaré');
    await dialog.getByRole('button', { name: 'Reprojeter et importer' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Secteur gare (Lambert-93)');
    // The gare sector alone is sound; as a version it lacks the town centre, which an ORT must include.
    expect(await page.locator('.draft-panel__problems li').allTextContents()).toEqual([
      "aucun secteur ne contient le centre de la ville principale (L'Argentière-la-Bessée (05006)) : une ORT doit l’inclure",
    ]);
    // In place: compared with the avenant, gare is the same shape (no red, "inchangé").
    await page.getByRole('button', { name: 'Comparer avec la version en vigueur' }).click();
    await compareReady(page);
    expect(await page.locator('.report tr[data-sector="gare"] td').first().textContent()).toBe('inchangé');
    await page.close();
  });

  it('takes a file dropped on the page (WGS84: no confirmation needed)', async () => {
    const page = await openApp(browser(), '/');
    const fc = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/perimetres/2023-convention.geojson'), 'utf8'));
    await page.evaluate(
      (content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], 'convention-2023.geojson', { type: 'application/geo+json' }));
        document.querySelector('#map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      JSON.stringify({ ...fc, name: 'Convention déposée' }),
    );
    // The import tool loads after the first paint and checks the file in the worker: seconds on a loaded machine.
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toBe('Convention déposée');
    expect(await page.locator('.draft-panel__sectors li').count()).toBe(2);
    await page.close();
  });

  it('rejects a broken file whole, in French, and imports nothing', async () => {
    const page = await openApp(browser(), '/');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'casse.geojson',
      mimeType: 'application/geo+json',
      buffer: LINE_FILE,
    });
    await expect.poll(() => page.locator('.import-problems').textContent()).toContain('Fichier « casse.geojson » non importé');
    expect(await page.locator('.import-problems').textContent()).toContain('élément n° 1 (x) : géométrie LineString');
    expect(await page.locator('.timeline__button').count()).toBe(2);
    await page.close();
  });

  it('in English, says what is wrong in English', async () => {
    const page = await openApp(browser(), '/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'broken.geojson',
      mimeType: 'application/geo+json',
      buffer: LINE_FILE,
    });
    await expect.poll(() => page.locator('.import-problems').textContent()).toContain('feature no. 1 (x): LineString geometry, a Polygon or MultiPolygon is expected');
    expect(await page.locator('.import-problems').textContent()).not.toContain('élément');
    await page.close();
  });

  it('asks before deleting a draft, with buttons that say what they do (one « Annuler »: undo)', async () => {
    const page = await openApp(browser(), '/');
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.locator('.draft-panel').waitFor();
    await page.getByRole('button', { name: 'Supprimer le brouillon' }).click();
    const panel = page.locator('.draft-panel');
    expect(await panel.getByRole('button', { name: 'Annuler', exact: true }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Non, le garder' }).click();
    expect(await page.locator('.timeline__button').count()).toBe(3);
    await panel.getByRole('button', { name: 'Supprimer le brouillon' }).click();
    await panel.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect.poll(() => page.locator('.timeline__button').count()).toBe(2);
    await page.close();
  });

  it('exports a draft and re-imports it unchanged (round trip)', async () => {
    const page = await openApp(browser(), '/?version=2023-convention');
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.locator('#map[data-editing]').waitFor({ state: 'attached' });
    // Named after the draft as the planner named it (a renamed draft is not exported as brouillon-1).
    await page.getByLabel('Nom du brouillon').fill('Variante gare nord');
    await page.getByLabel('Nom du brouillon').press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toBe('variante-gare-nord.geojson');
    const path = (await download.path())!;
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.version).toMatchObject({ id: 'brouillon-1', label: 'Variante gare nord', etat: 'projet' });
    await page.locator('input[type="file"]').setInputFiles({ name: 'brouillon-1.geojson', mimeType: 'application/geo+json', buffer: readFileSync(path) });
    await expect.poll(() => page.locator('.timeline__button').count()).toBe(4);
    await page.getByRole('button', { name: 'Comparer avec la version en vigueur' }).click();
    await compareReady(page);
    await page.locator('#compare-a').selectOption('brouillon-1');
    await compareReady(page);
    expect(await page.locator('.report tbody .change').allTextContents()).toEqual(['inchangé', 'inchangé']);
    await page.close();
  });
});

describe('accessibility of the planner views (axe-core)', () => {
  it('the comparison and the draft panel have no serious or critical violation', async () => {
    const { seriousA11yViolations } = await import('./browser');
    const page = await openApp(browser(), '/?compare=2023-convention,2024-avenant&mode=difference');
    await compareReady(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Fermer la comparaison' }).click();
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.locator('#map[data-editing]').waitFor({ state: 'attached' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('drafts kept in this browser: two tabs, persistent storage, « non exporté »', () => {
  it('two pages of one browser making three drafts: none lost, each page shows the others’, all there after a reload', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const first = await openApp(browser(), '/', { inContext: context });
    const second = await openApp(browser(), '/', { inContext: context });
    // Both make a draft at the same moment (each its own « brouillon-1 » until they hear of the other).
    await Promise.all([first.getByRole('button', { name: 'Nouvelle version' }).click(), second.getByRole('button', { name: 'Nouvelle version' }).click()]);
    await first.locator('.draft-panel').waitFor();
    await first.getByLabel('Nom du brouillon').fill('Variante A');
    await first.getByLabel('Nom du brouillon').press('Tab');
    await second.getByLabel('Nom du brouillon').fill('Variante B');
    await second.getByLabel('Nom du brouillon').press('Tab');
    await first.getByRole('button', { name: 'Nouvelle version' }).click();
    const drafts = (page: typeof first) => page.locator('.timeline__item--projet .timeline__label').allTextContents();
    // Each page shows the three, without a reload.
    for (const page of [first, second])
      await expect.poll(async () => (await drafts(page)).sort(), { timeout: 15_000 }).toEqual(['Brouillon — d’après Variante A', 'Variante A', 'Variante B']);
    await first.reload();
    await expect.poll(async () => (await drafts(first)).sort(), { timeout: 15_000 }).toEqual(['Brouillon — d’après Variante A', 'Variante A', 'Variante B']);
    // A draft deleted in one page goes in the other, and stays deleted.
    await first.locator('.timeline__button', { hasText: 'Variante B' }).click();
    await first.getByRole('button', { name: 'Supprimer le brouillon' }).click();
    await first.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect.poll(async () => (await drafts(second)).sort(), { timeout: 15_000 }).toEqual(['Brouillon — d’après Variante A', 'Variante A']);
    await second.reload();
    await expect.poll(async () => (await drafts(second)).sort(), { timeout: 15_000 }).toEqual(['Brouillon — d’après Variante A', 'Variante A']);
    await first.close();
    await second.close();
    await context.close();
  });

  it('keeps a name being typed when another page renames the same draft meanwhile: the name typed wins once committed', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const first = await openApp(browser(), '/', { inContext: context });
    await first.getByRole('button', { name: 'Nouvelle version' }).click();
    await first.locator('.draft-panel').waitFor();
    const second = await openApp(browser(), '/', { inContext: context });
    const label = (page: typeof first) => page.locator('.timeline__item--projet .timeline__label');
    await expect.poll(() => label(second).allTextContents(), { timeout: 15_000 }).toHaveLength(1);
    // The first page's planner starts typing a name, and has not left the field yet…
    await first.getByLabel('Nom du brouillon').fill('Variante du planificateur');
    // …when the second page renames the draft; the first hears of it while the field is in use.
    await second.locator('.timeline__button').filter({ hasText: 'Brouillon' }).click();
    await second.getByLabel('Nom du brouillon').fill('Variante de l’autre onglet');
    await second.getByLabel('Nom du brouillon').press('Tab');
    await expect.poll(() => label(first).allTextContents(), { timeout: 15_000 }).toEqual(['Variante de l’autre onglet']);
    expect(await first.getByLabel('Nom du brouillon').inputValue()).toBe('Variante du planificateur');
    await first.getByLabel('Nom du brouillon').press('Tab');
    await expect.poll(() => label(first).allTextContents()).toEqual(['Variante du planificateur']);
    await expect.poll(() => label(second).allTextContents(), { timeout: 15_000 }).toEqual(['Variante du planificateur']);
    await first.close();
    await second.close();
    await context.close();
  });

  it('asks for persistent storage at the first draft, says when the browser refuses, and marks a draft « non exporté » until it is exported', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.addInitScript(() => {
      const asked: string[] = [];
      Object.assign(window, { persistAsked: asked });
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
      Object.defineProperty(navigator.storage, 'persist', {
        value: async () => {
          asked.push('persist');
          return false;
        },
      });
    });
    const page = await openApp(browser(), '/', { inContext: context });
    expect(await page.evaluate(() => (window as unknown as { persistAsked: string[] }).persistAsked)).toEqual([]);
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await expect.poll(() => page.locator('.draft-panel__persist').textContent()).toContain('Ce navigateur n’a pas accepté de garder durablement les brouillons');
    expect(await page.evaluate(() => (window as unknown as { persistAsked: string[] }).persistAsked)).toEqual(['persist']);
    expect(await page.locator('.draft-panel__unexported').textContent()).toContain('non exporté');
    expect(await page.locator('.timeline__item--projet .timeline__state').textContent()).toContain('non exporté');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en GeoJSON' }).click()]);
    await expect.poll(() => page.locator('.draft-panel__unexported').count()).toBe(0);
    expect(await page.locator('.timeline__item--projet .timeline__state').textContent()).not.toContain('non exporté');
    await page.close();
    await context.close();
  });
});

describe('a draft shared by link', () => {
  it('is copied as a link that opens in a fresh browser, marked as shared, and kept under a free id', async () => {
    const sender = await browser().newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await openApp(browser(), '/', { inContext: sender });
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.getByLabel('Nom du brouillon').fill('Variante gare nord');
    await page.getByLabel('Nom du brouillon').press('Tab');
    await page.getByRole('button', { name: 'Partager ce brouillon (lien)' }).click();
    const field = page.getByLabel('Lien du brouillon');
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/#brouillon=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThanOrEqual(8100);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await page.locator('.share-draft').textContent()).toContain('Lien copié');
    await page.close();
    await sender.close();

    // Another browser (a fresh context: no storage): the draft is shown, marked as shared, not stored.
    const receiver = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const opened = await openApp(browser(), new URL(link).hash.replace(/^/, '/'), { inContext: receiver });
    await expect.poll(() => opened.locator('.draft-panel h2').textContent(), { timeout: 15_000 }).toBe('Variante gare nord');
    expect(await opened.locator('.draft-panel__shared').textContent()).toContain('Brouillon reçu par lien');
    await opened.getByRole('button', { name: 'Garder ce brouillon' }).click();
    await expect.poll(() => opened.locator('.draft-panel__shared').count()).toBe(0);
    await expect.poll(() => opened.url()).not.toContain('brouillon=');
    await opened.reload();
    await expect.poll(() => opened.locator('.timeline__item--projet .timeline__label').allTextContents(), { timeout: 15_000 }).toEqual(['Variante gare nord']);
    await opened.close();

    // A damaged link: a notice naming the problem, and the rest of the page works.
    const damaged = await openApp(browser(), `/${new URL(link).hash.slice(0, 60)}`, { inContext: receiver });
    await expect.poll(() => damaged.locator('[data-notice="shared-draft"]').textContent(), { timeout: 15_000 }).toContain('le lien est incomplet');
    expect(await damaged.locator('.timeline__button').count()).toBe(3);
    await damaged.close();
    await receiver.close();
  });
});

describe('shapefiles (zip), as GIS offices and the DDT exchange them', () => {
  const avenant = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/perimetres/2024-avenant.geojson'), 'utf8'));
  const names = ['Cœur de bourg — l’Église', 'Friches « Péchiney »', 'Quartier de la gare'];
  const named = { ...avenant, features: avenant.features.map((f: { properties: object }, i: number) => ({ ...f, properties: { ...f.properties, nom: names[i] } })) };

  it.each(['lambert93', 'cc45'] as const)('« Importer un fichier » takes a zipped shapefile in %s: no question, names and areas kept', async (crs) => {
    const { shapefileZip } = await import('../../src/geo/shapefile-export');
    const { area } = await import('@turf/turf');
    const zip = await shapefileZip(named, 'perimetre_ort', { crs });
    const page = await openApp(browser(), '/', { context: { acceptDownloads: true } });
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'perimetre_ort.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await page.locator('.draft-panel').waitFor({ timeout: 20_000 });
    expect(await page.locator('.import-dialog[open]').count()).toBe(0);
    expect(
      await page
        .locator('.draft-panel__sectors')
        .getByLabel('Nom', { exact: true })
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(names);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en GeoJSON' }).click()]);
    const back = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const ratios = back.features.map((f: Parameters<typeof area>[0], i: number) => area(f) / area(named.features[i]));
    for (const r of ratios) expect(Math.abs(r - 1)).toBeLessThan(0.005);
    await page.close();
  });

  it('asks which field names the sectors when several could, and imports with the one chosen', async () => {
    const { zipWithTable } = await import('../shapefiles');
    const rows = ['Église et place', 'Friches Péchiney', 'Quartier de la gare'].map((label, i) => ({ NOM: `Secteur ${i + 1}`, LIB_SECTEU: label }));
    const zip = await zipWithTable(named, rows);
    const page = await openApp(browser(), '/');
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'secteurs.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const form = page.locator('.import-field');
    await expect.poll(() => form.locator('legend').textContent(), { timeout: 20_000 }).toBe('Quel champ de « secteurs.zip » donne le nom des secteurs ?');
    expect((await form.locator('label').allTextContents()).map((l) => l.trim())).toEqual(['NOM (ex. « Secteur 1 »)', 'LIB_SECTEU (ex. « Église et place »)']);
    await form.getByLabel(/LIB_SECTEU/).check();
    await form.getByRole('button', { name: 'Importer avec ce champ' }).click();
    await page.locator('.draft-panel').waitFor({ timeout: 20_000 });
    expect(
      await page
        .locator('.draft-panel__sectors')
        .getByLabel('Nom', { exact: true })
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['Église et place', 'Friches Péchiney', 'Quartier de la gare']);
    await page.close();
  });

  it('« Exporter (shapefile Lambert-93) » gives .shp .shx .dbf .prj .cpg in Lambert-93, names intact', async () => {
    const page = await openApp(browser(), '/?version=2024-avenant', { context: { acceptDownloads: true } });
    await page.locator('.share-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (shapefile Lambert-93)' }).click()]);
    expect(download.suggestedFilename()).toBe('avenant-8-novembre-2024.zip');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(Object.keys(zip.files).sort()).toEqual(['.cpg', '.dbf', '.prj', '.shp', '.shx'].map((e) => `avenant-8-novembre-2024${e}`));
    expect(await zip.file('avenant-8-novembre-2024.prj')!.async('string')).toMatch(/^PROJCS\["RGF93_Lambert_93"/);
    const { readShapefileZip } = await import('../../src/geo/shapefile');
    const read = await readShapefileZip(await zip.generateAsync({ type: 'uint8array' }));
    expect(read.ok && JSON.parse(read.geojson).features.map((f: { properties: { nom: string } }) => f.properties.nom)).toEqual([
      'Centre-bourg',
      'Friches industrielles',
      'Quartier de la gare',
    ]);
    await page.close();
  });
});
