// The reference page of the benchmarks (bench-paint.ts, bench-lighthouse.ts): what a developer
// writes to show the perimeter's sectors with MapLibre and nothing else, the fastest way — the
// data inline in the style, drawn in the first frame the map can draw, in the app's colours —
// and the route that serves it (the page, then MapLibre's own files) beside the built app.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { NEUTRAL_BACKGROUND, SECTOR_COLOR } from '../src/style/palette';
import type { Extra } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const MAPLIBRE = resolve(ROOT, 'node_modules/maplibre-gl/dist');

const versions = JSON.parse(readFileSync(resolve(ROOT, 'geodata/versions.json'), 'utf8')).versions as { id: string; file: string; etat: string }[];
/** The version in force: the one the app shows by default, and the bare page's sectors. */
export const inForce = versions.find((v) => v.etat === 'en-vigueur')!;
export const sectors = JSON.parse(readFileSync(resolve(ROOT, 'geodata', inForce.file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

const BARE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MapLibre seul</title><link rel="stylesheet" href="./maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
new maplibregl.Map({ container: 'map', hash: 'map', style: { version: 8, sources: { sectors: { type: 'geojson', data: ${JSON.stringify(sectors)} } }, layers: [
  { id: 'background', type: 'background', paint: { 'background-color': '${NEUTRAL_BACKGROUND}' } },
  { id: 'sectors-fill', type: 'fill', source: 'sectors', paint: { 'fill-color': '${SECTOR_COLOR}', 'fill-opacity': 0.22 } },
  { id: 'sectors-line', type: 'line', source: 'sectors', paint: { 'line-color': '${SECTOR_COLOR}', 'line-width': 2 } },
] } });
</script></body></html>`;

/** For serveStatic: the bare page at /bare/ (its view in the URL's #map=zoom/lat/lon). */
export function bareRoute(path: string): Extra | undefined {
  if (path === '/bare/' || path === '/bare/index.html') return { body: BARE_PAGE };
  if (path.startsWith('/bare/')) return { file: join(MAPLIBRE, path.slice('/bare/'.length)) };
  return undefined;
}
