// npm run bench:paint — the app's first sector paint against a bare MapLibre page drawing the
// same sectors, side by side in one run, in headless Chromium, offline (every host but this
// machine fails to resolve). Needs `npm run build` first.
//
// What the user sees, measured the same way on both pages: after every animation frame, a probe
// injected by this script (not by the app) reads the WebGL canvas's pixels at points inside each
// sector (gl.readPixels, in the frame's own task, before the buffer is shown); the first frame
// where every sector in view shows its colour is "first sector paint". The reference is the
// fastest page a developer would write (bare-page.ts): MapLibre with the sectors inline in its
// style from the start (no second request, no `load` wait), in the app's colours.
//
// Both pages are served by the same local server (gzip, like any static host), each load in a
// fresh browser context (cold cache), alternated, median of 7. Printed for each: first sector
// paint, gzip bytes of JavaScript requested before it, main-thread long tasks before it, and
// main-thread heap after a forced garbage collection, at that paint and once settled (3 s later:
// what the page goes on holding, with what it loads after its first paint).
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median } from './median';
import { gzipped, serveStatic } from './static-server';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import { bareRoute, inForce, sectors } from './bare-page';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const RUNS = Number(process.env.RUNS ?? 7);
const VIEW = '#map=15/44.7935/6.5585';
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ manquant : lancez npm run build');

// The sectors, and points inside each for the probe (a 7 × 7 grid over each sector's box, kept
// when inside it): a sector counts as painted when one of its points shows the sector's colour.
const probePoints = sectors.features.map((f) => {
  const [w, s, e, n] = bbox(f);
  const inside: [number, number][] = [];
  for (let i = 1; i < 8; i++)
    for (let j = 1; j < 8; j++) if (booleanPointInPolygon([w + ((e - w) * i) / 8, s + ((n - s) * j) / 8], f)) inside.push([w + ((e - w) * i) / 8, s + ((n - s) * j) / 8]);
  return inside;
});

/**
 * Runs in each page before its scripts: remembers WebGL contexts, and after every animation
 * frame reads the canvas at the probe points (positions from the #map=zoom/lat/lon view, Web
 * Mercator with 512 px tiles, centred on the canvas). Marks `bench:sector-pixels` on the first
 * frame where every sector in view shows its colour (red clearly above green: the sector tint
 * over the pale background, the same colour and opacity on both pages; not an orange marker).
 */
function pixelProbe(points: [number, number][][]): void {
  const contexts: { canvas: HTMLCanvasElement; gl: WebGLRenderingContext }[] = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, attrs?: unknown) {
    const ctx = (getContext as (this: HTMLCanvasElement, t: string, a?: unknown) => unknown).call(this, type, attrs);
    if (ctx && /webgl/.test(type) && !contexts.some((c) => c.gl === ctx)) contexts.push({ canvas: this, gl: ctx as WebGLRenderingContext });
    return ctx;
  } as typeof getContext;
  const view = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(location.hash)!.slice(1).map(Number) as [number, number, number];
  const world = 512 * 2 ** view[0];
  const mx = (lon: number) => ((lon + 180) / 360) * world;
  const my = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  const pixel = new Uint8Array(4);
  let done = false;
  const check = () => {
    for (const { canvas, gl } of contexts) {
      const box = canvas.getBoundingClientRect();
      if (done || box.width === 0) continue;
      const scale = canvas.width / box.width;
      let inView = 0;
      let painted = 0;
      for (const sector of points) {
        const visible = sector
          .map(([lon, lat]) => [box.width / 2 + mx(lon) - mx(view[2]), box.height / 2 + my(lat) - my(view[1])] as const)
          .filter(([x, y]) => x >= 0 && y >= 0 && x < box.width && y < box.height);
        if (visible.length === 0) continue;
        inView++;
        if (
          visible.some(([x, y]) => {
            gl.readPixels(Math.floor(x * scale), Math.floor(canvas.height - y * scale - 1), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
            const redOverGreen = pixel[0]! - pixel[1]!;
            return pixel[0]! > 150 && redOverGreen >= 25 && redOverGreen <= 70;
          })
        )
          painted++;
      }
      if (inView > 0 && painted === inView) {
        done = true;
        performance.mark('bench:sector-pixels');
      }
    }
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      callback(time);
      if (!done) check();
    });
}

const serve = () => serveStatic(ROOT, DIST, bareRoute);

