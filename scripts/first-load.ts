// npm run -s first-load — what the first screen downloads: the module script of dist/index.html and
// every chunk it imports statically (what the browser fetches before the app runs), gzip sizes,
// and with --modules the largest source modules inside each (from the source maps).
// Budget of part 8: 45 KB gzip of app JavaScript (MapLibre, loaded in parallel, apart).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../dist');
const ASSETS = resolve(DIST, 'assets');

/** Static imports of a built chunk: `import{…}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const code = readFileSync(resolve(ASSETS, file), 'utf8');
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
}

export function firstLoad(): { files: { file: string; gz: number }[]; total: number } {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('dist/index.html sans script module');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  const files = [...seen].map((file) => ({ file, gz: gzipSync(readFileSync(resolve(ASSETS, file))).length }));
  return { files, total: files.reduce((s, f) => s + f.gz, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, total } = firstLoad();
  for (const f of files.sort((a, b) => b.gz - a.gz)) {
    console.log(`${(f.gz / 1024).toFixed(1).padStart(6)} KB gz  assets/${f.file}`);
    const mapFile = resolve(ASSETS, `${f.file}.map`);
    if (!process.argv.includes('--modules') || !existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourcesContent?: string[] };
    const sources = map.sources.map((s, i) => ({ s: s.replace(/^(\.\.\/)+/, ''), n: map.sourcesContent?.[i]?.length ?? 0 })).sort((a, b) => b.n - a.n);
    for (const x of sources.slice(0, 25)) console.log(`            ${(x.n / 1024).toFixed(1).padStart(6)} KB src  ${x.s}`);
  }
  console.log(`first-load app JS: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} file(s) (budget 45 KB)`);
}
