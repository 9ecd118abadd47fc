// The geodata files as bundled by Vite (GEODATA_DIR, default geodata/): checked by check:data when
// the app is built (vite.config.ts), only assembled in the browser.
import { assembleCheckedGeoData, type GeoData } from './geodata';
// The actions joined with suivi.csv, and that table's date and digest: made at build time
// (vite.config.ts, builtSuivi), so the first screen carries no CSV reader.
import built from 'virtual:carte-ort-built-suivi';

// `@geodata` is GEODATA_DIR (vite.config.ts): any territory's folder, geodata/ by default.
// actions.geojson is not among them: its features come joined with their table (above).
const raw = import.meta.glob<string>(['@geodata/**/*.{json,geojson}', '!@geodata/**/actions.geojson'], { query: '?raw', import: 'default', eager: true });

export function loadBundledGeoData(): GeoData {
  // Keys are paths as Vite writes them (from the project root, or absolute for a folder outside
  // it); geodata names files relative to the folder, whose root holds territory.json.
  const root =
    Object.keys(raw)
      .find((path) => path.endsWith('/territory.json'))
      ?.slice(0, -'territory.json'.length) ?? '';
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) if (path.startsWith(root)) files[path.slice(root.length)] = text;
  return assembleCheckedGeoData(files, built);
}
