import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
// With its extension: Vite's native config loader (its future default) reads the file as it is.
import { CONTENT_SECURITY_POLICY, STATIC_HEADERS } from './src/csp.ts';

// For offline development only: serves ../shared/data (the reference contours beside the
// checkout, never copied into the repo) at /__shared-data/ in `vite` and `vite preview`.
// `npm run start:offline` points VITE_COMMUNES_URL there.
function sharedReferenceData(): Plugin {
  const dir = resolve(import.meta.dirname, '../shared/data');
  const serve = (server: { middlewares: { use: (path: string, fn: (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => void) => unknown } }): void => {
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
      const lines = ['/*', ...Object.entries(STATIC_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
      this.emitFile({ type: 'asset', fileName: '_headers', source: lines.join('\n') + '\n' });
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

function previewHeaders(): Plugin {
  return {
    name: 'carte-ort-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of Object.entries(STATIC_HEADERS)) res.setHeader(k, v);
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [sharedReferenceData(), checkedGeodata('geodata'), contentSecurityPolicy(), previewHeaders()],
  // Lightning CSS reads @custom-media, so the phone breakpoint is written once in styles.css.
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', sourcemap: true, manifest: true, chunkSizeWarningLimit: 1200 },
  // Module workers: the validation worker shares src/geo's modules (and their top-level await).
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
});
