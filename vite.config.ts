import { defineConfig, type Plugin } from 'vite';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
// With its extension: Vite's native config loader (its future default) reads the file as it is.
import { contentSecurityPolicy as policyFor, staticHeaders, TABLE_HEADERS } from './src/csp.ts';
import { createHash } from 'node:crypto';

/** The action table's file name in a geodata folder (src/data/suivi.ts SUIVI_FILE). */
const SUIVI_FILE = 'suivi.csv';

// The territory: any geodata folder (GEODATA_DIR=<dir> npm run build / npm start), geodata/ by
// default. The app reads it through the `@geodata` alias (src/data/bundled-geodata.ts).
const GEODATA_DIR = resolve(import.meta.dirname, process.env.GEODATA_DIR || 'geodata');

/** The action table's own address, when territory.json names one (Grist, a spreadsheet service). */
const tableUrl = (JSON.parse(readFileSync(resolve(GEODATA_DIR, 'territory.json'), 'utf8')) as { suivi?: { url: string } }).suivi?.url;
const CONTENT_SECURITY_POLICY = policyFor(tableUrl);
const STATIC_HEADERS = staticHeaders(CONTENT_SECURITY_POLICY);

/** The action table (suivi.csv): joined with actions.geojson at build time into a module the app
 * imports (the first screen parses no CSV), copied beside index.html as geodata/suivi.csv (the file
 * the team replaces on the host; the app reads it at each visit), and served by `vite` too. */
function builtSuivi(dir: string): Plugin {
  const id = 'virtual:carte-ort-built-suivi';
  const table = () => readFileSync(resolve(dir, SUIVI_FILE));
  const serve = (server: { middlewares: { use: (path: string, fn: (req: unknown, res: import('node:http').ServerResponse) => void) => unknown } }) => {
    server.middlewares.use(`/geodata/${SUIVI_FILE}`, (_req, res) => {
      for (const [k, v] of Object.entries(TABLE_HEADERS)) res.setHeader(k, v);
      res.end(table());
    });
  };
  return {
    name: 'carte-ort-built-suivi',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      this.addWatchFile(resolve(dir, SUIVI_FILE));
      this.addWatchFile(resolve(dir, 'actions.geojson'));
      const joined = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/built-actions.ts', dir], { cwd: import.meta.dirname, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (joined.status !== 0) this.error(joined.stderr);
      // SOURCE_DATE_EPOCH (reproducible builds) when set, else the day of the build.
      const epoch = process.env.SOURCE_DATE_EPOCH;
      const builtAt = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
      const sha256 = createHash('sha256').update(table()).digest('hex');
      return `export default { actions: ${joined.stdout}, table: ${JSON.stringify({ builtAt, sha256 })} };`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `geodata/${SUIVI_FILE}`, source: table() });
    },
    configureServer: serve,
  };
}

/** The page's title and description name the territory of the geodata folder. */
function territoryInHtml(): Plugin {
  return {
    name: 'carte-ort-territory-html',
    transformIndexHtml(html) {
      const { appellation } = JSON.parse(readFileSync(resolve(GEODATA_DIR, 'territory.json'), 'utf8')) as { appellation: { nom: string; de: string } };
      const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return html.replaceAll('%TERRITORY_OF%', escapeHtml(appellation.de)).replaceAll('%TERRITORY%', escapeHtml(appellation.nom));
    },
  };
}

// For offline development only: serves ../shared/data (the reference contours beside the
// checkout, never copied into the repo) at /__shared-data/ in `vite` and `vite preview`.
// `npm run start:offline` points VITE_COMMUNES_URL there.
function sharedReferenceData(): Plugin {
  const dir = resolve(import.meta.dirname, '../shared/data');
  const serve = (server: {
    middlewares: { use: (path: string, fn: (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => void) => unknown };
  }): void => {
    server.middlewares.use('/__shared-data', (req, res, next) => {
      const file = resolve(dir, `.${decodeURIComponent((req.url ?? '/').split('?')[0]!)}`);
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return next();
      res.setHeader('content-type', 'application/geo+json');
      createReadStream(file).pipe(res);
    });
  };
  return { name: 'carte-ort-shared-data', configureServer: serve, configurePreviewServer: serve };
}

/** The Content-Security-Policy of src/csp.ts: a <meta> tag and dist/_headers in the build, and the
 * same headers on `vite preview` (which the browser tests run against). Not in `vite` (dev): its
 * hot reload injects inline styles. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'carte-ort-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' }],
    generateBundle() {
      const lines = [
        '/*',
        ...Object.entries(STATIC_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
        // Revalidated at each visit: replacing the file on the host changes the map at the next visit.
        `/geodata/${SUIVI_FILE}`,
        ...Object.entries(TABLE_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
      ];
      this.emitFile({ type: 'asset', fileName: '_headers', source: `${lines.join('\n')}\n` });
    },
  };
}

/** The bundled geodata is checked here, with the same rules as `npm run check:data` (zod), so the
 * browser only assembles it: a broken file stops the build with check:data's French lines
 * instead of reaching a town's residents. */
function checkedGeodata(dir: string): Plugin {
  return {
    name: 'carte-ort-checked-geodata',
    apply: 'build',
    buildStart() {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', dir], { cwd: import.meta.dirname, encoding: 'utf8' });
      if (r.status !== 0) this.error(`les données de ${dir} ne passent pas check:data :\n${r.stderr}`);
    },
  };
}

// The map's chunks (map-view, MapLibre, 290 KB gz) are not preloaded from the page's head: the
// first screen is in the HTML (prerendered), and a phone on a slow network must paint that text
// before it downloads the map library (Lighthouse mobile: LCP 3.2 s → 1.3 s without the preload).
// main.tsx asks for them first thing when it runs.

/** The modules the entry imports statically (the first screen), and those the map's module
 * (src/map/map-view.ts, asked for first thing by main.tsx) imports statically besides it: filled
 * at the end of the build's module graph, read by the chunking below. Rolldown otherwise splits
 * them into a dozen small chunks (each also shared with some lazy view): a dozen requests, each a
 * round trip on a phone's network, and less compression, before anything can render. */
const firstScreen = new Set<string>();
const mapModules = new Set<string>();
function firstScreenModules(): Plugin {
  return {
    name: 'carte-ort-first-screen',
    apply: 'build',
    buildEnd() {
      const visit = (id: string, into: Set<string>) => {
        if (into.has(id) || firstScreen.has(id)) return;
        into.add(id);
        // Not through Turf's barrel (it imports every Turf package; tree-shaking keeps what is used).
        if (id.includes('/node_modules/@turf/turf/')) return;
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep, into);
      };
      // The entry is index.html; its script is src/main.tsx (the other entry, src/prerender.tsx, runs
      // at build time only).
      const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry && !id.endsWith('/src/prerender.tsx'));
      if (entry) visit(entry, firstScreen);
      const mapView = [...this.getModuleIds()].find((id) => id.endsWith('/src/map/map-view.ts'));
      if (mapView) visit(mapView, mapModules);
    },
  };
}

