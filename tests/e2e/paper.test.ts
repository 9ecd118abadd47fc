// Paper (issue 20): the browser's own print (Ctrl+P, and « Imprimer », which calls it) prints the
// view shown, map included, on desktop and phone. page.pdf() is Chromium's print: it fires
// `beforeprint` and lays the page out with the print stylesheet, as Ctrl+P does.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();
const poppler = (tool: string, ...args: string[]) => {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool}: ${r.stderr}`);
  return r.stdout;
};

/** Prints the page as Ctrl+P would; returns its text (lines joined), pages and images' widths. */
async function print(page: Page): Promise<{ text: string; pages: number; imageWidths: number[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'carte-ort-paper-')), 'print.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
  const imageWidths = poppler('pdfimages', '-list', file)
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/).map(Number))
    // Map pictures only (not the small rasters of text shadows).
    .filter((cells) => cells[4]! >= 200)
    .map((cells) => cells[3]!);
  return { text: poppler('pdftotext', file, '-').replace(/\s+/g, ' '), pages, imageWidths };
}

describe('printing the view shown (Ctrl+P)', () => {
  it.each([
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ])('on a %s, a selected sector prints with its title, the version, the map as a picture and the legend', async (_kind, width, height) => {
    const page = await openApp(browser(), '/?version=2024-avenant&sector=gare', { width, height });
    const mapWidth = await page.locator('#map').evaluate((el) => el.clientWidth);
    const { text, pages, imageWidths } = await print(page);
    expect(text).toContain('Carte de l’ORT — Pays des Écrins');
    expect(text).toContain('Périmètre : Avenant (8 novembre 2024)');
    expect(text).toContain('Quartier de la gare');
    expect(text).toContain('Actions dans ce secteur (3)');
    expect(text).toContain('Secteur du périmètre ORT');
    // The map: one picture at print resolution (twice the screen's pixels), with its scale.
    expect(Math.max(...imageWidths)).toBe(mapWidth * 2);
    expect(text).toMatch(/\d+ (m|km)/);
    expect(pages).toBeLessThanOrEqual(2);
    // Nothing of the screen's controls on paper.
    expect(text).not.toContain('Nouvelle version');
    expect(text).not.toContain('Rechercher une adresse');
    // Printing leaves the screen as it was: the picture is gone again.
    expect(await page.locator('.map-print').count()).toBe(0);
    await page.close();
  });

  it('« Imprimer » in the Partager menu opens the same print', async () => {
    const page = await openApp(browser(), '/?sector=gare');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.locator('.share-menu summary').click();
    await page.getByRole('button', { name: 'Imprimer', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });

  it('a resident’s answer prints as their sheet: the place, outside, the nearest sector, what it means, the link', async () => {
    const page = await openApp(browser(), '/?at=44.79900,6.55600', { width: 390, height: 844 });
    await page.locator('.card__distance').waitFor();
    await page.locator('#map[data-map-idle="true"]').waitFor({ state: 'attached' });
    const { text, imageWidths } = await print(page);
    expect(text).toContain('Hors périmètre ORT');
    expect(text).toMatch(/À \d+ m du secteur Centre-bourg\./);
    expect(text).toContain('Ce que cela veut dire pour vous');
    expect(text).toContain('Cette réponse en ligne : http');
    expect(text).not.toContain('Copier le lien');
    expect(imageWidths.length).toBeGreaterThan(0);
    await page.close();
  });

  it('the printed map holds the pin and the nearest sector’s name, and its scale bar agrees with MapLibre’s', async () => {
    const page = await openApp(browser(), '/?at=44.79900,6.55600');
    await page.locator('.card__distance').waitFor();
    await page.locator('#map[data-map-idle="true"]').waitFor({ state: 'attached' });
    const figure = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const f = document.querySelector('.map-print')!;
      const bar = f.querySelector<HTMLElement>('.map-print__bar')!;
      const scale = document.querySelector<HTMLElement>('.maplibregl-ctrl-scale')!;
      const result = {
        pin: f.querySelectorAll('.map-pin').length,
        labels: [...f.querySelectorAll('.map-label')].map((l) => l.textContent),
        barShare: parseFloat(bar.style.width) / 100,
        barText: f.querySelector('.map-print__scale')!.textContent!.trim(),
        mapWidth: document.getElementById('map')!.clientWidth,
        control: { px: parseFloat(scale.style.width), text: scale.textContent! },
      };
      window.dispatchEvent(new Event('afterprint'));
      return result;
    });
    expect(figure.pin).toBe(1);
    expect(figure.labels).toContain('Centre-bourg');
    const metres = (t: string) => {
      const [, n, unit] = /([\d.,]+)\s*(km|m)/.exec(t)!;
      return Number(n!.replace(',', '.')) * (unit === 'km' ? 1000 : 1);
    };
    const printedMetresPerPx = metres(figure.barText) / (figure.barShare * figure.mapWidth);
    const maplibreMetresPerPx = metres(figure.control.text) / figure.control.px;
    expect(printedMetresPerPx / maplibreMetresPerPx).toBeGreaterThan(0.97);
    expect(printedMetresPerPx / maplibreMetresPerPx).toBeLessThan(1.03);
    await page.close();
  });

  it('the list view prints every action, names in full', async () => {
    const page = await openApp(browser(), '/?view=liste');
    const titles = await page.locator('.list-view__table tbody th').allTextContents();
    expect(titles.length).toBe(24);
    const { text } = await print(page);
    expect(text).toContain('Actions (24 sur 24)');
    // pdftotext joins a word cut at its hyphen across lines (« centre-/bourg »): compared without them.
    const bare = (t: string) => t.replace(/[\s-]/g, '');
    for (const title of titles) expect(bare(text)).toContain(bare(title));
    await page.close();
  });

  it('the programme view prints its steps and figures', async () => {
    const page = await openApp(browser(), '/?view=programme');
    await page.locator('.programme-view').waitFor();
    const { text } = await print(page);
    expect(text).toContain('Le programme en un coup d’œil');
    expect(text).toContain('Bilan du 16 janvier 2026');
    expect(text.replace(/\s/g, '')).toContain('2918550€');
    await page.close();
  });

  it('a comparison prints its title, its map and its report; an extension scenario its map and figures', async () => {
    const compare = await openApp(browser(), '/?compare=2023-convention,2024-avenant&mode=cote-a-cote');
    await compare.locator('#compare-maps[data-compare-ready="true"]').waitFor({ state: 'attached' });
    const printed = await print(compare);
    expect(printed.text).toContain('Comparaison : Convention d’ORT (avril 2023) → Avenant (8 novembre 2024)'.replace('d’ORT', "d'ORT"));
    expect(printed.text).toContain('Périmètre total');
    // Side by side: both maps on paper.
    expect(printed.imageWidths.filter((w) => w > 500).length).toBe(2);
    await compare.close();

    const extension = await openApp(browser(), '/?extension=05063');
    const { text, imageWidths } = await print(extension);
    expect(text).toContain('Extension intercommunale à partir de Avenant (8 novembre 2024)');
    expect(text).toContain('Total après');
    expect(imageWidths.filter((w) => w > 500).length).toBe(1);
    await extension.close();
  });
});
