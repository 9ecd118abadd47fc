// npm run bench:paint — the app's first sector paint against a bare MapLibre page drawing the
// same sectors, side by side in one run, in headless Chromium, offline (every request off this
// machine is refused, as in the browser tests). Needs `npm run build` first.
//
// Both pages are served by the same local server (gzip, like any static host), each load in a
// fresh browser context (cold cache), alternated, median of 7. Printed for each: time to the
// first frame showing a sector (User Timing mark), gzip bytes of JavaScript fetched before it,
// main-thread long tasks before it, and main-thread heap after a forced garbage collection.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const MAPLIBRE = resolve(ROOT, 'node_modules/maplibre-gl/dist');
const RUNS = Number(process.env.RUNS ?? 7);
const VIEW = '#map=15/44.7935/6.5585';
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ manquant : lancez npm run build');

const versions = JSON.parse(readFileSync(resolve(ROOT, 'geodata/versions.json'), 'utf8')).versions as { id: string; file: string; etat: string }[];
const inForce = versions.find((v) => v.etat === 'en-vigueur')!;

// The reference: what a developer writes to show the sectors with MapLibre and nothing else.
const BARE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MapLibre seul</title><link rel="stylesheet" href="./maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const map = new maplibregl.Map({ container: 'map', hash: 'map', style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef0eb' } }] } });
map.on('load', () => {
  map.addSource('sectors', { type: 'geojson', data: './sectors.geojson' });
  map.addLayer({ id: 'sectors-fill', type: 'fill', source: 'sectors', paint: { 'fill-color': '#2a6f97', 'fill-opacity': 0.25 } });
  map.addLayer({ id: 'sectors-line', type: 'line', source: 'sectors', paint: { 'line-color': '#2a6f97', 'line-width': 2 } });
});
const mark = () => {
  if (map.queryRenderedFeatures({ layers: ['sectors-fill'] }).length === 0) return;
  performance.mark('bare:sectors-painted');
  map.off('render', mark);
};
map.on('render', () => map.getLayer('sectors-fill') && mark());
</script></body></html>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const gzCache = new Map<string, Buffer>();
const gzipped = (file: string) => gzCache.get(file) ?? gzCache.set(file, gzipSync(readFileSync(file))).get(file)!;

function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    let file: string | null = null;
    let body: string | null = null;
    if (path === '/bare/' || path === '/bare/index.html') body = BARE_PAGE;
    else if (path === '/bare/sectors.geojson') file = resolve(ROOT, 'geodata', inForce.file);
    else if (path.startsWith('/bare/')) file = join(MAPLIBRE, path.slice('/bare/'.length));
    else file = join(DIST, path === '/' ? 'index.html' : path);
    if (file && (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile())) {
      res.writeHead(404).end();
      return;
    }
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/html';
    res.setHeader('content-type', type);
    if (body !== null) return res.end(body);
    // Compressed like a static host would; sizes below are these gzip bytes.
    if (/javascript|json|css|svg|html/.test(type)) {
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipped(file!));
    }
    createReadStream(file!).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

interface Load {
  paintMs: number;
  jsBytes: number;
  longTasksMs: number;
  heapMb: number;
}

async function load(browser: Browser, url: string, markName: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.route(
    (u) => !['127.0.0.1', 'localhost'].includes(u.hostname),
    (route) => route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
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
    const file = path.startsWith('/bare/') ? join(MAPLIBRE, path.slice(6)) : join(DIST, path);
    if (existsSync(file)) jsBytes += gzipped(file).length;
  }
  await context.close();
  return { paintMs, jsBytes, longTasksMs, heapMb: heap.usedSize / 1e6 };
}

const { server, base } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
const pages = {
  app: { url: `${base}/?version=${inForce.id}${VIEW}`, mark: 'carte-ort:sectors-painted' },
  bare: { url: `${base}/bare/${VIEW}`, mark: 'bare:sectors-painted' },
};
const results: Record<keyof typeof pages, Load[]> = { app: [], bare: [] };
// One warm-up of each (Chromium's own start-up), not counted.
for (const p of Object.values(pages)) await load(browser, p.url, p.mark);
for (let r = 0; r < RUNS; r++)
  for (const name of (r % 2 ? ['bare', 'app'] : ['app', 'bare']) as (keyof typeof pages)[]) results[name].push(await load(browser, pages[name].url, pages[name].mark));
await browser.close();
server.close();

const row = (name: keyof typeof pages) => ({
  paint: median(results[name].map((l) => l.paintMs)),
  js: median(results[name].map((l) => l.jsBytes)),
  tasks: median(results[name].map((l) => l.longTasksMs)),
  heap: median(results[name].map((l) => l.heapMb)),
});
const [app, bare] = [row('app'), row('bare')];
console.log(
  `bench-paint — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; headless Chromium, SwiftShader WebGL, offline, ${RUNS} alternated cold loads, medians`,
);
console.log(
  `  ${'page'.padEnd(28)} ${'first sector paint'.padStart(18)} ${'JS before paint (gz)'.padStart(21)} ${'long tasks before'.padStart(18)} ${'heap after GC'.padStart(14)}`,
);
for (const [label, r] of [
  [`carte-ort ${pages.app.url.replace(base, '')}`, app],
  ['bare MapLibre + sectors', bare],
] as const)
  console.log(
    `  ${label.slice(0, 28).padEnd(28)} ${`${r.paint.toFixed(0)} ms`.padStart(18)} ${`${(r.js / 1024).toFixed(1)} KB`.padStart(21)} ${`${r.tasks.toFixed(0)} ms`.padStart(18)} ${`${r.heap.toFixed(1)} MB`.padStart(14)}`,
  );
console.log(
  `  ratios carte-ort / bare: paint ${(app.paint / bare.paint).toFixed(2)}× (target ≤ 1.3), JS before paint ${(app.js / bare.js).toFixed(2)}× (target ≤ 1.15), long tasks ${(app.tasks / Math.max(bare.tasks, 1)).toFixed(2)}×, heap ${(app.heap / bare.heap).toFixed(2)}×`,
);
