// The programme kept current from a spreadsheet (issue 18): a copy of the build is served, its
// geodata/suivi.csv replaced as the team would on the host, and the page reloaded.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { openApp, sharedBrowser } from './browser';
import { spawnSync } from 'node:child_process';

/** The text of a PDF, as poppler reads it. */
const poppler = (tool: string, ...args: string[]) => spawnSync(tool, args, { encoding: 'utf8' }).stdout;
const pdfText = (file: string) => poppler('pdftotext', file, '-');

const browser = sharedBrowser();
const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'carte-ort-dist-'));
const table = join(copy, 'geodata/suivi.csv');
const builtTable = readFileSync(resolve(ROOT, 'geodata/suivi.csv'));
const afterCopil = resolve(ROOT, 'tests/fixtures/suivi/excel-fr-windows-1252.csv');
let server: PreviewServer;
let baseUrl = '';

beforeAll(async () => {
  cpSync(resolve(ROOT, 'dist'), copy, { recursive: true });
  server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: copy }, preview: { port: 0, host: '127.0.0.1', open: false } });
  baseUrl = server.resolvedUrls!.local[0]!;
});
afterAll(() => server.close());

/** The project's table with line 3's status replaced by a word that is not one. */
/** Text with the spaces French typography puts in numbers (narrow no-break) as plain spaces. */
const words = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const brokenTable = () =>
  Buffer.from(
    builtTable
      .toString('utf8')
      .split('\r\n')
      .map((row, i) => (i === 2 ? row.replace(';En cours;', ';Finie;') : row))
      .join('\r\n'),
  );

describe('the action table published on the host (geodata/suivi.csv)', () => {
  it('a replaced table shows at the next visit: new status and its date, new budget, what moved since the last COPIL; no notice', async () => {
    copyFileSync(afterCopil, table);
    const page = await openApp(browser(), '/?action=logements-communaux', { baseUrl });
    await expect.poll(() => page.locator('.panel .badge--status').first().textContent(), { timeout: 15_000 }).toBe('En cours');
    expect(await page.locator('.action-detail__since').textContent()).toBe('En cours depuis le 12 mars 2026');
    await page.goto(new URL('/?action=parvis-gare', baseUrl).href);
    await expect.poll(async () => words(await page.locator('.panel .facts').textContent()), { timeout: 15_000 }).toContain('350 000 €');
    await page.goto(new URL('/', baseUrl).href);
    const moved = page.locator('.panel .moved-since-copil');
    await expect.poll(() => moved.textContent(), { timeout: 15_000 }).toContain('Depuis le dernier COPIL (16 janvier 2026)');
    expect(await moved.locator('li').allTextContents()).toEqual([
      'Rénovation des logements locatifs communaux : passée en cours le 12 mars 2026',
      'Requalification de la place du kiosque (esplanade Pierre-Auguste Giraud) : programmée le 5 février 2026',
    ]);
    expect(await page.locator('[data-notice="suivi"]').count()).toBe(0);
    await page.close();
  });

  it('a broken table: the built figures, a notice with their date, and ?verifier names line, column and value', async () => {
    writeFileSync(table, brokenTable());
    const page = await openApp(browser(), '/?action=logements-communaux', { baseUrl });
    const notice = page.locator('[data-notice="suivi"]');
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toMatch(/^Le tableau de suivi publié n’a pas pu être lu : la carte montre l’avancement du \d{1,2}/);
    expect(await page.locator('.panel .badge--status').first().textContent()).toBe('Programmée');
    await notice.getByRole('button', { name: 'Voir les problèmes du tableau' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/[?&]verifier(&|#|$)/);
    const problems = page.locator('.verifier__problems li');
    await expect
      .poll(() => problems.allTextContents(), { timeout: 15_000 })
      .toEqual(['suivi.csv : ligne 3, colonne « statut » : « Finie » ; attendu : En étude, Programmée, En cours ou Réalisée']);
    await page.close();
  });

  it('the COPIL sheet (PDF) and the printed page say what moved since the last COPIL, from the table published today', async () => {
    copyFileSync(afterCopil, table);
    const page = await openApp(browser(), '/', { baseUrl, context: { acceptDownloads: true } });
    await page.locator('.panel .moved-since-copil li').first().waitFor({ timeout: 15_000 });
    await page.locator('.share-menu summary').click();
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Fiche PDF', exact: true }).click()]);
    const moved = 'Rénovation des logements locatifs communaux : passée en cours le 12 mars 2026';
    expect(words(pdfText((await pdf.path())!)).replace(/\s+/g, ' ')).toContain(moved);
    // Printed (Ctrl+P, « Imprimer »): the overview's « Depuis le dernier COPIL » list is on paper.
    const listed = (await page.locator('.panel .moved-since-copil li').first().textContent())!.replace(/\s+/g, ' ').trim();
    const printed = join(copy, 'print.pdf');
    writeFileSync(printed, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(words(pdfText(printed)).replace(/\s+/g, ' ')).toContain(listed);
    await page.close();
  });

  it('the downloaded table round-trips (the same bytes, no change); an edited one is previewed before publication', async () => {
    copyFileSync(resolve(ROOT, 'geodata/suivi.csv'), table);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await openApp(browser(), '/?view=programme', { baseUrl, inContext: context });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le tableau de suivi' }).click()]);
    expect(file.suggestedFilename()).toBe('suivi.csv');
    const downloaded = readFileSync((await file.path())!);
    expect(downloaded.equals(builtTable)).toBe(true);
    const input = page.locator('.table-tools input[type="file"]');
    await input.setInputFiles({ name: 'suivi.csv', mimeType: 'text/csv', buffer: downloaded });
    await expect.poll(() => page.locator('.table-check').textContent()).toBe('Aucun changement par rapport au tableau en ligne.');
    await input.setInputFiles(afterCopil);
    await expect
      .poll(async () => (await page.locator('.table-check li').allTextContents()).map(words))
      .toContain('Rénovation des logements locatifs communaux : Programmée → En cours (depuis le 12 mars 2026)');
    expect((await page.locator('.table-check li').allTextContents()).map(words)).toContain(
      'Aménagement du parvis et de la place de la Gare : budget non communiqué (convention d’ORT) → 350 000 €',
    );
    // A status whose date alone changes is said so, not as « Réalisée → Réalisée ».
    expect((await page.locator('.table-check li').allTextContents()).map(words)).toContain(
      'Étude de programmation urbaine du centre-bourg : même statut, date du statut non renseignée → 15 décembre 2025',
    );
    // Checked, not published: the map still shows the table online.
    expect(await page.locator('[data-suivi]').count()).toBe(0);
    await input.setInputFiles({ name: 'suivi.csv', mimeType: 'text/csv', buffer: brokenTable() });
    await expect.poll(() => page.locator('.table-check').textContent()).toContain('« suivi.csv » serait refusé (1 problème)');
    await page.close();
    await context.close();
  });
});
