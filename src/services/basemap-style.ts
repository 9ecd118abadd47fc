// Basemap styles from the IGN Géoplateforme (keyless). Only the style document is fetched here;
// its tiles are requested by MapLibre, whose failures the map reports to the store.
import { z } from '../data/zod';
import { fetchJson } from './fetch-json';
import type { Result } from '../data/result';
import type { FetchFailure } from './fetch-json';

export const PLAN_IGN_STYLE_URL = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';
export const ORTHO_TILES_URL =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=ORTHOIMAGERY.ORTHOPHOTOS&STYLE=normal&FORMAT=image/jpeg&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';
export const IGN_ATTRIBUTION = '© <a href="https://www.ign.fr/">IGN</a> – Licence Ouverte Etalab 2.0';

export const basemapStyleSchema = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), z.looseObject({ type: z.string() })),
  layers: z.array(z.looseObject({ id: z.string(), type: z.string() })),
  glyphs: z.string().optional(),
  sprite: z.union([z.string(), z.array(z.looseObject({ id: z.string(), url: z.string() }))]).optional(),
});
export type BasemapStyle = z.infer<typeof basemapStyleSchema>;

export async function fetchPlanIgnStyle(signal?: AbortSignal): Promise<Result<BasemapStyle, FetchFailure>> {
  const style = await fetchJson(PLAN_IGN_STYLE_URL, basemapStyleSchema, { signal, timeoutMs: 8_000, what: 'le style Plan IGN' });
  if (!style.ok) return style;
  // The licence requires the credit: make sure every source carries it, whatever the style says.
  const sources = Object.fromEntries(Object.entries(style.value.sources).map(([id, source]) => [id, { attribution: IGN_ATTRIBUTION, ...source }]));
  return { ok: true, value: { ...style.value, sources } };
}

/** The orthophoto basemap needs no style document: a raster source on the WMTS. */
export const orthoStyle: BasemapStyle = {
  version: 8,
  sources: { ortho: { type: 'raster', tiles: [ORTHO_TILES_URL], tileSize: 256, maxzoom: 19, attribution: IGN_ATTRIBUTION } },
  layers: [{ id: 'ortho', type: 'raster', source: 'ortho' }],
};
