// The geodata files as bundled by Vite (GEODATA_DIR, default geodata/): checked by check:data when
// the app is built (vite.config.ts), only assembled in the browser.
import { assembleCheckedGeoData, type GeoData } from './geodata';

// `@geodata` is GEODATA_DIR (vite.config.ts): any territory's folder, geodata/ by default.
const raw = import.meta.glob<string>('@geodata/**/*.{json,geojson}', { query: '?raw', import: 'default', eager: true });

export function loadBundledGeoData(): GeoData {
  // Keys are paths as Vite writes them (from the project root, or absolute for a folder outside
  // it); geodata names files relative to the folder, whose root holds territory.json.
  const root =
    Object.keys(raw)
      .find((path) => path.endsWith('/territory.json'))
      ?.slice(0, -'territory.json'.length) ?? '';
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) if (path.startsWith(root)) files[path.slice(root.length)] = text;
  return assembleCheckedGeoData(files);
}