interface Load {
  paintMs: number;
  jsBytes: number;
  longTasksMs: number;
  heapMb: number;
  settledHeapMb: number;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const markName = 'bench:sector-pixels';
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named functions in __name(): the page needs it too.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(pixelProbe, probePoints);
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    Object.assign(window, { benchLongTasks: tasks });
  });
  const js: { url: string; at: number }[] = [];
  const t0 = Date.now();
  // Requests from the page and from its workers (MapLibre's), with when they were made.
  context.on('request', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) js.push({ url: r.url(), at: Date.now() - t0 });
  });
  await page.goto(url);
  const paint = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime ?? false, markName, { timeout: 60_000, polling: 50 });
  const paintMs = (await paint.jsonValue()) as number;
  const longTasksMs = await page.evaluate(
    (at) => (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks.filter((t) => t.start < at).reduce((s, t) => s + t.duration, 0),
    paintMs,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  // JavaScript asked for before the paint (wall clock of the request vs. navigation start: close
  // enough at this scale; everything the page needed to draw is requested well before).
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  const paintWall = navigationStart + paintMs - t0;
  const before = new Set(js.filter((r) => r.at <= paintWall).map((r) => r.url));
  let jsBytes = 0;
  for (const u of before) {
    const path = new URL(u).pathname;
    const served = bareRoute(path);
    const file = served && 'file' in served ? served.file : join(DIST, path);
    if (existsSync(file)) jsBytes += gzipped(file).length;
  }
  await page.waitForTimeout(3000);
  await cdp.send('HeapProfiler.collectGarbage');
  const settled = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return { paintMs, jsBytes, longTasksMs, heapMb: heap.usedSize / 1e6, settledHeapMb: settled.usedSize / 1e6 };
}

const { server, base } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Offline by name resolution (every host but this one fails, as without a network), not by
  // intercepting requests: an intercepted request waits for this script's answer, a delay real
  // visitors do not have, paid once a request (the app makes more than the bare page).
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const pages = {
  app: { url: `${base}/?version=${inForce.id}${VIEW}` },
  bare: { url: `${base}/bare/${VIEW}` },
};
const results: Record<keyof typeof pages, Load[]> = { app: [], bare: [] };
// One warm-up of each (Chromium's own start-up), not counted.
for (const p of Object.values(pages)) await load(browser, p.url);
for (let r = 0; r < RUNS; r++) for (const name of (r % 2 ? ['bare', 'app'] : ['app', 'bare']) as (keyof typeof pages)[]) results[name].push(await load(browser, pages[name].url));
await browser.close();
server.close();

const row = (name: keyof typeof pages) => ({
  paint: median(results[name].map((l) => l.paintMs)),
  js: median(results[name].map((l) => l.jsBytes)),
  tasks: median(results[name].map((l) => l.longTasksMs)),
  heap: median(results[name].map((l) => l.heapMb)),
  settled: median(results[name].map((l) => l.settledHeapMb)),
});
const [app, bare] = [row('app'), row('bare')];
console.log(
  `bench-paint — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; headless Chromium, SwiftShader WebGL, offline, ${RUNS} alternated cold loads, medians`,
);
console.log(
  `  ${'page'.padEnd(28)} ${'first sector pixels'.padStart(18)} ${'JS before paint (gz)'.padStart(21)} ${'long tasks before'.padStart(18)} ${'heap after GC'.padStart(14)} ${'settled'.padStart(8)}`,
);
for (const [label, r] of [
  [`carte-ort ${pages.app.url.replace(base, '')}`, app],
  ['bare MapLibre + sectors', bare],
] as const)
  console.log(
    `  ${label.slice(0, 28).padEnd(28)} ${`${r.paint.toFixed(0)} ms`.padStart(18)} ${`${(r.js / 1024).toFixed(1)} KB`.padStart(21)} ${`${r.tasks.toFixed(0)} ms`.padStart(18)} ${`${r.heap.toFixed(1)} MB`.padStart(14)} ${`${r.settled.toFixed(1)} MB`.padStart(8)}`,
  );
console.log(
  `  ratios carte-ort / bare: paint ${(app.paint / bare.paint).toFixed(2)}× (target ≤ 1.3), JS before paint ${(app.js / bare.js).toFixed(2)}× (target ≤ 1.15), long tasks ${(app.tasks / Math.max(bare.tasks, 1)).toFixed(2)}×, heap at paint ${(app.heap / bare.heap).toFixed(2)}× (target ≤ 1.5), settled ${(app.settled / bare.settled).toFixed(2)}×`,
);
