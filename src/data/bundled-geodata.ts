// The geodata/ files as bundled by Vite (raw text, parsed by the same code as the CLI).
import { parseGeoData, type ParsedGeoData } from './parse-geodata';

const raw = import.meta.glob<string>('../../geodata/**/*.{json,geojson}', { query: '?raw', import: 'default', eager: true });

export function loadBundledGeoData(): ParsedGeoData {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) files[path.replace('../../geodata/', '')] = text;
  return parseGeoData(files);
}
