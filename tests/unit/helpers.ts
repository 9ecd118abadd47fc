import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { resolve } from 'node:path';
import { communeContoursSchema, type CommuneContours } from '../../src/data/schemas';
import { parseGeoData, type GeoData } from '../../src/data/parse-geodata';
import { readDataDir } from '../../src/cli/read-dir';
import { formatDataProblem } from '../../src/i18n/problems';
import { createAppStore } from '../../src/state/store';
import { fail } from '../../src/data/result';
import type { StoreServices } from '../../src/state/shape/services';
import type { Lang } from '../../src/i18n';
import { indexCommunes } from '../../src/geo/commune-of';
import { polygonOps } from '../../src/geo/polygon-shares';
import { SHARED_COMMUNES, STATION_LNGLAT } from '../places';

export const ROOT = resolve(__dirname, '../..');
export { SHARED_COMMUNES, STATION_LNGLAT } from '../places';
export const EPCI_INSEE = ['05006', '05101', '05151', '05122', '05180', '05110', '05058', '05031'];
export const STATION = { type: 'Point' as const, coordinates: STATION_LNGLAT };
export const TOWN_CENTRE = { type: 'Point' as const, coordinates: [6.56, 44.7953] };

export function sharedContours(): CommuneContours {
  return communeContoursSchema.parse(JSON.parse(readFileSync(SHARED_COMMUNES, 'utf8')));
}

export function projectFiles(): Record<string, string> {
  return readDataDir(resolve(ROOT, 'geodata'));
}

export function projectData(): GeoData {
  const parsed = parseGeoData(projectFiles());
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => formatDataProblem(p)).join('\n'));
  return parsed.data;
}

export const fixture = (name: string) => resolve(ROOT, 'tests/fixtures', name);

/** How the UI words a new draft in French (the store writes no sentence itself). */
export const FRENCH_DRAFT = {
  label: 'Brouillon test',
  intitule: 'le brouillon « Brouillon test »',
  acte: 'Projet de modification du périmètre (brouillon, sans valeur juridique)',
};

/** Compare with the golden file tests/fixtures/out/<name>; UPDATE_GOLDEN=1 rewrites it instead. */
export function golden(name: string, actual: string): void {
  const path = fixture(`out/${name}`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** The node flags of `npm run attribute` (package.json), so tests run the CLI as users do. */
export const ATTRIBUTE_NODE_FLAGS: string[] = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts.attribute as string)
  .split(' ')
  .filter((w) => w.startsWith('--'));

/** The latest modification time of the files under a folder. */
function newestMtime(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestMtime(resolve(dir, e.name)) : statSync(resolve(dir, e.name)).mtimeMs)));
}

/** dist-cli/attribute.mjs is built by npm install and npm run build; a unit-only run builds it
 * when it is missing or older than the CLI's source. */
export function buildCliOnce(): void {
  const built = resolve(ROOT, 'dist-cli/attribute.mjs');
  // Any source the CLI bundles (src/cli, and the data, geo and i18n code it reuses) or its build config.
  const newestSource = Math.max(
    statSync(resolve(ROOT, 'vite.cli.config.ts')).mtimeMs,
    ...['src/cli', 'src/data', 'src/geo', 'src/i18n'].map((dir) => newestMtime(resolve(ROOT, dir))),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  const r = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:cli : ${r.stderr}`);
}

// Services a test does not replace say they are not configured, as an offline browser would fail.
const unavailable = () => Promise.resolve(fail('unavailable', 'non configuré'));
const noWorker = () => Promise.reject(new Error('vérificateur de périmètres non configuré'));
const NO_SERVICES: StoreServices = {
  searchAddresses: unavailable,
  locate: unavailable,
  loadContours: unavailable,
  geoWorker: { readFile: noWorker, importFile: noWorker, validateSectors: noWorker },
  savedWork: {
    loadDrafts: unavailable,
    saveDrafts: unavailable,
    onDraftsChanged: () => {},
    persist: () => Promise.resolve('unsupported' as const),
    discardSetAside: unavailable,
    loadIndicators: unavailable,
    saveIndicators: unavailable,
  },
  publishedTable: unavailable,
  shareLink: { encode: unavailable, decode: unavailable },
  rememberLang: () => {},
};

/** The app's store over this data, with the services a test gives (the others unavailable). */
export const testStore = (data: GeoData, options: { lang?: Lang; services?: Partial<StoreServices> } = {}) =>
  createAppStore(data, { lang: options.lang, services: { ...NO_SERVICES, ...options.services } });

/** A store as the browser has it after the first paint: the commune contours (the EPCI's, from
 * the official file) and the polygon operations have arrived. */
export function storeWithContours(data: GeoData = projectData()) {
  const store = testStore(data);
  const contours = sharedContours();
  store.getState().setContours({ status: 'ready', contours, index: indexCommunes(contours, EPCI_INSEE), from: 'network' });
  store.getState().setPolygonOps(polygonOps);
  return store;
}

/** A sector whose outline crosses itself (a bow tie near 44.791 N, 6.561 E), for the ring checks. */
export const BOW_TIE_SECTOR = {
  type: 'Feature' as const,
  properties: { id: 'noeud', nom: 'Nœud' },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [6.56, 44.79],
        [6.562, 44.792],
        [6.562, 44.79],
        [6.56, 44.792],
        [6.56, 44.79],
      ],
    ],
  },
};

/** A feature that is a line, not a perimeter: an import refuses it. */
export const LINE_FEATURE = {
  type: 'Feature' as const,
  properties: { id: 'ligne' },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [6.5, 44.7],
      [6.6, 44.8],
    ],
  },
};
