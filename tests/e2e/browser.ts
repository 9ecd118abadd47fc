// Shared helpers for browser tests: Debian's Chromium through playwright-core, the built app,
// and recorded replies instead of the official services (none answers from these machines).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { SHARED_COMMUNES } from '../places';

export { SHARED_COMMUNES };

export const RECORDED_GEOCODER_REPLY = resolve(import.meta.dirname, '../fixtures/recorded/geopf-geocodage-search-gare.json');

/** axe-core in the page: the violations of impact serious or critical, as "rule: target" lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Served from the app's own origin: its Content-Security-Policy refuses inline scripts.
  await page.route('**/__test-axe.min.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', path: resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js') }),
  );
  await page.addScriptTag({ url: '/__test-axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  /** 'recorded': geo.api.gouv.fr answers with the official contours file; 'down': it fails. */
  readonly contours?: 'recorded' | 'down';
  /** Extra routes, e.g. a basemap style, installed before the page loads. */
  readonly setup?: (page: Page) => Promise<unknown>;
  /** Browser context options: geolocation, permissions, locale… */
  readonly context?: BrowserContextOptions;
  /** Open in this existing context (shared cache and storage), e.g. to revisit the app offline. */
  readonly inContext?: BrowserContext;
  /** Which build: the project's (geodata/) or the second territory's (tests/fixtures/guillestrois). */
  readonly territory?: 'project' | 'guillestrois';
  /** Another server of a build (a copy whose files a test replaces). */
  readonly baseUrl?: string;
}

/** Opens the built app at `path` (query and hash), with every non-local request blocked unless recorded. */
export async function openApp(browser: Browser, path: string, options: OpenOptions = {}): Promise<Page> {
  const page = options.inContext
    ? await options.inContext.newPage()
    : await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, deviceScaleFactor: 1, ...options.context });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  Object.assign(page, { errorsSeen: errors });
  // The app runs under its Content-Security-Policy (sent by the preview server and in a <meta>):
  // any violation fails the test when it closes the page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // A word asked before its part of the catalogue was loaded shows as nothing (i18n/index.ts): any
  // such miss fails the test when it closes the page.
  const missingWords: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('i18n:')) missingWords.push(m.text());
  });
  const close = page.close.bind(page);
  page.close = async (options) => {
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []).catch(() => [] as string[]);
    await close(options);
    if (violations.length) throw new Error(`Content-Security-Policy violations: ${violations.join(' | ')}`);
    if (missingWords.length) throw new Error(`Words not loaded: ${missingWords.join(' | ')}`);
  };
  await page.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.abort('internetdisconnected'),
  );
  if ((options.contours ?? 'recorded') === 'recorded') {
    const body = readFileSync(SHARED_COMMUNES, 'utf8');
    await page.route('https://geo.api.gouv.fr/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  await options.setup?.(page);
  await page.goto(new URL(path, options.baseUrl ?? inject(options.territory === 'guillestrois' ? 'guillestroisUrl' : 'baseUrl')).href);
  await page.locator('#map[data-map-idle="true"]').waitFor({ state: 'attached' });
  return page;
}

/** Run an action that makes the map render again, and wait until it has settled. */
export async function afterRender(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => (document.getElementById('map')!.dataset.mapIdle = 'waiting'));
  await action();
  await page.locator('#map[data-map-idle="true"]').waitFor({ state: 'attached' });
}

/** Colour of one pixel of the map, as a user would see it. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const box = (await page.locator('#map').boundingBox())!;
  const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x + x, y: box.y + y, width: 1, height: 1 } }));
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

/** How many distinct colours the map area shows: a blank or failed canvas shows one or two. */
export async function distinctColours(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('#map canvas').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  return colours.size;
}

export const hex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
export function near(a: readonly number[], b: string, tolerance = 12): boolean {
  const target = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return a.every((c, i) => Math.abs(c - target[i]!) <= tolerance);
}

/** Centre of the map container in page coordinates (where a point given in #map=z/lat/lon lies). */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#map').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Where a place appears on the page, for a map opened with #map=zoom/lat/lon (Web Mercator with
 * MapLibre's 512 px tiles): lets a test click or drag exactly on a vertex or a point.
 */
export async function pageXY(page: Page, view: { zoom: number; lat: number; lon: number }, lon: number, lat: number, selector = '#map'): Promise<{ x: number; y: number }> {
  const box = (await page.locator(selector).boundingBox())!;
  const world = 512 * 2 ** view.zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: box.x + box.width / 2 + mx(lon) - mx(view.lon), y: box.y + box.height / 2 + my(lat) - my(view.lat) };
}

/** Colours of one canvas, counted by a predicate on [r, g, b]. */
export async function countPixels(page: Page, selector: string, predicate: (rgb: [number, number, number]) => boolean): Promise<number> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (predicate([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!])) n++;
  return n;
}

/** One Chromium for the whole test file, closed at the end. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The panel's title (what a screen reader announces when the panel changes). */
export const heading = (page: Page) => page.locator('#panel-heading');

/** The digits of a figure as shown (« 1 234 567 € » → "1234567"), whatever the separators. */
export const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');
