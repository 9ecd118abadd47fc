// "Mon logement est-il dans le périmètre ?" — what a resident does, in a real browser.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { RECORDED_GEOCODER_REPLY, sharedBrowser, openApp, seriousA11yViolations, heading } from './browser';

const browser = sharedBrowser();

const search = (page: Page) => page.getByRole('combobox', { name: 'Rechercher une adresse' });
const recordedGeocoder = (page: Page) =>
  page.route('https://data.geopf.fr/geocodage/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(RECORDED_GEOCODER_REPLY, 'utf8') }));

describe('finding a place', () => {
  it('types an address, picks the recorded reply and sees the card inside gare', async () => {
    const requests: string[] = [];
    const page = await openApp(browser(), '/', { setup: (p) => recordedGeocoder(p) });
    page.on('request', (r) => requests.push(r.url()));
    await search(page).fill('place de la gare');
    const option = page.getByRole('option', { name: /Place de la Gare 05120 L'Argentière-la-Bessée/ });
    await option.waitFor();
    // The Briançon result of the reply is outside the EPCI: filtered out.
    expect(await page.getByRole('option', { name: /Briançon/ }).count()).toBe(0);
    await option.click();
    await expect.poll(() => heading(page).textContent()).toBe('Dans le périmètre de l’ORT');
    const card = page.locator('.card');
    expect(await card.locator('.card__sector').textContent()).toBe('Secteur : Quartier de la gare');
    await expect.poll(() => card.locator('.outside__commune').textContent(), { timeout: 15_000 }).toBe("Commune : L'Argentière-la-Bessée");
    expect(await card.textContent()).toContain('Denormandie dans l’ancien');
    expect(await card.textContent()).toContain('Information indicative, ne vaut pas décision');
    expect(await card.locator('.action-item').count()).toBe(3);
    expect(await card.locator('.action-item').first().textContent()).toContain('Aménagement du parvis');
    expect(new URL(page.url()).searchParams.get('at')).toBe('44.79110,6.55611');
    const geocoderCalls = requests.filter((u) => u.includes('geocodage'));
    expect(geocoderCalls.length).toBeGreaterThanOrEqual(1);
    expect(geocoderCalls.every((u) => u.startsWith('https://data.geopf.fr/geocodage/search?'))).toBe(true);
    expect(requests.some((u) => u.includes('api-adresse.data.gouv.fr'))).toBe(false);
    await page.close();
  });

  it('says so in French when the geocoder fails, and coordinates still work', async () => {
    const page = await openApp(browser(), '/', { setup: (p) => p.route('https://data.geopf.fr/geocodage/**', (route) => route.fulfill({ status: 503, body: 'down' })) });
    await search(page).fill('rue de la gare');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('Recherche d’adresse indisponible (le service a refusé la demande). Vous pouvez');
    expect(await page.locator('#search-status').textContent()).toContain('taper des coordonnées');
    expect(await page.locator('#search-status').textContent()).not.toMatch(/HTTP|\.\)\./);
    await search(page).fill('44.7911, 6.5561');
    await page.getByRole('option', { name: /Aller à 44\.79110 N, 6\.55610 E/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Dans le périmètre de l’ORT');
    await page.close();
  });

  it('outside the perimeter: distance to the nearest sector, and the 2023 version too', async () => {
    const page = await openApp(browser(), '/?version=2023-convention&at=44.79110,6.55610');
    await expect.poll(() => heading(page).textContent()).toBe('Hors périmètre ORT');
    expect(await page.locator('.card__distance').textContent()).toMatch(/^À \d+ m du secteur Centre-bourg\.$/);
    const versions = await page.locator('.card__versions li').allTextContents();
    expect(versions).toEqual(["Selon « Convention d'ORT (avril 2023) » : hors périmètre", 'Selon « Avenant (8 novembre 2024) » : dans le secteur Quartier de la gare']);
    await page.close();
  });

  it('a click on a sector offers the answer card for the clicked place', async () => {
    const page = await openApp(browser(), '/#map=16/44.7911/6.5561');
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => heading(page).textContent()).toBe('Quartier de la gare');
    await page.getByRole('button', { name: /Mon logement est ici/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Dans le périmètre de l’ORT');
    expect(new URL(page.url()).searchParams.get('at')).toBe('44.79110,6.55610');
    await page.close();
  });

  it('flags a place within 25 m of a boundary', async () => {
    // 10 m west of the drawn gare sector's western edge.
    const page = await openApp(browser(), '/?at=44.79010,6.55277');
    await expect.poll(() => page.locator('.card__boundary').textContent()).toBe('En limite de périmètre — à confirmer auprès de la mairie.');
    await page.close();
  });

  it('can be done with the keyboard alone, from the search box to the card', async () => {
    const page = await openApp(browser(), '/');
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-input'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('argentiere');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('listbox').getByRole('option', { selected: true }).textContent()).toBe("Commune L'Argentière-la-Bessée");
    expect(await search(page).getAttribute('aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe("L'Argentière-la-Bessée");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await search(page).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('44.7911 6.5561');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Dans le périmètre de l’ORT');
    await page.keyboard.press('Escape');
    await expect.poll(() => heading(page).textContent()).toBe('Le périmètre de l’ORT');
    await page.close();
  });

  it('"Me localiser" shows the card for the device position, and a refusal in words', async () => {
    const located = await openApp(browser(), '/', { context: { geolocation: { latitude: 44.7911, longitude: 6.5561 }, permissions: ['geolocation'] } });
    await located.getByRole('button', { name: 'Me localiser' }).click();
    await expect.poll(() => heading(located).textContent()).toBe('Dans le périmètre de l’ORT');
    await located.close();
    const refused = await openApp(browser(), '/');
    await refused.getByRole('button', { name: 'Me localiser' }).click();
    await expect.poll(() => refused.locator('#search-status').textContent()).toMatch(/Localisation refusée|ne sait pas vous localiser|Position indisponible/);
    await refused.close();
  });
});

describe('sharing the answer', () => {
  it('« Copier le lien » says the link was copied, or gives it to copy by hand when the browser refuses', async () => {
    const allowed = await openApp(browser(), '/?at=44.79110,6.55610', { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await allowed.getByRole('button', { name: 'Copier le lien de cette réponse' }).click();
    await expect.poll(() => allowed.locator('.card__copied').textContent()).toBe('Lien copié dans le presse-papiers.');
    expect(await allowed.evaluate(() => navigator.clipboard.readText())).toContain('at=44.79110,6.55610');
    await allowed.close();
    const refused = await openApp(browser(), '/?at=44.79110,6.55610');
    await refused.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await refused.getByRole('button', { name: 'Copier le lien de cette réponse' }).click();
    const link = refused.getByLabel('Copie impossible ici ; sélectionnez et copiez ce lien :');
    await link.waitFor();
    expect(await link.inputValue()).toContain('at=44.79110,6.55610');
    await refused.close();
  });
});

describe('without the map', () => {
  it('the list view gives every sector and action, filtered, sorted, sharing the selection', async () => {
    const page = await openApp(browser(), '/');
    await page.getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => page.locator('#list-title').textContent()).toBe('Secteurs et actions (Avenant (8 novembre 2024))');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('list-title');
    const rows = page.locator('.list-view__table tbody tr');
    expect(await rows.count()).toBe(24);
    await page.locator('.list-view').getByLabel('Mobilité').uncheck();
    expect(await rows.count()).toBe(19);
    await page.getByRole('button', { name: 'Trier par Statut' }).click();
    expect(await rows.first().locator('.badge--status').textContent()).toBe('Programmée');
    await page.getByRole('button', { name: 'Trier par Statut' }).click();
    expect(await rows.first().locator('.badge--status').textContent()).toBe('Réalisée');
    await page.locator('.list-view__table').getByRole('button', { name: 'Aire de covoiturage de La Roche-de-Rame' }).waitFor({ state: 'detached' });
    await page
      .locator('.list-view__table')
      .getByRole('button', { name: /Étude du cœur de village de Champcella/ })
      .click();
    await expect.poll(() => heading(page).textContent()).toBe('Étude du cœur de village de Champcella');
    const params = new URL(page.url()).searchParams;
    expect([params.get('view'), params.get('action')]).toEqual(['liste', 'coeur-village-champcella']);
    expect(await page.locator('.list-view__table tr.is-selected').getAttribute('data-action')).toBe('coeur-village-champcella');
    await page.close();
  });
});

describe('language and layout', () => {
  it('switches to English and remembers it', async () => {
    const page = await openApp(browser(), '/?sector=gare');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('ORT map — Pays des Écrins');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.panel__introduced').textContent()).toBe('Added by: Amendment (8 November 2024)');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('ORT map — Pays des Écrins');
    expect(await page.getByRole('combobox', { name: 'Search for an address' }).count()).toBe(1);
    await page.close();
  });

  it('says why a service failed in English words too (never the browser’s own)', async () => {
    const page = await openApp(browser(), '/', { contours: 'down' });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Commune boundaries unavailable (the service cannot be reached).');
    expect(await page.locator('.notices').textContent()).not.toMatch(/Impossible de joindre|Failed to fetch|TypeError/);
    await page.close();
  });

  it('at 390 px: search on top, the card as a bottom sheet, no horizontal scroll', async () => {
    const page = await openApp(browser(), '/?at=44.79110,6.55610', { width: 390, height: 844 });
    await expect.poll(() => heading(page).textContent()).toBe('Dans le périmètre de l’ORT');
    const searchBox = (await search(page).boundingBox())!;
    expect(searchBox.y).toBeLessThan(120);
    expect(searchBox.x + searchBox.width).toBeLessThanOrEqual(390);
    const panel = (await page.locator('.panel').boundingBox())!;
    expect(panel.y).toBeGreaterThan(844 / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('the check itself catches a violation (a button without a name)', async () => {
    const page = await openApp(browser(), '/');
    await page.evaluate(() => document.querySelector('.panel')!.appendChild(document.createElement('button')));
    expect((await seriousA11yViolations(page)).join('\n')).toContain('button-name (critical)');
    await page.close();
  });

  it.each([
    ['the map', '/'],
    ['a sector panel', '/?sector=gare'],
    ['an action panel', '/?action=opah-ru'],
    ['the list view', '/?view=liste'],
    ['the answer card', '/?at=44.79110,6.55610'],
  ])('%s has no serious or critical violation', async (_name, path) => {
    const page = await openApp(browser(), path);
    await page.locator('.map-label--communes').first().waitFor({ state: 'attached' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
