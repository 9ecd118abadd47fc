// npm run bench:lighthouse — Lighthouse 12.2.3 (the last that runs on Node 20) on the built app,
// served gzipped from this machine, in Debian's Chromium, offline (every host but this one fails
// at once, as in the browser tests): mobile (Lighthouse's default: Moto G Power, simulated slow
// 4G and 4× CPU slowdown) and desktop, median of 3 runs each, side by side with the bare MapLibre
// page of bench:paint (bare-page.ts: the sectors and nothing else) in the same runs. Needs `npm run
// build` first.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { median } from './median';
import { serveStatic } from './static-server';
import { bareRoute } from './bare-page';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const RUNS = Number(process.env.RUNS ?? 3);
const PATH = process.env.BENCH_PATH ?? '/';
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ manquant : lancez npm run build');

interface Run {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  failedA11y: string[];
}

const { server, base } = await serveStatic(ROOT, DIST, bareRoute);
// The bare page shows the view the app opens on (its sectors framed).
const PAGES = { 'carte-ort': PATH, 'bare MapLibre': '/bare/#map=15/44.7935/6.5585' } as const;
type Page = keyof typeof PAGES;
type Form = 'mobile' | 'desktop';
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const results = new Map<string, Run[]>();
try {
  for (let r = 0; r < RUNS; r++)
    for (const page of Object.keys(PAGES) as Page[])
      for (const form of ['mobile', 'desktop'] as const) {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] };
        const result = await lighthouse(`${base}${PAGES[page]}`, flags, form === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const key = `${page} ${form}`;
        results.set(key, [
          ...(results.get(key) ?? []),
          {
            performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
            accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
            fcp: metric('first-contentful-paint'),
            lcp: metric('largest-contentful-paint'),
            tbt: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
            si: metric('speed-index'),
            failedA11y: (lhr.categories.accessibility?.auditRefs ?? []).filter((a) => a.weight > 0 && lhr.audits[a.id]?.score === 0).map((a) => a.id),
          },
        ]);
      }
} finally {
  await chrome.kill();
  server.close();
}

console.log(
  `bench-lighthouse — Lighthouse 12.2.3, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; Debian Chromium headless, offline, gzipped, median of ${RUNS}`,
);
console.log(
  `  ${'page'.padEnd(22)} ${'performance'.padStart(11)} ${'FCP'.padStart(8)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)} ${'SI'.padStart(8)} ${'accessibility'.padStart(13)}`,
);
for (const page of Object.keys(PAGES) as Page[])
  for (const form of ['mobile', 'desktop'] as Form[]) {
    const runs = results.get(`${page} ${form}`) ?? [];
    const m = (key: keyof Omit<Run, 'failedA11y'>) => median(runs.map((x) => x[key]));
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `  ${`${page} ${form}`.padEnd(22)} ${String(m('performance')).padStart(11)} ${s(m('fcp')).padStart(8)} ${s(m('lcp')).padStart(8)} ${`${m('tbt').toFixed(0)} ms`.padStart(8)} ${m('cls').toFixed(2).padStart(6)} ${s(m('si')).padStart(8)} ${String(m('accessibility')).padStart(13)}`,
    );
    const failed = [...new Set(runs.flatMap((x) => x.failedA11y))];
    if (failed.length) console.log(`           accessibility audits failed: ${failed.join(', ')}`);
  }
console.log(`  url: ${base}${PATH}; targets (carte-ort): mobile LCP ≤ 2.5 s and performance ≥ 75; desktop performance ≥ 95; accessibility 100 on both`);
