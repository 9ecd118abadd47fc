// A second territory, built from its own geodata folder (tests/fixtures/guillestrois, scaffolded by
// `npm run geodata:new -- --epci 200067452 --pvd 05065`; built by `npm run build:fixture`), offline
// with the reference contours: its title, its 15 communes, a resident's card in Guillestre, the
// list view, and not a word of the first territory anywhere on the page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();
const territory = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/guillestrois/territory.json'), 'utf8'));
const [lon, lat] = territory.villeCentre.centre as [number, number];
const TITLE = 'Carte de l’ORT — CC du Guillestrois et du Queyras';

/** Every word of the page (text, attributes, the document's title): none may name the first territory. */
const pageMentions = async (page: Page, word: RegExp) => word.test(`${await page.title()} ${await page.content()}`);

describe('a second territory, from data alone: CC du Guillestrois et du Queyras', () => {
  it('has its own title and its 15 communes on the map, and nothing of the Pays des Écrins', async () => {
    const page = await openApp(browser(), '/', { territory: 'guillestrois' });
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.title()).toBe(TITLE);
    await expect.poll(() => page.locator('.map-label--communes').count()).toBe(15);
    expect(await page.locator('.map-label--communes', { hasText: 'Guillestre' }).count()).toBe(1);
    expect(await page.locator('.map-label--sectors').first().textContent()).toBe('Guillestre — à délimiter');
    expect(await page.locator('.timeline__button').textContent()).toContain('Projet de périmètre (à délimiter)');
    expect(await pageMentions(page, /[ÉE]crins|Argenti[eè]re|240500462|05006/)).toBe(false);
    await page.close();
  });

  it('answers a resident in Guillestre: inside the projected sector, in the commune of Guillestre', async () => {
    const page = await openApp(browser(), `/?at=${lat.toFixed(5)},${lon.toFixed(5)}`, { territory: 'guillestrois', width: 390, height: 844 });
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe('Dans le périmètre de l’ORT');
    const card = page.locator('.card');
    expect(await card.locator('.card__sector').textContent()).toBe('Secteur : Guillestre — à délimiter');
    // The contours arrive from the (recorded) geo API after the card: up to a few seconds on a loaded machine.
    await expect.poll(() => card.locator('.outside__commune').textContent(), { timeout: 15_000 }).toBe('Commune : Guillestre');
    expect(await pageMentions(page, /[ÉE]crins|Argenti[eè]re/)).toBe(false);
    await page.close();
  });

  it('lists its sector in the list view; with the address service down, the search suggests coordinates in this territory', async () => {
    const page = await openApp(browser(), '/?view=liste', { territory: 'guillestrois' });
    await expect.poll(() => page.locator('#list-title').textContent()).toContain('Projet de périmètre (à délimiter)');
    expect(await page.locator('.list-view__sectors').textContent()).toContain('Guillestre — à délimiter');
    await page.locator('#search-input').fill('zzzz introuvable');
    await expect.poll(() => page.locator('.search').textContent()).toContain(`(ex. ${lat.toFixed(4)}, ${lon.toFixed(4)})`);
    expect(await pageMentions(page, /[ÉE]crins|Argenti[eè]re/)).toBe(false);
    await page.close();
  });
});
