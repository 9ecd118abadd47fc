// Address search on the national address base (BAN) served by the IGN Géoplateforme.
// (The old api-adresse.data.gouv.fr host is being shut down and must not be used.)
import { z } from '../data/zod';
import { fetchJson, type FetchFailure } from './fetch-json';
import { fail, ok, type Result } from '../data/result';

export const GEOCODER_URL = 'https://data.geopf.fr/geocodage/search';

const addressFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.looseObject({
    label: z.string(),
    score: z.number(),
    citycode: z.string(),
    city: z.string().optional(),
    postcode: z.string().optional(),
    type: z.string().optional(),
  }),
});
export const geocoderReplySchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(addressFeatureSchema) });

export interface AddressHit {
  readonly label: string;
  readonly lngLat: [number, number];
  readonly citycode: string;
  readonly score: number;
}

export function geocoderUrl(query: string, citycodes: readonly string[], limit = 6): string {
  const url = new URL(GEOCODER_URL);
  url.searchParams.set('q', query);
  url.searchParams.set('index', 'address');
  url.searchParams.set('autocomplete', '1');
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('citycode', citycodes.join(','));
  return url.href;
}

/** Addresses in the given communes only (the reply is filtered again: the filter is ours to keep). */
export async function searchAddresses(query: string, citycodes: readonly string[], signal?: AbortSignal): Promise<Result<AddressHit[], FetchFailure>> {
  const reply = await fetchJson(geocoderUrl(query, citycodes), geocoderReplySchema, { signal, timeoutMs: 6_000, what: 'la recherche d’adresse' });
  if (!reply.ok) return reply.reason === 'aborted' ? reply : fail(reply.reason, reply.message);
  const allowed = new Set(citycodes);
  return ok(
    reply.value.features
      .filter((f) => allowed.has(f.properties.citycode))
      .map((f) => ({ label: f.properties.label, lngLat: f.geometry.coordinates, citycode: f.properties.citycode, score: f.properties.score })),
  );
}
