// The attribute CLI as one compiled ES module for Node (dist-cli/attribute.mjs), built by
// `npm install` (prepare) and by `npm run build`: no TypeScript compiler at run time, and only the
// code it uses (Turf's polygon intersection is a chunk loaded for the first polygon).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli/attribute.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'esm', entryFileNames: 'attribute.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
  },
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  logLevel: 'warn',
});
