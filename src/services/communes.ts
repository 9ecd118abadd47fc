// Official commune contours: geo.api.gouv.fr by default, or any URL/path serving the same shape
// (VITE_COMMUNES_URL at build time). In the browser the last good reply is kept in the Cache API
// so the map still shows communes offline.
import type { CommuneContours } from '../data/schemas';
import { communeContoursCheck } from '../data/contours-check';
import { fail, ok, type Result } from '../data/result';
import { fetchJson, type FetchFailure } from './fetch-json';

/** The official contours of an EPCI's communes (its SIREN comes from geodata/territory.json). */
export const officialCommunesUrl = (siren: string): string => `https://geo.api.gouv.fr/epcis/${siren}/communes?format=geojson&geometry=contour&fields=nom,code,centre`;
const CACHE_NAME = 'carte-ort-communes-v1';
const WHAT = 'les contours officiels des communes';

export interface LoadedContours {
  readonly contours: CommuneContours;
  readonly from: 'network' | 'cache';
  readonly url: string;
}

export async function fetchCommuneContours(url: string, signal?: AbortSignal): Promise<Result<CommuneContours, FetchFailure>> {
  return fetchJson(url, communeContoursCheck, { signal, timeoutMs: 12_000, what: WHAT });
}

/** Browser loader: network first, then the copy cached at the last success. */
export async function loadCommuneContours(url: string, signal?: AbortSignal): Promise<Result<LoadedContours, FetchFailure | 'no-cache'>> {
  const fresh = await fetchCommuneContours(url, signal);
  const cache = typeof caches !== 'undefined' ? await caches.open(CACHE_NAME).catch(() => null) : null;
  if (fresh.ok) {
    await cache?.put(url, new Response(JSON.stringify(fresh.value), { headers: { 'content-type': 'application/json' } })).catch(() => undefined);
    return ok({ contours: fresh.value, from: 'network', url });
  }
  const cached = await cache?.match(url);
  if (cached) {
    const parsed = communeContoursCheck.safeParse(await cached.json().catch(() => null));
    if (parsed.success) return ok({ contours: parsed.data, from: 'cache', url });
  }
  return fresh.reason === 'aborted' ? fresh : fail(fresh.reason, fresh.message);
}
