// npm run -s first-load — what the first screen downloads, from the build's manifest: the entry
// chunk and its static imports (what the browser fetches before anything runs), gzip sizes, and
// the source modules inside them (from the source maps). Budget of part 8: 45 KB gzip.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../dist');
type Entry = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };
const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Entry>;

/** The files of `key` and of everything it imports statically. */
export function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) staticClosure(k, seen);
  return seen;
}

export const gz = (file: string) => gzipSync(readFileSync(resolve(DIST, file))).length;

export function firstLoad(): { files: { file: string; gz: number }[]; total: number } {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const files = [...staticClosure(entry)].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js')).map((file) => ({ file, gz: gz(file) }));
  return { files, total: files.reduce((s, f) => s + f.gz, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, total } = firstLoad();
  for (const f of files.sort((a, b) => b.gz - a.gz)) {
    const mapFile = resolve(DIST, `${f.file}.map`);
    const map = (existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : { sources: [] }) as { sources: string[]; sourcesContent?: string[] };
    const sources = map.sources.map((s, i) => ({ s: s.replace(/^(\.\.\/)+/, ''), n: map.sourcesContent?.[i]?.length ?? 0 })).sort((a, b) => b.n - a.n);
    console.log(`${(f.gz / 1024).toFixed(1).padStart(6)} KB gz  ${f.file}`);
    if (process.argv.includes('--modules')) for (const x of sources.slice(0, 25)) console.log(`            ${(x.n / 1024).toFixed(1).padStart(6)} KB src  ${x.s}`);
  }
  console.log(`first-load app JS: ${(total / 1024).toFixed(1)} KB gzip (budget 45 KB)`);
}
