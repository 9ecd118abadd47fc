// The geodata files as bundled by Vite (GEODATA_DIR, default geodata/): checked by check:data when
// the app is built (vite.config.ts), only assembled in the browser.
import { assembleCheckedGeoData, type GeoData } from './geodata';

const raw = import.meta.glob<string>('../../geodata/**/*.{json,geojson}', { query: '?raw', import: 'default', eager: true });

export function loadBundledGeoData(): GeoData {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) files[path.replace('../../geodata/', '')] = text;
  return assembleCheckedGeoData(files);
}
