// Every word a visitor reads, in each view, French and English: no « (s) », no error class or
// browser message, no unfilled placeholder, no internal id where the data has a name.
import { projectData } from '../unit/helpers';
import { encodeSharedDraft } from '../../src/services/share-link';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();

const ROOT = resolve(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'geodata', file), 'utf8'));
// Ids that have a name in the data (sectors, actions, versions: hyphenated, lowercase), except those
// the data's own sentences use as words (« … du centre-bourg »).
const files = ['actions.geojson', 'versions.json', 'programme.json', 'perimetres/2024-avenant.geojson', 'perimetres/2023-convention.geojson'];
// With the action titles (suivi.csv), which may use an id as a word too.
const dataText = [
  ...files.map((f) => readFileSync(resolve(ROOT, 'geodata', f), 'utf8').replace(/"id":\s*"[^"]*"|"version":\s*"[^"]*"|"file":\s*"[^"]*"/g, '')),
  ...projectData().actions.features.map((a) => a.properties.titre),
].join('\n');
const ids = [
  ...json('actions.geojson').features.map((f: { properties: { id: string } }) => f.properties.id),
  ...json('versions.json').versions.map((v: { id: string }) => v.id),
  ...['centre-bourg', 'friches-industrielles'],
].filter((id: string) => id.includes('-') && !dataText.includes(id));

// The project's own words, French only: in the English UI each must be marked lang="fr" where it shows.
const sectorProps = ['perimetres/2024-avenant.geojson', 'perimetres/2023-convention.geojson'].flatMap((f) =>
  json(f).features.map((s: { properties: { nom: string; description: string } }) => s.properties),
);
const actionProps = projectData().actions.features.map((a) => a.properties);
const frenchOnly = [
  ...new Set([...sectorProps.flatMap((s: { nom: string; description: string }) => [s.nom, s.description]), ...actionProps.flatMap((a) => [a.titre, a.porteur.nom])]),
];

/** The visible texts that are exactly one of `texts`: those not inside an element marked lang="fr", and how many in all. */
function frenchOnlyShown(page: Page, texts: readonly string[]): Promise<{ unmarked: string[]; shown: number }> {
  return page.evaluate((wanted) => {
    const set = new Set(wanted);
    const found: string[] = [];
    let shown = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!set.has(text) || !el?.checkVisibility()) continue;
      if (!el.closest('.map-label')) shown++;
      if (el.closest('[lang]')?.getAttribute('lang') !== 'fr') found.push(`${text} (in <${el.tagName.toLowerCase()} class="${el.className}">)`);
    }
    return { unmarked: found, shown };
  }, texts);
}

// A draft as « Partager ce brouillon (lien) » puts it in a link.
const shared = await encodeSharedDraft({ label: 'Variante gare nord', communes: ['05006'], sectors: projectData().sectorsByVersion['2024-avenant']! });
const sharedDraft = shared.ok ? shared.value : '';

const VIEWS: readonly [string, string, ((page: Page) => Promise<unknown>)?][] = [
  ['the overview', '/'],
  ['a sector', '/?sector=gare'],
  ['an action', '/?action=parvis-gare'],
  ['a place', '/?at=44.79110,6.55610'],
  ['the list', '/?view=liste'],
  ['the programme', '/?view=programme'],
  ['the extension', '/?extension=05110,05031'],
  [
    'a comparison',
    '/?compare=2023-convention,2024-avenant&mode=difference',
    (page) => page.locator('#compare-maps[data-compare-ready="true"]').waitFor({ state: 'attached', timeout: 15_000 }),
  ],
  ['a draft', '/', (page) => page.getByRole('button', { name: /Nouvelle version|New version/ }).click()],
  ['the team’s table page', '/?verifier', (page) => page.locator('[data-suivi="built"]').waitFor({ timeout: 15_000 })],
  ['a draft received by link', `/#brouillon=${sharedDraft}`, (page) => page.locator('.draft-panel__shared').waitFor({ timeout: 15_000 })],
];

async function wordsOf(page: Page): Promise<string> {
  await page.waitForTimeout(800);
  // biome-ignore lint/performance/useDomNodeTextContent: the words a visitor sees, not hidden text
  return page.evaluate(() => document.body.innerText);
}

describe.each(['fr', 'en'] as const)('every word a visitor reads (%s)', (lang) => {
  it.each(VIEWS)('in %s', async (_name, path, act) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((l: string) => localStorage.setItem('carte-ort.lang', l), lang);
    const page = await openApp(browser(), path, { inContext: context, contours: 'down' });
    await page.locator('#panel-heading').waitFor();
    if (act) await act(page);
    const text = await wordsOf(page);
    expect(text).not.toMatch(/\(s\)/);
    expect(text).not.toMatch(/TypeError|Failed to fetch|NetworkError|undefined|NaN|\[object Object\]/);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}|\{\w+, plural/);
    expect(ids.filter((id: string) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text))).toEqual([]);
    if (lang === 'en') {
      const french = await frenchOnlyShown(page, frenchOnly);
      expect(french.unmarked).toEqual([]);
      // Said in words wherever the page (map labels aside) shows the project's own French.
      if (french.shown > 0) expect(text).toContain('in French');
    }
    await page.close();
    await context.close();
  });
});