/** vite-prerender-plugin sets `manualChunks` when no output is configured under that name; this
 * build splits with rolldown's `codeSplitting` (above), and rolldown warns at a `manualChunks` it ignores. */
function noManualChunks(): Plugin {
  return {
    name: 'carte-ort-no-manual-chunks',
    // After vite-prerender-plugin, which is 'post' too.
    enforce: 'post',
    configResolved(config) {
      const output = config.build.rollupOptions.output;
      if (output && !Array.isArray(output)) delete output.manualChunks;
    },
  };
}

function previewHeaders(): Plugin {
  return {
    name: 'carte-ort-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [k, v] of Object.entries(STATIC_HEADERS)) res.setHeader(k, v);
        if (req.url?.split('?')[0]?.endsWith(`/geodata/${SUIVI_FILE}`)) for (const [k, v] of Object.entries(TABLE_HEADERS)) res.setHeader(k, v);
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  resolve: { alias: { '@geodata': GEODATA_DIR } },
  // A geodata folder outside the project (a town's own checkout) may be served by the dev server.
  server: { fs: { allow: [import.meta.dirname, GEODATA_DIR, resolve(import.meta.dirname, '../shared/data')] } },
  plugins: [
    sharedReferenceData(),
    territoryInHtml(),
    checkedGeodata(GEODATA_DIR),
    builtSuivi(GEODATA_DIR),
    firstScreenModules(),
    contentSecurityPolicy(),
    previewHeaders(),
    // The first screen as HTML in index.html (src/prerender.tsx), readable before any JavaScript.
    vitePrerenderPlugin({ renderTarget: '#app', prerenderScript: resolve(import.meta.dirname, 'src/prerender.tsx') }),
    noManualChunks(),
  ],
  // Lightning CSS reads @custom-media, so the phone breakpoint is written once in styles.css.
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Escaped to ASCII: V8 keeps a script's source for as long as the page lives, two bytes a
        // character as soon as one character is beyond Latin-1 (MapLibre's vertical punctuation, our
        // « ’ »): 1.3 MB of a phone's memory instead of 2.7 MB (rolldown's `charset` documents why).
        charset: 'ascii',
        // The page's one entry: the app (its first screen, the group below).
        entryFileNames: 'assets/app-[hash].js',
        // Chromium's explicit compile hint (V8, since Chrome 136): every function of the first
        // screen's chunk runs at start, so V8 compiles them all while the file streams in, on a
        // background thread, instead of one by one on the main thread during the first render (the
        // takeover render's task was shorter in one sample of five phone-throttled loads, within the
        // noise in another). Other browsers read a comment. After minification, which would drop it.
        postBanner: (chunk) => (chunk.isEntry && !chunk.facadeModuleId?.endsWith('/src/prerender.tsx') ? '//# allFunctionsCalledOnLoad' : ''),
        codeSplitting: {
          groups: [
            { name: 'app', test: (id: string) => firstScreen.has(id), priority: 3 },
            // Named for what they hold (rolldown names a shared chunk after its first module: MapLibre
            // came out as "capture").
            { name: 'maplibre', test: (id: string) => /[\\/]node_modules[\\/]maplibre-gl[\\/]/.test(id) || id.endsWith('/src/map/maplibre.ts'), priority: 2 },
            // The map's module and what it imports (MapLibre aside): one request with MapLibre's.
            { name: 'map', test: (id: string) => mapModules.has(id), priority: 1 },
          ],
        },
      },
    },
  },
  // Module workers: the validation worker is built from src/geo's modules as an ES module.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
});
