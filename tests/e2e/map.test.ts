import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { afterRender, distinctColours, hex, sharedBrowser, mapCentre, near, openApp, pixelAt, heading } from './browser';
import { PNG } from 'pngjs';
import { AXIS_COLORS } from '../../src/style/palette';

const browser = sharedBrowser();

const STATION_VIEW = '#map=16/44.7911/6.5561';

describe('the map of the ORT perimeter', () => {
  it('opens on the version in force with a drawn map and the overview panel', async () => {
    const page = await openApp(browser(), '/');
    await expect.poll(() => heading(page).textContent()).toBe('Le périmètre de l’ORT');
    expect(await page.locator('.sector-list li').allTextContents()).toEqual(['Centre-bourg 11 actions', 'Friches industrielles 1 action', 'Quartier de la gare 3 actions']);
    expect(new URL(page.url()).searchParams.get('version')).toBe('2024-avenant');
    expect(await distinctColours(page)).toBeGreaterThan(20);
    // Commune names come from the recorded official contours, as DOM labels.
    await page.locator('.map-label--communes', { hasText: "L'Argentière-la-Bessée" }).waitFor({ state: 'attached' });
    expect(await page.locator('.map-label--communes').count()).toBe(8);
    expect((page as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);
    await page.close();
  });

  it('clicking the station opens the gare sector with its actions and statuses', async () => {
    const page = await openApp(browser(), `/${STATION_VIEW}`);
    const { x, y } = await mapCentre(page);
    await page.mouse.click(x, y);
    await expect.poll(() => heading(page).textContent()).toBe('Quartier de la gare');
    await expect.poll(() => page.locator('.panel__introduced').textContent()).toBe("Ajouté par l'avenant du 8 novembre 2024");
    const items = page.locator('.panel .action-item');
    expect(await items.count()).toBe(3);
    const texts = await items.allTextContents();
    expect(texts.find((t) => t.includes('Aménagement du parvis'))).toContain('Programmée');
    expect(texts.find((t) => t.includes("Pôle d'échanges multimodal"))).toContain('En étude');
    expect(await page.locator('.panel').textContent()).toContain('Tracé indicatif');
    expect(new URL(page.url()).searchParams.get('sector')).toBe('gare');
    // The heading takes the focus, so a screen reader announces what opened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await page.close();
  });

  it('with version=2023-convention the same click is outside the perimeter, and names the commune', async () => {
    const page = await openApp(browser(), `/?version=2023-convention${STATION_VIEW}`);
    await page.locator('.map-label--communes').first().waitFor({ state: 'attached' });
    const { x, y } = await mapCentre(page);
    await page.mouse.click(x, y);
    await expect.poll(() => heading(page).textContent()).toBe('Hors périmètre ORT');
    expect(await page.locator('.outside__commune').textContent()).toBe("Commune : L'Argentière-la-Bessée");
    expect(new URL(page.url()).searchParams.get('sector')).toBeNull();
    await page.close();
  });

  it('unticking an axis in the legend hides its markers on the map', async () => {
    // Centred on the OPAH-RU marker (habitat, en cours: drawn solid in the axis colour).
    const page = await openApp(browser(), '/#map=17/44.794/6.5612');
    const box = (await page.locator('#map').boundingBox())!;
    const centre = [Math.round(box.width / 2), Math.round(box.height / 2)] as const;
    const before = await pixelAt(page, ...centre);
    expect(near(before, AXIS_COLORS['habitat-logement']), `centre pixel ${hex(before)}`).toBe(true);
    expect(await page.locator('.legend__count').textContent()).toBe('24 actions affichées sur 24');

    // At 1280 × 800 the open legend would cover over a quarter of the map: it starts collapsed.
    expect(await page.locator('.legend').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await page.locator('.legend summary').click();
    await afterRender(page, () => page.getByLabel('Habitat – Logement').uncheck());
    const after = await pixelAt(page, ...centre);
    expect(near(after, AXIS_COLORS['habitat-logement'], 40), `centre pixel ${hex(after)}`).toBe(false);
    expect(await page.locator('.legend__count').textContent()).toBe('18 actions affichées sur 24');
    await page.close();
  });

  it('unticking an axis hides its action areas too, their dashed outline with their fill', async () => {
    // Centred on the south edge of the friches' reconversion area (Aménagements: a dashed outline).
    const page = await openApp(browser(), '/#map=17/44.79915/6.5655');
    const box = (await page.locator('#map').boundingBox())!;
    const outlinePixels = async () => {
      const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x + box.width / 2 - 10, y: box.y + box.height / 2 - 5, width: 20, height: 10 } }));
      let count = 0;
      for (let i = 0; i < png.data.length; i += 4) if (near([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], AXIS_COLORS.amenagements, 30)) count++;
      return count;
    };
    expect(await outlinePixels()).toBeGreaterThan(5);
    await page.locator('.legend summary').click();
    await afterRender(page, () => page.getByLabel('Aménagements').uncheck());
    expect(await outlinePixels()).toBe(0);
    await page.close();
  });

  it('clicking an action marker on the map opens its detail, naming its sector and commune', async () => {
    const page = await openApp(browser(), '/#map=17/44.794/6.5612');
    const { x, y } = await mapCentre(page);
    await page.mouse.click(x, y);
    await expect.poll(() => heading(page).textContent()).toBe("OPAH-RU : rénovation de l'habitat privé ancien");
    await expect.poll(() => page.locator('.facts').textContent()).toContain("CommuneL'Argentière-la-Bessée");
    expect(await page.locator('.facts').textContent()).toContain('SecteurCentre-bourg');
    const params = new URL(page.url()).searchParams;
    expect([params.get('sector'), params.get('action')]).toEqual(['centre-bourg', 'opah-ru']);
    await page.close();
  });

  it('a shared link restores version, action panel and its sector', async () => {
    const page = await openApp(browser(), '/?version=2024-avenant&sector=gare&action=parvis-gare#map=16/44.7911/6.5561');
    await expect.poll(() => heading(page).textContent()).toBe('Aménagement du parvis et de la place de la Gare');
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('SecteurQuartier de la gare');
    await expect.poll(() => page.locator('.facts').textContent()).toContain("CommuneL'Argentière-la-Bessée");
    const params = new URL(page.url()).searchParams;
    expect([params.get('version'), params.get('sector'), params.get('action')]).toEqual(['2024-avenant', 'gare', 'parvis-gare']);
    expect(page.url()).toContain('#map=16/44.7911/6.5561');
    await page.close();
  });

  it('clicking an action in the list opens its detail; Esc closes the panel', async () => {
    const page = await openApp(browser(), '/?sector=gare');
    await expect.poll(() => heading(page).textContent()).toBe('Quartier de la gare');
    await page.getByRole('button', { name: "Voir l’action Pôle d'échanges multimodal de la gare" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Pôle d'échanges multimodal de la gare");
    let params = new URL(page.url()).searchParams;
    expect([params.get('sector'), params.get('action')]).toEqual(['gare', 'pole-echanges-gare']);
    await page.keyboard.press('Escape');
    await expect.poll(() => heading(page).textContent()).toBe('Le périmètre de l’ORT');
    params = new URL(page.url()).searchParams;
    expect([params.get('sector'), params.get('action')]).toEqual([null, null]);
    await page.close();
  });

  it('an action in another commune names that commune (computed with Turf)', async () => {
    const page = await openApp(browser(), '/?action=covoiturage-roche');
    await expect.poll(() => heading(page).textContent()).toBe('Aire de covoiturage de La Roche-de-Rame');
    // The contours arrive from the (recorded) geo API after the panel: up to a few seconds on a loaded machine.
    await expect.poll(() => page.locator('.facts').textContent(), { timeout: 15_000 }).toContain('CommuneLa Roche-de-Rame');
    expect(await page.locator('.facts').textContent()).toContain('hors des secteurs du périmètre');
    await page.close();
  });

  it('is usable with the keyboard alone: a sector from the overview list, then Esc', async () => {
    const page = await openApp(browser(), '/');
    const button = page.getByRole('button', { name: 'Centre-bourg' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Centre-bourg');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await page.keyboard.press('Escape');
    await expect.poll(() => heading(page).textContent()).toBe('Le périmètre de l’ORT');
    await page.close();
  });

  it('reports a link naming an unknown sector instead of failing silently', async () => {
    const page = await openApp(browser(), '/?sector=quartier-inconnu');
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Lien : le secteur « quartier-inconnu » n’existe pas dans cette version.');
    expect(await heading(page).textContent()).toBe('Le périmètre de l’ORT');
    await page.close();
  });
});

describe('offline and degraded', () => {
  it('with every external request blocked, the sectors still show on the neutral background', async () => {
    const page = await openApp(browser(), `/${STATION_VIEW}`, { contours: 'down' });
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Le fond de carte Plan IGN ne répond pas');
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Contours des communes indisponibles (service injoignable). La carte reste utilisable');
    // In words a person reads: no browser's English, no doubled punctuation.
    expect(await page.locator('.notices').textContent()).not.toMatch(/Failed to fetch|TypeError|\.\)\./);
    expect(await page.getByLabel('Fond neutre (hors ligne)').isChecked()).toBe(true);
    // The station is inside the gare sector: its pixel shows the sector fill over the neutral background.
    const box = (await page.locator('#map').boundingBox())!;
    const px = await pixelAt(page, Math.round(box.width / 2), Math.round(box.height / 2));
    expect(near(px, '#ebc4bc', 30), `pixel ${hex(px)}`).toBe(true);
    expect(await distinctColours(page)).toBeGreaterThan(10);
    expect(await page.locator('.map-label--sectors', { hasText: 'Quartier de la gare' }).isVisible()).toBe(true);
    // Clicking still works, and says the commune cannot be named rather than guessing.
    const { x, y } = await mapCentre(page);
    await page.mouse.click(x, y);
    await expect.poll(() => heading(page).textContent()).toBe('Quartier de la gare');
    await page.close();
  });

  it('keeps the official commune contours for a later visit without network (Cache API)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const online = await openApp(browser(), '/', { inContext: context });
    await expect.poll(() => online.locator('.map-label--communes').count()).toBe(8);
    await online.close();
    const offline = await openApp(browser(), '/?at=44.79110,6.55610', { inContext: context, contours: 'down' });
    await expect.poll(() => offline.locator('.notices').textContent()).toContain('copie enregistrée lors d’une visite précédente');
    await expect.poll(() => offline.locator('.map-label--communes').count()).toBe(8);
    expect(await offline.locator('.outside__commune').textContent()).toBe("Commune : L'Argentière-la-Bessée");
    await context.close();
  });

  it('falls back to the neutral background when the basemap tiles fail', async () => {
    const style = {
      version: 8,
      sources: { plan: { type: 'vector', tiles: ['https://data.geopf.fr/tms/1.0.0/PLAN.IGN/{z}/{x}/{y}.pbf'], maxzoom: 16 } },
      layers: [{ id: 'water', type: 'fill', source: 'plan', 'source-layer': 'water', paint: { 'fill-color': '#00f' } }],
    };
    const page = await openApp(browser(), '/', {
      setup: (p) => p.route('https://data.geopf.fr/annexes/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(style) })),
    });
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Le fond de carte Plan IGN ne répond pas');
    expect(await page.getByLabel('Fond neutre (hors ligne)').isChecked()).toBe(true);
    await page.close();
  });
});

describe('phone layout (390 px)', () => {
  it('shows the panel as a bottom sheet without horizontal scrolling', async () => {
    const page = await openApp(browser(), `/${STATION_VIEW}`, { width: 390, height: 844 });
    const { x } = await mapCentre(page);
    const mapBox = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(x, mapBox.y + mapBox.height / 2);
    await expect.poll(() => heading(page).textContent()).toBe('Quartier de la gare');
    const panel = (await page.locator('.panel').boundingBox())!;
    expect(panel.width).toBe(390);
    expect(panel.y).toBeGreaterThan(844 / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('.legend').getAttribute('open')).toBeNull();
    await page.close();
  });
});

describe('language chosen earlier', () => {
  it('opens in English when English was chosen (its catalogue loads before the first render), and switches back', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const first = await openApp(browser(), '/', { inContext: context });
    await first.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => first.locator('h1').textContent()).toMatch(/^ORT map/);
    await first.close();
    const again = await openApp(browser(), '/', { inContext: context });
    expect(await again.locator('#panel-heading').textContent()).toBe('The ORT perimeter');
    await again.getByRole('button', { name: 'Passer en français' }).click();
    await expect.poll(() => again.locator('#panel-heading').textContent()).toBe('Le périmètre de l’ORT');
    await again.close();
    await context.close();
  });
});

describe('the map’s own controls', () => {
  it('speak the UI’s language, and change with it', async () => {
    const page = await openApp(browser(), '/');
    const titles = () => page.evaluate(() => ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out'].map((s) => document.querySelector(s)?.getAttribute('title') ?? ''));
    expect(await titles()).toEqual(['Zoom avant', 'Zoom arrière']);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(titles).toEqual(['Zoom in', 'Zoom out']);
    expect(await page.getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
    await page.close();
  });
});
