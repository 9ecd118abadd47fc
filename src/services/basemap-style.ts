// Basemap styles from the IGN Géoplateforme (keyless). Only the style document is fetched here;
// its tiles are requested by MapLibre, whose failures the map reports to the store.
import { fetchJson, type ReplyValidator } from './fetch-json';
import type { Result } from '../data/result';
import type { FetchFailure } from './fetch-json';
import type { BasemapStyle } from '../data/basemap-style';

export const PLAN_IGN_STYLE_URL = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';
export const ORTHO_TILES_URL =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=ORTHOIMAGERY.ORTHOPHOTOS&STYLE=normal&FORMAT=image/jpeg&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';
export const IGN_ATTRIBUTION = '© <a href="https://www.ign.fr/">IGN</a> – Licence Ouverte Etalab 2.0';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The few things MapLibre needs of a style document, checked without loading zod before the map. */
export const basemapStyleCheck: ReplyValidator<BasemapStyle> = {
  safeParse(raw) {
    const bad = (path: PropertyKey[], message: string) => ({ success: false as const, error: { issues: [{ path, message }] } });
    if (!isObject(raw) || raw.version !== 8) return bad(['version'], 'style MapLibre version 8 attendu');
    if (!isObject(raw.sources) || !Object.values(raw.sources).every((src) => isObject(src) && typeof src.type === 'string')) return bad(['sources'], 'sources attendues');
    if (!Array.isArray(raw.layers) || !raw.layers.every((l) => isObject(l) && typeof l.id === 'string' && typeof l.type === 'string')) return bad(['layers'], 'couches attendues');
    if (raw.glyphs !== undefined && typeof raw.glyphs !== 'string') return bad(['glyphs'], 'adresse attendue');
    const sprite = raw.sprite;
    if (sprite !== undefined && typeof sprite !== 'string' && !(Array.isArray(sprite) && sprite.every((x) => isObject(x) && typeof x.id === 'string' && typeof x.url === 'string')))
      return bad(['sprite'], 'adresse attendue');
    return { success: true, data: raw as unknown as BasemapStyle };
  },
};

export async function fetchPlanIgnStyle(signal?: AbortSignal): Promise<Result<BasemapStyle, FetchFailure>> {
  const style = await fetchJson(PLAN_IGN_STYLE_URL, basemapStyleCheck, { signal, timeoutMs: 8_000, what: 'le style Plan IGN' });
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
