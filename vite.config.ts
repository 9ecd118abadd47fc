import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

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

export default defineConfig({
  base: './',
  plugins: [sharedReferenceData()],
  // Lightning CSS reads @custom-media, so the phone breakpoint is written once in styles.css.
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: false },
});
